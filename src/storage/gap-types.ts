/**
 * A recorded gap in the event chain: events were deleted on purpose (retention, the user
 * deleting a wallet's history or everything) or lost (the database could not be opened). The
 * chain restarts after it instead of silently breaking; verification reports the gap.
 */
export type GapReason = 'retention' | 'delete-wallet' | 'delete-all' | 'recovery';

export interface ChainGap {
  id: number;
  at: number;
  reason: GapReason;
  /** For `delete-wallet`: whose history went. */
  walletId?: string;
  /** How many events were removed. */
  removed: number;
  /** The chain head (hash of the newest event) before the deletion, '' when there was none. */
  headBefore: string;
}
