/**
 * The two `storage.local` keys of the database checkpoint (src/storage/checkpoint.ts), apart from
 * it so a page can show a loss without loading Dexie or the chain's hashing. Coerced on read.
 */
export const CHECKPOINT_KEY = 'db-checkpoint';
export const LOSS_KEY = 'db-loss';

/** What the database held when last seen whole. */
export interface Checkpoint {
  /** The newest event's id and hash (0 and the genesis hash: none). */
  lastId: number;
  head: string;
  /** How many events were stored. */
  count: number;
  /** The oldest event's id and time (0: none). */
  firstId: number;
  firstAt: number;
  /** The newest event's time. */
  lastAt: number;
  /** The newest recorded gap's id: a deletion recorded after it explains missing events. */
  gapId: number;
  /** When this was written. */
  at: number;
}

/** A loss found and recorded as a `recovery` gap: what the person is told. */
export interface DatabaseLoss {
  detectedAt: number;
  /** How many events went. */
  lost: number;
  /** Their ids, and the times between which they were recorded. */
  firstId: number;
  lastId: number;
  fromAt: number;
  toAt: number;
  /** Events of that id range still stored when the loss was found (not lost). */
  kept: number;
  /** How many of those ids are stored again (an import of an earlier export). */
  restored: number;
  /** The person closed the notice. */
  dismissed?: boolean;
}

const count = (value: unknown): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export function coerceCheckpoint(value: unknown): Checkpoint | undefined {
  if (!isObject(value) || typeof value.head !== 'string') return undefined;
  return {
    lastId: count(value.lastId),
    head: value.head,
    count: count(value.count),
    firstId: count(value.firstId),
    firstAt: count(value.firstAt),
    lastAt: count(value.lastAt),
    gapId: count(value.gapId),
    at: count(value.at),
  };
}

export function coerceLoss(value: unknown): DatabaseLoss | undefined {
  if (!isObject(value) || count(value.lost) === 0) return undefined;
  return {
    detectedAt: count(value.detectedAt),
    lost: count(value.lost),
    firstId: count(value.firstId),
    lastId: count(value.lastId),
    fromAt: count(value.fromAt),
    toAt: count(value.toAt),
    kept: count(value.kept),
    restored: count(value.restored),
    ...(value.dismissed === true ? { dismissed: true } : {}),
  };
}
