import type { SentinelDb } from './db';

/**
 * The database failed to open (a disk error, a full disk, another copy holding it): Dexie then
 * refuses every query until it is opened again. This tries once more after a pause; if it still
 * fails, the caller keeps the event waiting in `storage.local` (src/storage/store-event.ts)
 * and tells the user, and the next message or the one-minute alarm tries again.
 *
 * Nothing is ever deleted to get going again: the database is the user's evidence, and a file
 * that cannot be opened now may open after a restart (a deleted one never does). Chromium itself
 * discards a backing store it finds corrupt; what remains here is worth waiting for.
 */
export type OpenOutcome = 'open' | 'reopened';

/** The database stayed closed after the retry; the event waits (store-event.ts holds it). */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor(readonly inner: unknown) {
    super(`the database could not be opened: ${String(inner)}`);
  }
}

const RETRY_PAUSE_MS = 250;

let inFlight: Promise<OpenOutcome> | undefined;

async function tryOpen(db: SentinelDb): Promise<unknown> {
  try {
    await db.open();
    return undefined;
  } catch (error) {
    db.close({ disableAutoOpen: false });
    return error ?? new Error('open failed');
  }
}

async function recover(db: SentinelDb): Promise<OpenOutcome> {
  const first = await tryOpen(db);
  if (first === undefined) return 'open';
  // Not a newer release's database: Dexie 4 opens that one at its own, higher version (it retries
  // the open without a version on a VersionError), so the name arrives here only when even that
  // failed. Waiting will not help then, and nothing may be deleted.
  if ((first as { name?: string }).name === 'VersionError')
    throw new DatabaseUnavailableError(first);
  await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
  const second = await tryOpen(db);
  if (second === undefined) return 'reopened';
  throw new DatabaseUnavailableError(second);
}

/** Opens `db` if it is not open, trying twice; concurrent callers share one attempt. */
export function ensureOpen(db: SentinelDb): Promise<OpenOutcome> {
  if (db.isOpen()) return Promise.resolve('open');
  inFlight ??= recover(db).finally(() => (inFlight = undefined));
  return inFlight;
}

/** Errors that mean "the database is not there right now", as opposed to a bad record. */
export function isUnavailableError(error: unknown): boolean {
  const name = (error as { name?: unknown } | undefined)?.name;
  return (
    name === 'DatabaseUnavailableError' ||
    name === 'OpenFailedError' ||
    name === 'DatabaseClosedError'
  );
}
