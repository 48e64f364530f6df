import type { SentinelDb } from '../storage/db';
import type { NewEvent, StoredEvent } from '../model/event-types';
import {
  holdEvent,
  readHeld,
  withHeld,
  writeHeld,
  type HeldArea,
  type HeldEvent,
} from '../storage/held-events';
import { pruneOldest } from '../storage/retention';
import {
  isQuotaError,
  readStorageStatus,
  updateStorageStatus,
  type StatusArea,
} from '../storage/storage-status';
import { ensureOpen, isUnavailableError } from '../storage/db-recovery';
import { recordEvent } from './recorder';

/**
 * Storage full, or the database not opening (db-recovery.ts): an event the database refuses is
 * kept waiting (held-events.ts)
 * and the user is told (storage-status.ts); it is stored once there is room. Room is made by
 * removing the oldest events, recorded as a chain gap, only when the user chose a retention period:
 * "keep everything" means nothing is ever deleted for them.
 */
export const PRUNE_BATCH = 100;
/** Most prune rounds per flush: a disk full for other reasons must not empty the log. */
const MAX_PRUNE_ROUNDS = 5;
export const FLUSH_ALARM = 'flush-held';

export interface HoldDeps {
  db: SentinelDb;
  local: HeldArea & StatusArea;
  now: () => number;
  /** Made when events are held, cleared when none are left: retries every minute in between. */
  alarms?: {
    create(name: string, info: { periodInMinutes: number }): unknown;
    clear(name: string): unknown;
  };
}

export type StoreOutcome = { held: false; event: StoredEvent; duplicate: boolean } | { held: true };

export interface FlushOutcome {
  stored: StoredEvent[];
  remaining: number;
}

async function flushLocked(deps: HoldDeps, allowPrune: boolean): Promise<FlushOutcome> {
  const list = await readHeld(deps.local);
  if (list.length === 0) return { stored: [], remaining: 0 };
  // After a failed open Dexie stays closed until opened on purpose: this is that retry.
  await ensureOpen(deps.db).catch(() => undefined);
  const stored: StoredEvent[] = [];
  let pruned = 0;
  let rounds = 0;
  let next = 0;
  while (next < list.length) {
    const { event, deliveryId } = list[next] as HeldEvent;
    try {
      const result = await recordEvent(deps.db, event, deliveryId);
      if (!result.duplicate) stored.push(result.event);
      next += 1;
    } catch (error) {
      if (!isQuotaError(error) || !allowPrune || rounds >= MAX_PRUNE_ROUNDS) break;
      rounds += 1;
      const removed = await pruneOldest(deps.db, PRUNE_BATCH, deps.now()).catch(() => 0);
      if (removed === 0) break;
      pruned += removed;
    }
  }
  const remaining = list.slice(next);
  await writeHeld(deps.local, remaining);
  const status = await readStorageStatus(deps.local);
  await updateStorageStatus(deps.local, {
    held: remaining.length,
    pruned: status.pruned + pruned,
    // Everything stored: the warning goes; what was given up was shown while it lasted.
    ...(remaining.length === 0 ? { state: 'ok', since: deps.now(), dropped: 0 } : {}),
  });
  if (remaining.length === 0) await deps.alarms?.clear(FLUSH_ALARM);
  return { stored, remaining: remaining.length };
}

/** Stores what waits, oldest first, as far as room allows; says what was stored. */
export function flushHeld(deps: HoldDeps, allowPrune: boolean): Promise<FlushOutcome> {
  return withHeld(() => flushLocked(deps, allowPrune));
}

/**
 * Stores `event`, or holds it when the database is full. While events wait, a new one waits
 * behind them (the chain keeps their order) after one more try to store them all.
 */
export function storeOrHold(
  deps: HoldDeps,
  event: NewEvent,
  deliveryId: string | undefined,
  allowPrune: boolean,
  onStored?: (event: StoredEvent) => unknown,
): Promise<StoreOutcome> {
  return withHeld(async () => {
    const waiting = (await readHeld(deps.local)).length > 0;
    let unavailable = false;
    if (!waiting) {
      try {
        const result = await recordEvent(deps.db, event, deliveryId);
        return { held: false, ...result };
      } catch (error) {
        if (!isQuotaError(error) && !isUnavailableError(error)) throw error;
        unavailable = isUnavailableError(error);
      }
    }
    const { held, dropped } = await holdEvent(deps.local, {
      event,
      ...(deliveryId ? { deliveryId } : {}),
    });
    const status = await readStorageStatus(deps.local);
    // While events already wait, the new one joins them under the state they are in.
    const state =
      waiting && status.state !== 'ok' ? status.state : unavailable ? 'unavailable' : 'full';
    await updateStorageStatus(deps.local, {
      state,
      since: status.state === state ? status.since : deps.now(),
      held,
      dropped: status.dropped + dropped,
    });
    await deps.alarms?.create(FLUSH_ALARM, { periodInMinutes: 1 });
    const flushed = await flushLocked(deps, allowPrune);
    for (const stored of flushed.stored) await onStored?.(stored);
    return { held: true };
  });
}
