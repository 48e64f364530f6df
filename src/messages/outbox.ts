/**
 * A sign-in or withdrawal attempt is often the last thing a page does: a classic form post
 * unloads it at once. When the worker is asleep at that moment, Chromium drops the message
 * together with the unloading frame (seen in the E2E test that stops the worker). So the
 * content script also leaves the attempt in the page's own `sessionStorage` (this tab, this
 * origin; written at once, no worker needed), and the next page of the tab hands it over with
 * its `pending-attempt` question.
 *
 * Not in `storage.local`: that holds what the worker trusts (settings, the waiting room), and the
 * worker closes it to content scripts (src/background/storage-access.ts). What the page keeps is
 * untrusted: the worker checks each entry as a live message from the tab that hands it over, and
 * takes it only with the token the page before gave the worker with its own question
 * (src/background/outbox.ts), so a page's own scripts cannot make up an attempt no one made.
 */
export const OUTBOX_KEY = 'wallet-sentinel-outbox';
/** Entries one page may hand over: a page sees a few attempts at most before it unloads. */
export const OUTBOX_MAX = 3;
/** Keys of the outbox of earlier releases, in `storage.local`: removed by the worker. */
export const LEGACY_OUTBOX_PREFIX = 'outbox:';

export type { OutboxEntry } from './types';
