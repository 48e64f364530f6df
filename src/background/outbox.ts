import type { ObserveMessage, OutboxEntry } from '../messages/types';
import type { SessionArea } from './pending-attempts';

/** An attempt handed over from a page's outbox counts only if it was seen this recently. */
export const OUTBOX_MAX_AGE_MS = 2 * 60_000;

export interface RecoveredAttempt {
  message: ObserveMessage & { attemptId: string };
  observedAt: number;
}

/** The token of the page now open in a tab, kept in `storage.session`. */
interface IssuedToken {
  token: string;
  walletId: string;
  at: number;
}

const tokenKey = (tabId: number) => `outbox-token:${tabId}`;

/**
 * The attempts of a page's outbox (src/messages/outbox.ts) that the worker takes: already
 * checked at the door like live messages (src/messages/validate.ts), and here each must carry the
 * token the page before in this very tab gave the worker with its own question, for the same
 * wallet as the page that hands it over, and have been seen within OUTBOX_MAX_AGE_MS. So a page's
 * own scripts, which can write its `sessionStorage`, cannot make up an attempt: the token lives in
 * the content script's world and reaches the page's storage only with a real attempt, and each
 * page has a new one. Oldest first.
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
  const seen = new Set<string>();
  const recovered: RecoveredAttempt[] = [];
  for (const entry of entries) {
    const { message, observedAt, token } = entry;
    if (token !== issued.token || !message.attemptId || seen.has(message.attemptId)) continue;
    if (observedAt > now || now - observedAt > OUTBOX_MAX_AGE_MS) continue;
    seen.add(message.attemptId);
    recovered.push({ message: message as RecoveredAttempt['message'], observedAt });
  }
  return recovered.sort((a, b) => a.observedAt - b.observedAt);
}

/**
 * Keeps the token of the page now open in `tabId` (none: entries of this tab are taken no more);
 * the one before it is no longer taken.
 */
export async function keepOutboxToken(
  session: SessionArea,
  tabId: number,
  walletId: string,
  now: number,
  token: string | undefined,
): Promise<void> {
  if (!token) {
    await session.remove(tokenKey(tabId));
    return;
  }
  const issued: IssuedToken = { token, walletId, at: now };
  await session.set({ [tokenKey(tabId)]: issued });
}
