import type { ObserveMessage } from './types';

/**
 * A sign-in or withdrawal attempt is often the last thing a page does: a classic form post
 * unloads it at once. When the worker is asleep at that moment, Chromium drops the message
 * together with the unloading frame (seen in the E2E test that stops the worker). So the
 * content script also leaves the attempt in `storage.local` — written by the browser process,
 * no worker needed — and the next page's `pending-attempt` question lets the worker pick it up.
 */
export const OUTBOX_PREFIX = 'outbox:';

export interface OutboxEntry {
  message: ObserveMessage;
  /** `location.origin` of the page that saw the attempt. */
  origin: string;
  /** Epoch ms in the page when it was seen. */
  observedAt: number;
}

export const outboxKey = (attemptId: string) => `${OUTBOX_PREFIX}${attemptId}`;
