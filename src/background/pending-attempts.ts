/**
 * Sign-in attempts that still wait for their outcome, per tab. A classic form post unloads the
 * page that saw the attempt; the next page in the same tab asks here and reports the outcome
 * under the same `attemptId`. Kept in `storage.session`, not in memory: the worker may be
 * stopped between the two pages.
 */
export type AttemptFlow = 'login' | 'withdrawal';

export interface PendingAttempt {
  attemptId: string;
  walletId: string;
  at: number;
  flow: AttemptFlow;
}

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Long enough for a slow redirect chain and a second-factor page, short enough to never mislabel a later visit. */
export const PENDING_TTL_MS = 5 * 60_000;

const keyFor = (tabId: number) => `pending-attempt:${tabId}`;

export async function rememberAttempt(area: SessionArea, tabId: number, attempt: PendingAttempt) {
  await area.set({ [keyFor(tabId)]: attempt });
}

export async function pendingAttemptFor(
  area: SessionArea,
  tabId: number,
  walletId: string,
  now: number,
): Promise<PendingAttempt | undefined> {
  const stored = (await area.get(keyFor(tabId)))[keyFor(tabId)] as PendingAttempt | undefined;
  if (!stored || stored.walletId !== walletId) return undefined;
  if (now - stored.at > PENDING_TTL_MS) {
    await area.remove(keyFor(tabId));
    return undefined;
  }
  return stored;
}

export async function settleAttempt(area: SessionArea, tabId: number, attemptId: string) {
  const stored = (await area.get(keyFor(tabId)))[keyFor(tabId)] as PendingAttempt | undefined;
  if (stored?.attemptId === attemptId) await area.remove(keyFor(tabId));
}
