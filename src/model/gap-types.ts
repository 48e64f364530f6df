/**
 * A recorded gap in the event chain: events were deleted on purpose (retention, the user
 * deleting a wallet's history or everything), lost (a damaged or removed database), or
 * records were imported that do not chain from the local ones. Nothing is re-hashed: each
 * surviving record keeps its hash, and the gap keeps, for every record whose predecessor went,
 * the hash that record was chained from (`links`). `verifyChain` accepts exactly those breaks and
 * still names any other.
 */
export type GapReason = 'retention' | 'delete-wallet' | 'delete-all' | 'recovery' | 'import';

/**
 * "Record `id`, stored right after record `afterId` (0: first in the table), was chained from
 * `previousHash`", the hash of a record no longer stored. `afterId` pins the link to the one
 * place it was made for: a record deleted later between the two, unrecorded, still shows.
 */
export interface GapLink {
  id: number;
  previousHash: string;
  afterId: number;
}

export interface ChainGap {
  id: number;
  at: number;
  reason: GapReason;
  /** For `delete-wallet`: whose history went. */
  walletId?: string;
  /** How many events were removed (0 for an import). */
  removed: number;
  /** The chain head (hash of the newest event) before the deletion, '' when there was none. */
  headBefore: string;
  /** Survivors whose predecessor was removed; absent on gaps that bridge nothing (delete-all). */
  links?: GapLink[];
  /** For `import`: how many records the import added. */
  imported?: number;
  /**
   * For `import`: the ids of the first and last record it added (every import leaves one). For
   * `recovery` (a damaged or removed database, src/storage/checkpoint.ts): the id range the lost
   * events were in, which an import of an earlier export may fill again; `removed` is how many.
   */
  firstId?: number;
  lastId?: number;
}
