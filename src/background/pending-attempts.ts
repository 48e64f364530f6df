import type { NewEvent } from '../model/event-types';

/**
 * Sign-in attempts that still wait for their outcome, per tab. A classic form post unloads the
 * page that saw the attempt; the next page in the same tab asks here and reports the outcome
 * under the same `attemptId`. Kept in `storage.session`, not in memory: the worker may be
 * stopped between the two pages.
 *
 * The worker also keeps what it saw of the tab itself (issue 14, class 5): a person who closes
 * the tab, or opens another site in it, right after landing on the account page leaves before
 * that page's content script could tell the outcome. When the worker saw the tab load a page of
 * the same wallet off the sign-in view (a GET answered 2xx, not a sign-in, code or error
 * address, no code prompt reported since) and nothing answered the attempt before the tab went
 * away, the attempt succeeded. Without that evidence it stays without an outcome: a false
 * success is as bad as a lost one.
 */
export type AttemptFlow = 'login' | 'withdrawal';

export interface PendingAttempt {
  attemptId: string;
  walletId: string;
  at: number;
  flow: AttemptFlow;
  /** The page the attempt was made on (the sign-in view). */
  origin?: string;
  path?: string;
  /** A page of the same wallet, off the sign-in view, the worker saw the tab load after the attempt. */
  landed?: { origin: string; path: string; at: number };
}

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Long enough for a slow redirect chain and a second-factor page, short enough to never mislabel a later visit. */
export const PENDING_TTL_MS = 5 * 60_000;
/**
 * After the tab went away, how long an outcome the page sent as it went (pagehide) may take
 * to arrive before the worker decides from what it saw.
 */
export const DEPARTURE_GRACE_MS = 1000;

/**
 * An address that is still part of signing in, or that reports its failure: landing there says
 * nothing about success. Matched against the path and the query.
 */
const NOT_AN_ACCOUNT_PAGE =
  /(log-?in|sign-?in|log-?on|auth|session|2fa|mfa|otp|totp|factor|two-?step|2-?step|step-?up|code|verif|challenge|security|captcha|passkey|webauthn|device|approv|confirm|error|fail|denied|invalid|locked|blocked|password|reset|recover|forgot|register|sign-?up|logout|sign-?out)/i;

const keyFor = (tabId: number) => `pending-attempt:${tabId}`;
const decidedKey = (attemptId: string) => `decided-attempt:${attemptId}`;

async function read(area: SessionArea, tabId: number): Promise<PendingAttempt | undefined> {
  return (await area.get(keyFor(tabId)))[keyFor(tabId)] as PendingAttempt | undefined;
}

export async function rememberAttempt(area: SessionArea, tabId: number, attempt: PendingAttempt) {
  await area.set({ [keyFor(tabId)]: attempt });
}

export async function pendingAttemptFor(
  area: SessionArea,
  tabId: number,
  walletId: string,
  now: number,
): Promise<PendingAttempt | undefined> {
  const stored = await read(area, tabId);
  if (!stored || stored.walletId !== walletId) return undefined;
  if (now - stored.at > PENDING_TTL_MS) {
    await area.remove(keyFor(tabId));
    return undefined;
  }
  return stored;
}

export async function settleAttempt(area: SessionArea, tabId: number, attemptId: string) {
  const stored = await read(area, tabId);
  if (stored?.attemptId === attemptId) await area.remove(keyFor(tabId));
}

/** A code prompt was reported for the attempt: the page the tab landed on was not the account. */
export async function forgetLanding(area: SessionArea, tabId: number, attemptId: string) {
  const stored = await read(area, tabId);
  if (stored?.attemptId !== attemptId || !stored.landed) return;
  delete stored.landed;
  await area.set({ [keyFor(tabId)]: stored });
}

/** A top-level load the worker saw (webRequest, main frame). */
export interface TabLoad {
  tabId: number;
  url: string;
  method: string;
  statusCode: number;
}

/**
 * Notes a main-frame load in a tab with a sign-in attempt waiting. Returns `left` when the tab
 * went on to another site after landing on the account page, `landed` when this load is that
 * landing, else nothing. `walletOf` maps an origin to the wallet it belongs to (undefined for
 * other sites).
 */
export async function noteTabLoad(
  area: SessionArea,
  load: TabLoad,
  walletOf: (origin: string) => string | undefined,
  now: number,
): Promise<'landed' | 'left' | undefined> {
  const pending = await read(area, load.tabId);
  if (!pending || pending.flow !== 'login' || now - pending.at > PENDING_TTL_MS) return undefined;
  let url: URL;
  try {
    url = new URL(load.url);
  } catch {
    return undefined;
  }
  if (walletOf(url.origin) !== pending.walletId) return pending.landed ? 'left' : undefined;
  const accountPage =
    load.method === 'GET' &&
    load.statusCode >= 200 &&
    load.statusCode < 300 &&
    !(url.origin === pending.origin && url.pathname === pending.path) &&
    !NOT_AN_ACCOUNT_PAGE.test(`${url.pathname}${url.search}`);
  if (accountPage) pending.landed = { origin: url.origin, path: url.pathname, at: now };
  else if (pending.landed) delete pending.landed;
  else return undefined;
  await area.set({ [keyFor(load.tabId)]: pending });
  return accountPage ? 'landed' : undefined;
}

/** Whether the tab has an attempt waiting that landed on the account page. */
export async function landedAttempt(
  area: SessionArea,
  tabId: number,
  now: number,
): Promise<PendingAttempt | undefined> {
  const pending = await read(area, tabId);
  if (!pending?.landed || pending.flow !== 'login' || now - pending.at > PENDING_TTL_MS) {
    return undefined;
  }
  return pending;
}

/**
 * The tab was closed or left for another site: if the same attempt is still waiting (nothing
 * answered it meanwhile) and landed on the account page, it succeeded. The attempt is settled
 * and marked decided, so an outcome the page sent as it went and that arrives later is not
 * stored twice (`decidedByWorker`).
 */
export async function departureOutcome(
  area: SessionArea,
  tabId: number,
  attemptId: string,
  now: number,
): Promise<NewEvent | undefined> {
  const pending = await landedAttempt(area, tabId, now);
  if (!pending?.landed || pending.attemptId !== attemptId) return undefined;
  await area.set({ [decidedKey(attemptId)]: now });
  await area.remove(keyFor(tabId));
  return {
    at: now,
    kind: 'login.success',
    walletId: pending.walletId,
    origin: pending.landed.origin,
    path: pending.landed.path,
    attemptId,
  };
}

/** Whether the worker already gave this attempt its outcome when the tab went away. */
export async function decidedByWorker(area: SessionArea, attemptId: string): Promise<boolean> {
  return (await area.get(decidedKey(attemptId)))[decidedKey(attemptId)] !== undefined;
}
