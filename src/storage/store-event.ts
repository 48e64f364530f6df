import type { SentinelDb } from './db';
import type { NewEvent, StoredEvent } from '../model/event-types';
import { ensureOpen, isUnavailableError } from './db-recovery';
import { appendEventUnless } from './events';
import { guardAppend } from './checkpoint';
import {
  holdEvent,
  readHeld,
  withHeld,
  writeHeld,
  type HeldArea,
  type HeldEvent,
} from './held-events';
import { pruneOldest } from './retention';
import {
  failureState,
  isQuotaError,
  readStorageStatus,
  updateStorageStatus,
  type StatusArea,
} from './storage-status';

/**
 * An event's one way into the database, read top to bottom: `storeEvent` takes the waiting
 * room's lock (held-events.ts), stores the event unless it is a duplicate (below), hash-chained
 * under the chain's lock in the receipt's transaction (events.ts `appendEventUnless`), or holds
 * it when the database is full or will not open, and then tries what waits. The worker calls it
 * once per event and reacts to what it returns; nothing here calls back into the worker.
 *
 * Storage full, the database not opening (db-recovery.ts), or any other write error (a
 * ConstraintError when the ids are used up, a DataError, an UnknownError): an event the database
 * refuses is kept waiting (held-events.ts), never given up after a while, and the user is told
 * (storage-status.ts, with the error's name); it is stored once the database takes it again. Room is made by removing the oldest events, recorded as a chain gap, only when the user
 * chose a retention period: "keep everything" means nothing is ever deleted for them.
 */
export const PRUNE_BATCH = 100;
/** Most prune rounds per flush: a disk full for other reasons must not empty the log. */
const MAX_PRUNE_ROUNDS = 5;
export const FLUSH_ALARM = 'flush-held';
/**
 * Written by a page after it made room or started the database anew ("Delete everything",
 * src/storage/retention.ts): the worker then tries what waits at once, not at the next alarm.
 */
export const FLUSH_REQUEST_KEY = 'flush-held-now';
/** A notice or an outage repeated within this window is the same one, seen again. */
export const REPEAT_WINDOW_MS = 60_000;

/** Where an event goes: the database, the waiting room and status in `storage.local`, the clock. */
export interface EventStorage {
  db: SentinelDb;
  local: HeldArea & StatusArea;
  now: () => number;
  /**
   * Checks what waits before it is stored (src/background/held-trust.ts): what it leaves out is
   * removed from the waiting room. The waiting room is in `storage.local`, which is not the
   * worker's alone in every browser.
   */
  admitHeld?: (list: HeldEvent[]) => Promise<HeldEvent[]>;
  /** Made when events are held, cleared when none are left: retries every minute in between. */
  alarms?: {
    create(name: string, info: { periodInMinutes: number }): unknown;
    clear(name: string): unknown;
  };
}

/**
 * `held: false`: stored now, or `duplicate` (already known). `held: true`: it waits; `stored`
 * lists the events that waiting made it in meanwhile (its own included, when there was room).
 */
export type StoreOutcome =
  { held: false; event: StoredEvent; duplicate: boolean } | { held: true; stored: StoredEvent[] };

export interface FlushOutcome {
  stored: StoredEvent[];
  remaining: number;
}

/** What makes a new record the same as one already stored. */
function duplicateOf(event: NewEvent) {
  return async (db: SentinelDb): Promise<StoredEvent | undefined> => {
    if (event.attemptId) {
      // One attempt has at most one record of each kind, whichever path delivered it.
      return db.events
        .where('attemptId')
        .equals(event.attemptId)
        .filter((e) => e.kind === event.kind)
        .first();
    }
    if (event.kind === 'notice' || event.kind === 'site.error') {
      return db.events
        .where('[walletId+at]')
        .between([event.walletId, event.at - REPEAT_WINDOW_MS], [event.walletId, Infinity])
        .filter((e) => e.kind === event.kind && e.notice === event.notice)
        .first();
    }
    return undefined;
  };
}

/**
 * Stores an observation once; `duplicate` says it was already known: delivered before under
 * `deliveryId` (a content script's retry), or the same attempt, notice or outage seen again.
 */
function appendOnce(db: SentinelDb, event: NewEvent, deliveryId?: string) {
  return guardAppend(db, () => appendEventUnless(db, event, duplicateOf(event), deliveryId));
}

async function flushLocked(deps: EventStorage, allowPrune: boolean): Promise<FlushOutcome> {
  const read = await readHeld(deps.local);
  const list = deps.admitHeld && read.length > 0 ? await deps.admitHeld(read) : read;
  if (list.length < read.length) await writeHeld(deps.local, list);
  if (list.length === 0) {
    if (read.length > 0) await updateStorageStatus(deps.local, { held: 0 });
    return { stored: [], remaining: 0 };
  }
  // After a failed open Dexie stays closed until opened on purpose: this is that retry.
  // Still closed: the first append below fails the same way and the events keep waiting.
  await ensureOpen(deps.db).catch(() => undefined);
  const stored: StoredEvent[] = [];
  let pruned = 0;
  let rounds = 0;
  let next = 0;
  let failed: unknown;
  while (next < list.length) {
    const { event, deliveryId } = list[next] as HeldEvent;
    try {
      const result = await appendOnce(deps.db, event, deliveryId);
      if (!result.duplicate) stored.push(result.event);
      next += 1;
    } catch (error) {
      failed = error ?? new Error('write failed');
      if (!isQuotaError(error) || !allowPrune || rounds >= MAX_PRUNE_ROUNDS) break;
      rounds += 1;
      // A prune that fails made no room: the rest wait, and the notice stays up.
      const removed = await pruneOldest(deps.db, PRUNE_BATCH, deps.now()).catch(() => 0);
      if (removed === 0) break;
      pruned += removed;
    }
  }
  const remaining = list.slice(next);
  await writeHeld(deps.local, remaining);
  const status = await readStorageStatus(deps.local);
  // Still refused: the status names what refuses now (a full disk may have become a bad record).
  const failure =
    remaining.length > 0 && failed !== undefined
      ? failureState(failed, isUnavailableError)
      : undefined;
  await updateStorageStatus(deps.local, {
    ...(failure && failure.state !== status.state ? { since: deps.now() } : {}),
    ...failure,
    held: remaining.length,
    pruned: status.pruned + pruned,
    // Everything stored: the warning goes; what was given up was shown while it lasted.
    ...(remaining.length === 0 ? { state: 'ok', since: deps.now(), dropped: 0 } : {}),
  });
  if (remaining.length === 0) await deps.alarms?.clear(FLUSH_ALARM);
  return { stored, remaining: remaining.length };
}

/** Stores what waits, oldest first, as far as room allows; says what was stored. */
export function flushHeld(deps: EventStorage, allowPrune: boolean): Promise<FlushOutcome> {
  return withHeld(() => flushLocked(deps, allowPrune));
}

/**
 * Stores `event`, or holds it when the database refuses it, whatever the error. While events
 * wait, a new one waits behind them (the chain keeps their order) after one more try to store
 * them all.
 */
export function storeEvent(
  deps: EventStorage,
  event: NewEvent,
  deliveryId: string | undefined,
  allowPrune: boolean,
): Promise<StoreOutcome> {
  return withHeld(async () => {
    const waiting = (await readHeld(deps.local)).length > 0;
    let failure: ReturnType<typeof failureState> = { state: 'full' };
    if (!waiting) {
      try {
        const result = await appendOnce(deps.db, event, deliveryId);
        return { held: false, ...result };
      } catch (error) {
        failure = failureState(error ?? new Error('write failed'), isUnavailableError);
      }
    }
    const { held, dropped } = await holdEvent(deps.local, {
      event,
      ...(deliveryId ? { deliveryId } : {}),
    });
    const status = await readStorageStatus(deps.local);
    // While events already wait, the new one joins them under the state they are in.
    const now =
      waiting && status.state !== 'ok' ? { state: status.state, error: status.error } : failure;
    await updateStorageStatus(deps.local, {
      ...now,
      since: status.state === now.state ? status.since : deps.now(),
      held,
      dropped: status.dropped + dropped,
    });
    await deps.alarms?.create(FLUSH_ALARM, { periodInMinutes: 1 });
    const { stored } = await flushLocked(deps, allowPrune);
    return { held: true, stored };
  });
}
