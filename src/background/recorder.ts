import type { SentinelDb } from '../storage/db';
import type { NewEvent, StoredEvent } from '../model/event-types';
import { appendEventUnless } from '../storage/events';

/** A notice or an outage repeated within this window is the same one, seen again. */
export const REPEAT_WINDOW_MS = 60_000;

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
export function recordEvent(db: SentinelDb, event: NewEvent, deliveryId?: string) {
  return appendEventUnless(db, event, duplicateOf(event), deliveryId);
}
