import { EVENT_KINDS, type StoredEvent } from '../../model/event-types';

const KINDS = new Set<string>(EVENT_KINDS);

/** Stored data may be old or hand-edited: rules read only events with the fields they rely on. */
export function isUsableEvent(e: StoredEvent): boolean {
  return (
    typeof e === 'object' &&
    e !== null &&
    Number.isSafeInteger(e.id) &&
    Number.isFinite(e.at) &&
    typeof e.walletId === 'string' &&
    KINDS.has(e.kind)
  );
}

/** Time order, ties by id (ids grow in arrival order): the order every rule folds in. */
export function compareEvents(a: StoredEvent, b: StoredEvent): number {
  return a.at - b.at || a.id - b.id;
}

/** Usable events sorted, one per id: evaluation ignores input order and repeated events. */
export function orderEvents(events: readonly StoredEvent[]): readonly StoredEvent[] {
  // Stored events usually come sorted and unique already: check in one pass before sorting.
  let sorted = true;
  for (let i = 0; i < events.length && sorted; i++) {
    const e = events[i] as StoredEvent;
    const prev = events[i - 1];
    sorted = isUsableEvent(e) && (!prev || compareEvents(prev, e) < 0);
  }
  if (sorted) return events as StoredEvent[];
  const byId = new Map<number, StoredEvent>();
  for (const e of events) {
    if (!isUsableEvent(e)) continue;
    const seen = byId.get(e.id);
    // Ids are primary keys: a repeat is the same event passed twice. Pick deterministically anyway.
    if (!seen || e.at < seen.at || (e.at === seen.at && String(e.hash) < String(seen.hash))) {
      byId.set(e.id, e);
    }
  }
  return [...byId.values()].sort(compareEvents);
}

/**
 * The events of `walletId` with an id above `maxId`, in fold order: what
 * `orderEvents(events).filter(...)` gives, without a second pass or a copy when the input is
 * already that (stored events usually are). Full evaluation walks 100,000 events: each pass
 * over them costs milliseconds in cache misses alone.
 */
export function freshEvents(
  events: readonly StoredEvent[],
  walletId: string,
  maxId: number,
): readonly StoredEvent[] {
  let i = 0;
  for (; i < events.length; i++) {
    const e = events[i] as StoredEvent;
    if (!isUsableEvent(e) || e.walletId !== walletId || e.id <= maxId) break;
    if (i > 0 && compareEvents(events[i - 1] as StoredEvent, e) >= 0) break;
  }
  if (i === events.length) return events;
  return orderEvents(events).filter((e) => e.walletId === walletId && e.id > maxId);
}

let lastEvent: StoredEvent | undefined;
let lastKey = '';

/** A per-event finding's key: the attempt it belongs to, so an attempt and its outcome share it. */
export function eventKey(e: StoredEvent): string {
  // Several rules ask in turn for the same event: remember the last answer.
  if (e !== lastEvent) {
    lastEvent = e;
    lastKey = e.attemptId ? `attempt-${e.attemptId}` : `event-${e.id}`;
  }
  return lastKey;
}
