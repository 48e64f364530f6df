import { DAY } from './time';
/**
 * A delivery receipt: "the observation sent with `id` is stored as event `eventId`". A content
 * script sends every observation with a random delivery id and sends it again until the worker
 * answers; the worker may have stored it and been stopped before its answer left. The receipt,
 * written in the same transaction as the event, makes the second delivery a no-op. Kept apart
 * from `events` so the event record contract (DESIGN.md) is unchanged; a receipt is needed only
 * while a retry can still arrive, so they are pruned after RECEIPT_TTL_MS.
 */
export interface Receipt {
  /** The message's `deliveryId`. */
  id: string;
  eventId: number;
  /** Epoch ms the observation was stored (or found to be a repeat). */
  at: number;
}

/** Far beyond the content script's last retry (about half a minute) and the outbox's 2 minutes. */
export const RECEIPT_TTL_MS = DAY;
