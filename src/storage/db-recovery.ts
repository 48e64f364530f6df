import type { SentinelDb } from './db';
import type { ChainGap } from './gap-types';

/**
 * The database failed to open (a damaged file, a disk error): Dexie then refuses every query
 * until it is opened again, so the worker would record nothing until the browser restarts. This
 * tries once more after a pause, then deletes the unreadable database and starts a new one with
 * a `recovery` gap, so the loss is on record and the chain of new events verifies.
 * Not for a VersionError (a database written by a newer release): deleting it would throw away
 * data a later release can still read, so that error is passed on.
 */
export type OpenOutcome = 'open' | 'reopened' | 'recreated';

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

async function recover(db: SentinelDb, now: () => number): Promise<OpenOutcome> {
  const first = await tryOpen(db);
  if (first === undefined) return 'open';
  if ((first as { name?: string }).name === 'VersionError') throw first;
  await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
  if ((await tryOpen(db)) === undefined) return 'reopened';
  await db.delete({ disableAutoOpen: false });
  await db.open();
  // How many events went is unknown: the old database could not be read.
  const gap: Omit<ChainGap, 'id'> = { at: now(), reason: 'recovery', removed: 0, headBefore: '' };
  await db.gaps.add(gap as ChainGap);
  return 'recreated';
}

/** Opens `db` if it is not open, recovering as above; concurrent callers share one attempt. */
export function ensureOpen(db: SentinelDb, now: () => number): Promise<OpenOutcome> {
  if (db.isOpen()) return Promise.resolve('open');
  inFlight ??= recover(db, now).finally(() => (inFlight = undefined));
  return inFlight;
}
