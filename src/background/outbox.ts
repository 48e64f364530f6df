import type { ObserveMessage, OutboxEntry } from '../messages/types';
import type { SessionArea } from './pending-attempts';

/** An attempt handed over from a page's outbox counts only if it was seen this recently. */
export const OUTBOX_MAX_AGE_MS = 2 * 60_000;

export interface RecoveredAttempt {
  message: ObserveMessage & { attemptId: string };
  observedAt: number;
}

/** The token the worker gave the page now open in a tab, kept in `storage.session`. */
interface IssuedToken {
  token: string;
  walletId: string;
  at: number;
}

const tokenKey = (tabId: number) => `outbox-token:${tabId}`;

/**
 * The attempts of a page's outbox (src/messages/outbox.ts) that the worker takes: already
 * checked at the door like live messages (src/messages/validate.ts), and here each must carry the
 * token the worker gave the page before in this very tab, for the same wallet as the page that
 * hands it over, and have been seen after that token was given and within OUTBOX_MAX_AGE_MS. So a
 * page's own scripts, which can write its `sessionStorage`, cannot make up an attempt: without a
 * real one they never see a token, and the next page gets a new one. Oldest first.
 */
export async function takeOutbox(
  session: SessionArea,
  tabId: number,
  walletId: string,
  entries: readonly OutboxEntry[],
  now: number,
): Promise<RecoveredAttempt[]> {
  if (entries.length === 0) return [];
  const issued = (await session.get(tokenKey(tabId)))[tokenKey(tabId)] as
    Partial<IssuedToken> | undefined;
  if (!issued || typeof issued.token !== 'string' || issued.walletId !== walletId) return [];
  const since = typeof issued.at === 'number' ? issued.at : Infinity;
  const seen = new Set<string>();
  const recovered: RecoveredAttempt[] = [];
  for (const entry of entries) {
    const { message, observedAt, token } = entry;
    if (token !== issued.token || !message.attemptId || seen.has(message.attemptId)) continue;
    if (observedAt < since || observedAt > now || now - observedAt > OUTBOX_MAX_AGE_MS) continue;
    seen.add(message.attemptId);
    recovered.push({ message: message as RecoveredAttempt['message'], observedAt });
  }
  return recovered.sort((a, b) => a.observedAt - b.observedAt);
}

/** A new token for the page now open in `tabId`; the one before it is no longer taken. */
export async function issueOutboxToken(
  session: SessionArea,
  tabId: number,
  walletId: string,
  now: number,
  token: string = crypto.randomUUID(),
): Promise<string> {
  const issued: IssuedToken = { token, walletId, at: now };
  await session.set({ [tokenKey(tabId)]: issued });
  return token;
}
