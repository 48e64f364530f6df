/**
 * What the user is told about the database's health, kept in `storage.local` under one key so any
 * page shows it (src/ui/components/storage-status.tsx) without opening IndexedDB, which may be
 * the very thing failing. Written by the worker only; coerced on every read.
 */
export const STORAGE_STATUS_KEY = 'storage-status';

export interface StorageStatus {
  /**
   * `full`: the browser refused to store an event for lack of space; `unavailable`: the database
   * would not open; `refused`: the database refused the write for another reason (`error` names
   * it: a ConstraintError when its ids are used up, a DataError, an UnknownError from a damaged
   * file). In each, events wait in `held` and nothing is deleted to get going again.
   */
  state: 'ok' | 'full' | 'unavailable' | 'refused';
  /** The refusing error's name (letters only), while `state` is `refused`. */
  error?: string;
  /** Epoch ms the current state began. */
  since: number;
  /** Events waiting to be stored (src/storage/held-events.ts). */
  held: number;
  /** Events given up because the waiting room itself was full: never silently. */
  dropped: number;
  /** Oldest events removed to make room, recorded as chain gaps (only with a retention period). */
  pruned: number;
}

export const STORAGE_OK: Readonly<StorageStatus> = Object.freeze({
  state: 'ok',
  since: 0,
  held: 0,
  dropped: 0,
  pruned: 0,
});

export interface StatusArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const count = (value: unknown) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;

export function coerceStorageStatus(value: unknown): StorageStatus {
  if (typeof value !== 'object' || value === null) return { ...STORAGE_OK };
  const raw = value as Record<string, unknown>;
  const status: StorageStatus = {
    state:
      raw.state === 'full' || raw.state === 'unavailable' || raw.state === 'refused'
        ? raw.state
        : 'ok',
    since: count(raw.since),
    held: count(raw.held),
    dropped: count(raw.dropped),
    pruned: count(raw.pruned),
  };
  if (status.state === 'refused') status.error = errorName(raw.error);
  return status;
}

export async function readStorageStatus(area: StatusArea): Promise<StorageStatus> {
  return coerceStorageStatus((await area.get(STORAGE_STATUS_KEY))[STORAGE_STATUS_KEY]);
}

/** Merges `patch` into the stored status; writes only when something changed. */
export async function updateStorageStatus(
  area: StatusArea,
  patch: Partial<StorageStatus>,
): Promise<StorageStatus> {
  const before = await readStorageStatus(area);
  const after = coerceStorageStatus({ ...before, ...patch });
  if (JSON.stringify(after) !== JSON.stringify(before)) {
    await area.set({ [STORAGE_STATUS_KEY]: after });
  }
  return after;
}

/** An error's name as shown to the user: letters only, else `UnknownError`. */
function errorName(value: unknown): string {
  return typeof value === 'string' && /^[A-Za-z]{1,40}$/.test(value) ? value : 'UnknownError';
}

/**
 * The name of the error behind a refused write: Dexie wraps the request's own error (a
 * ConstraintError, a DataError) in the transaction's AbortError, so the innermost named one wins.
 */
export function refusalName(error: unknown): string {
  let name: unknown;
  for (
    let e = error as { name?: unknown; inner?: unknown } | undefined, depth = 0;
    e && typeof e === 'object' && depth < 4;
    depth += 1
  ) {
    if (typeof e.name === 'string' && e.name !== 'AbortError' && e.name !== 'Error') name = e.name;
    e = e.inner as typeof e;
  }
  return errorName(name ?? (error as { name?: unknown } | undefined)?.name);
}

/** The state a failed write puts the waiting room in: full, not open, or refused (and why). */
export function failureState(
  error: unknown,
  unavailable: (error: unknown) => boolean,
): Pick<StorageStatus, 'state' | 'error'> {
  if (isQuotaError(error)) return { state: 'full' };
  if (unavailable(error)) return { state: 'unavailable' };
  return { state: 'refused', error: refusalName(error) };
}

/** IndexedDB's "no room": Dexie names it directly or wraps it in the transaction's AbortError. */
export function isQuotaError(error: unknown): boolean {
  for (
    let e = error as { name?: unknown; inner?: unknown } | undefined, depth = 0;
    e && depth < 4;
    depth += 1
  ) {
    if (e.name === 'QuotaExceededError') return true;
    e = e.inner as typeof e;
  }
  return /quota/i.test(String((error as { message?: unknown } | undefined)?.message ?? ''));
}
