import type { Amount, EventKind, NoticeKind } from '../model/event-types';

/**
 * Everything a content script may say to the worker. Content scripts run next to a page we do
 * not trust, so each message is checked by `validateContentMessage` before anything reads it.
 * Who the message is about (wallet, origin) is never in the message: the worker takes it from
 * the sender's tab.
 */

/** Kinds a page observation may produce; `site.error` and `visit.lookalike` come from the worker. */
export const OBSERVED_KINDS = [
  'login.attempt',
  'login.challenge',
  'login.failure',
  'login.success',
  'logout',
  'notice',
  'withdrawal.attempt',
  'withdrawal.failure',
  'withdrawal.pending',
  'withdrawal.success',
] as const satisfies readonly EventKind[];
export type ObservedKind = (typeof OBSERVED_KINDS)[number];

export interface ObserveMessage {
  type: 'observe';
  kind: ObservedKind;
  /** `location.pathname`; the worker checks it is a bare path. */
  path: string;
  /**
   * Random, one per observation, the same on every retry: the content script sends again until
   * the worker answers, and the worker stores an observation once per delivery id.
   */
  deliveryId: string;
  attemptId?: string;
  amount?: Amount;
  destination?: string;
  notice?: NoticeKind;
  message?: string;
}

/**
 * Asked by a freshly loaded page: did this tab submit a sign-in just before it navigated here?
 * A classic form post unloads the page that saw the attempt, so the outcome is judged by the
 * page that follows.
 */
export interface PendingAttemptMessage {
  type: 'pending-attempt';
  /**
   * Attempts the page before this one in the tab kept in its own `sessionStorage` in case the
   * worker missed them (src/messages/outbox.ts). Untrusted: each is checked as a live message.
   */
  outbox?: OutboxEntry[];
  /**
   * Random, made by this page's content script when it starts: its outbox entries carry it. The
   * worker keeps it for the tab and takes the next page's entries only with it (outbox.ts).
   */
  token?: string;
}

/** An attempt kept by the page that saw it, for the next page of the tab to hand over. */
export interface OutboxEntry {
  message: ObserveMessage;
  /** Epoch ms in the page when it was seen. */
  observedAt: number;
  /** That page's `token`, which the worker kept for its tab when the page asked `pending-attempt`. */
  token: string;
}

export type ContentMessage = ObserveMessage | PendingAttemptMessage;

export type ContentResponse =
  | {
      ok: true;
      id?: number;
      attemptId?: string;
      flow?: 'login' | 'withdrawal';
      /** Storage is full: the event is kept pending in the worker and stored when room is made. */
      held?: true;
    }
  | { ok: false; error: RejectReason };

export type RejectReason =
  | 'bad-shape'
  | 'unknown-type'
  | 'too-large'
  | 'bad-sender'
  | 'not-a-wallet'
  | 'wallet-disabled'
  /** A tab in a private (incognito) window: nothing from there is recorded (SECURITY.md). */
  | 'private-tab'
  /** An event in the worker's waiting room that the worker could not have put there. */
  | 'held-untrusted'
  /** A notice on a page another site's link or script opened: its words, not the wallet's (issue 19). */
  | 'opened-elsewhere'
  | 'storage-failed';

/** Upper bounds at the door. The content script truncates before sending; anything over is hostile. */
export const LIMITS = {
  message: 200,
  path: 512,
  destination: 128,
  attemptId: 64,
  deliveryId: 64,
  /** Serialized size of a whole message. */
  total: 2048,
} as const;
