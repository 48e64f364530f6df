import type { SentinelDb } from './db';
import type { StoredEvent } from '../model/event-types';
import type { ChainGap } from '../model/gap-types';
import { chainHashSync, GENESIS_HASH, hashedContent } from './chain';
import { whenChainFree, withChainLock } from './events';
import {
  coerceCheckpoint,
  coerceLoss,
  CHECKPOINT_KEY,
  LOSS_KEY,
  type Checkpoint,
  type DatabaseLoss,
} from './checkpoint-state';
import type { StatusArea } from './storage-status';

export { CHECKPOINT_KEY, LOSS_KEY, coerceLoss, type Checkpoint, type DatabaseLoss };

/**
 * A damaged or removed database must not lose history without a word (issue 19, item 4). A small
 * checkpoint beside the database, in `storage.local` (newest event id and hash, how many events,
 * the oldest one), survives what happens to the IndexedDB files. Chromium discards a backing
 * store it finds corrupt and starts an empty one, and a truncated log file loses its newest
 * writes: either way the database then opens fine, just behind. `checkDatabase` compares the two
 * at worker start, before the first write on every new connection, and at every page opening:
 * when the checkpoint's newest event is gone and no recorded deletion explains it, it records one
 * `recovery` gap saying how many events went and which, tells the person (`storage.local`
 * `db-loss`, shown by src/ui/components/database-loss.tsx) and resets the checkpoint, all under
 * the chain's lock, so two contexts never report the same loss twice.
 */
export type CheckOutcome = { state: 'ok' } | { state: 'lost'; loss: DatabaseLoss };

const lastGapId = async (db: SentinelDb) =>
  ((await db.gaps.orderBy(':id').lastKey()) as number | undefined) ?? 0;

/**
 * What the database holds now, as a checkpoint, or `same` when that is `saved`. Counting every
 * event costs time with a long history, so a checkpoint whose newest event is still there, with
 * no gap recorded since, is carried on by counting only the events after it.
 */
function currentCheckpoint(
  db: SentinelDb,
  saved: Checkpoint | undefined,
  now: number,
): Promise<Checkpoint | 'same'> {
  return db.transaction('r', [db.events, db.gaps], async () => {
    const last = await db.events.orderBy(':id').last();
    const gapId = await lastGapId(db);
    const newest = {
      lastId: last?.id ?? 0,
      head: last?.hash ?? GENESIS_HASH,
      lastAt: last?.at ?? 0,
      gapId,
      at: now,
    };
    if (saved && saved.count > 0 && gapId === saved.gapId) {
      if (newest.lastId === saved.lastId) return 'same';
      const added = await db.events.where(':id').above(saved.lastId).count();
      return { ...saved, ...newest, count: saved.count + added };
    }
    const first = await db.events.orderBy(':id').first();
    return {
      ...newest,
      count: await db.events.count(),
      firstId: first?.id ?? 0,
      firstAt: first?.at ?? 0,
    };
  });
}

async function readStored(area: StatusArea) {
  const items = await area.get(CHECKPOINT_KEY);
  return coerceCheckpoint(items[CHECKPOINT_KEY]);
}

/** Events of the loss's id range stored again since (an import of an earlier export). */
async function updateRestored(db: SentinelDb, area: StatusArea): Promise<void> {
  const loss = coerceLoss((await area.get(LOSS_KEY))[LOSS_KEY]);
  if (!loss || loss.restored >= loss.lost) return;
  const inRange = await db.events
    .where(':id')
    .between(loss.firstId, loss.lastId, true, true)
    .count();
  const restored = Math.max(0, Math.min(loss.lost, inRange - loss.kept));
  if (restored !== loss.restored) await area.set({ [LOSS_KEY]: { ...loss, restored } });
}

/**
 * What went: how many of the checkpoint's events are not stored, and the range they were in,
 * from the first id missing (ids deleted on purpose before may widen it, never the count) to the
 * newest. A cut LevelDB log loses the newest writes, which are not always the newest ids.
 */
async function recordLoss(
  db: SentinelDb,
  area: StatusArea,
  saved: Checkpoint,
  now: number,
): Promise<DatabaseLoss> {
  const ids = (await db.events
    .where(':id')
    .between(saved.firstId, saved.lastId, true, true)
    .primaryKeys()) as number[];
  let firstMissing = saved.firstId;
  for (const id of ids) {
    if (id !== firstMissing) break;
    firstMissing += 1;
  }
  const before = await db.events.where(':id').below(firstMissing).last();
  const loss: DatabaseLoss = {
    detectedAt: now,
    lost: Math.max(1, saved.count - ids.length),
    firstId: firstMissing,
    lastId: saved.lastId,
    fromAt: before && before.id >= saved.firstId ? before.at : saved.firstAt,
    toAt: saved.lastAt,
    kept: ids.filter((id) => id >= firstMissing).length,
    restored: 0,
  };
  // The notice first: a worker stopped right after the gap would otherwise leave it unsaid.
  await area.set({ [LOSS_KEY]: loss });
  await db.transaction('rw', [db.events, db.gaps], async () => {
    const gap: Omit<ChainGap, 'id'> = {
      at: now,
      reason: 'recovery',
      removed: loss.lost,
      headBefore: saved.head,
      links: [],
      firstId: loss.firstId,
      lastId: loss.lastId,
    };
    await db.gaps.add(gap as ChainGap);
    // New events take ids after the lost ones, which stay free for the last export's import
    // (import-chain.ts `ChainImport` fills a recovery gap's range). Adding a record with a higher key
    // moves IndexedDB's key generator on for good; the placeholder goes in the same transaction.
    const newest = (await db.events.orderBy(':id').lastKey()) as number | undefined;
    if ((newest ?? 0) < saved.lastId) {
      await db.events.add({ id: saved.lastId, at: 0, hash: '' } as StoredEvent);
      await db.events.delete(saved.lastId);
    }
  });
  return loss;
}

/**
 * One comparison. Unlocked, it only reads, and answers `suspect` where a loss may be; locked
 * (the chain's lock, so no write and no other context interleaves), it records a loss and
 * brings the checkpoint up to date.
 */
async function compare(
  db: SentinelDb,
  area: StatusArea,
  now: number,
  locked: boolean,
): Promise<CheckOutcome | 'suspect'> {
  const saved = await readStored(area);
  const atSaved = saved && saved.lastId > 0 ? await db.events.get(saved.lastId) : undefined;
  const found = saved !== undefined && saved.lastId > 0 && atSaved?.hash === saved.head;
  const intact =
    !saved ||
    saved.lastId === 0 ||
    found ||
    // Deleted on purpose (retention, the person) or imported since: recorded as a gap.
    (await lastGapId(db)) > saved.gapId;
  if (!locked) return intact ? { state: 'ok' } : 'suspect';
  const outcome: CheckOutcome = intact
    ? { state: 'ok' }
    : { state: 'lost', loss: await recordLoss(db, area, saved, now) };
  const next = await currentCheckpoint(db, found ? saved : undefined, now);
  if (next !== 'same') await area.set({ [CHECKPOINT_KEY]: next });
  await updateRestored(db, area);
  return outcome;
}

/**
 * Compares the database with the checkpoint; records a loss once; brings the checkpoint up to
 * date. Waits for the chain's lock only when a loss may be there: a page opening during a long
 * import does not wait for it. Throws when the database will not open or read (the caller says so).
 */
export async function checkDatabase(
  db: SentinelDb,
  area: StatusArea,
  now: number,
): Promise<CheckOutcome> {
  const quick = await compare(db, area, now, false);
  if (quick === 'suspect') {
    return withChainLock(async () => (await compare(db, area, now, true)) as CheckOutcome);
  }
  // The checkpoint is brought up to date only while no one holds the chain: an import's batches
  // are written before it ends and are removed again when it is cancelled. A checkpoint taken
  // between the two would name events that never stay, and the next opening would call their
  // removal a loss (the large-files E2E saw this once on a busy machine).
  const settled = await whenChainFree(
    async () => (await compare(db, area, now, true)) as CheckOutcome,
  );
  return settled ?? quick;
}

/** `task`, or a rejection after `ms`: a database that hangs must not leave a page waiting. */
export function withTimeout<T>(task: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer after ${ms} ms`)), ms);
    task.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

interface Watch {
  area: StatusArea;
  now: () => number;
  /** The connection last compared, and that comparison. */
  checked?: { connection: unknown; done: Promise<unknown> };
  pending: StoredEvent[];
  timer?: ReturnType<typeof setTimeout>;
  flushing: Promise<void>;
}

const watches = new WeakMap<SentinelDb, Watch>();
const NOTE_DELAY_MS = 200;

/**
 * Keeps the checkpoint of `db` (the worker's): compared now and before the first write on every
 * new connection (a database deleted from under the worker reopens empty), advanced after writes.
 */
export function watchDatabase(db: SentinelDb, area: StatusArea, now: () => number): Promise<void> {
  watches.set(db, { area, now, pending: [], flushing: Promise.resolve() });
  return beforeWrite(db);
}

async function beforeWrite(db: SentinelDb): Promise<void> {
  const watch = watches.get(db);
  if (!watch) return;
  try {
    if (!db.isOpen()) await db.open();
    const connection = db.backendDB();
    if (watch.checked?.connection !== connection) {
      watch.checked = { connection, done: checkDatabase(db, watch.area, watch.now()) };
    }
    await watch.checked.done;
  } catch {
    // A database that will not open fails the write itself, which is held (store-event.ts); a
    // failed comparison is tried again on the next connection or page opening.
    if (watch.checked) watch.checked = undefined;
  }
}

/** Advances the checkpoint over events appended in order; anything else compares in full. */
async function advance(db: SentinelDb, watch: Watch, events: StoredEvent[]): Promise<void> {
  await withChainLock(async () => {
    const saved = await readStored(watch.area);
    if (!saved) return;
    const next = { ...saved };
    for (const event of events.sort((a, b) => a.id - b.id)) {
      if (event.id <= next.lastId) continue;
      if (chainHashSync(next.head, hashedContent(event)) !== event.hash) return 'compare';
      next.lastId = event.id;
      next.head = event.hash;
      next.lastAt = event.at;
      if (next.count === 0) {
        next.firstId = event.id;
        next.firstAt = event.at;
      }
      next.count += 1;
    }
    next.at = watch.now();
    await watch.area.set({ [CHECKPOINT_KEY]: next });
    return undefined;
  }).then((result) =>
    result === 'compare' ? checkDatabase(db, watch.area, watch.now()) : undefined,
  );
}

/**
 * The one call on the write path (store-event.ts): compares before the first write on a new
 * connection, runs `append`, and advances the checkpoint shortly after, once per burst.
 */
export async function guardAppend<T extends { event: StoredEvent; duplicate: boolean }>(
  db: SentinelDb,
  append: () => Promise<T>,
): Promise<T> {
  const watch = watches.get(db);
  if (!watch) return append();
  await beforeWrite(db);
  const result = await append();
  if (!result.duplicate) {
    watch.pending.push(result.event);
    watch.timer ??= setTimeout(() => {
      watch.timer = undefined;
      const events = watch.pending.splice(0);
      watch.flushing = watch.flushing.then(() => advance(db, watch, events)).catch(() => undefined);
    }, NOTE_DELAY_MS);
  }
  return result;
}
