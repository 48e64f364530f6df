import { EVENT_KINDS, type StoredEvent } from '../../storage/event-types';

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
