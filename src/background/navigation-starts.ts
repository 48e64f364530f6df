import { originOf, walletIdForOrigin, type WatchedSites } from '../catalog/origins';
import type { SessionArea } from './pending-attempts';

/**
 * Who started a wallet page's navigation (issue 19, class 2). A link, a form or a script on any
 * other site can open a wallet URL of its choosing — a search or error page that writes the
 * query back, a page that fails — and the extension must not speak with its authority about
 * what that site made the wallet show. The browser says who started a top-level request:
 * - `Sec-Fetch-Site` on the request (both browsers): `cross-site` when another site's page
 *   started it, also through redirects and whatever its referrer policy; `none` when the person
 *   typed it, picked a bookmark or opened it from another program; `same-site`/`same-origin`
 *   from the wallet's own pages. A reload keeps the first answer: reloading a page another site
 *   opened is still that site's page.
 * - Chromium's `initiator` (only for origins the extension may access: the wallets) and
 *   Firefox's `originUrl`: which wallet, for a wallet that spans several sites.
 */
export interface NavigationStart {
  url: string;
  initiator?: string;
  originUrl?: string;
  /** The request's `Sec-Fetch-Site` header, when the worker saw it. */
  fetchSite?: string;
  /** The browser's id of the request (the same through its redirects and its outcome). */
  requestId?: string;
}

/**
 * Whether another site started it: a web page (or an opaque origin: a sandboxed frame, a
 * `data:` page) that is not one of the same wallet's own sites. Browser and extension pages
 * (the new-tab page, our popup) act for the person.
 */
export function startedElsewhere(start: NavigationStart, sites: WatchedSites): boolean {
  const from = start.initiator ?? start.originUrl;
  if (from === undefined || from === '') return start.fetchSite === 'cross-site';
  if (from === 'null') return true;
  let protocol: string;
  try {
    protocol = new URL(from).protocol;
  } catch {
    return true;
  }
  if (protocol !== 'https:' && protocol !== 'http:') return false;
  const target = originOf(start.url);
  const wallet = target === undefined ? undefined : walletIdForOrigin(target, sites);
  const starter = originOf(from);
  return (
    wallet === undefined || starter === undefined || walletIdForOrigin(starter, sites) !== wallet
  );
}

/** A tab's last top-level request to a watched site, as the browser reported it. */
type Landing = NavigationStart;

const keyFor = (tabId: number) => `landing:${tabId}`;

/**
 * Kept for each tab in `storage.session` (the worker may stop between the request and the
 * page's first message). One write, no read: the listener stays cheap and in order.
 */
export function rememberLanding(area: SessionArea, tabId: number, start: NavigationStart) {
  const landing: Landing = { url: start.url };
  for (const key of ['initiator', 'originUrl', 'fetchSite', 'requestId'] as const) {
    const value = start[key];
    if (typeof value === 'string') landing[key] = value;
  }
  return area.set({ [keyFor(tabId)]: landing });
}

/** The `Sec-Fetch-Site` header among a request's headers. */
export function fetchSiteOf(headers: ReadonlyArray<{ name: string; value?: string }> = []) {
  return headers.find((h) => h.name.toLowerCase() === 'sec-fetch-site')?.value;
}

/** What the worker saw of the tab's current top-level request, when it is `requestId`. */
export async function landingOf(
  area: SessionArea,
  tabId: number,
  requestId: string | undefined,
): Promise<NavigationStart | undefined> {
  const landing = (await area.get(keyFor(tabId)))[keyFor(tabId)] as Landing | undefined;
  return landing && requestId !== undefined && landing.requestId === requestId
    ? landing
    : undefined;
}

export function forgetLanding(area: SessionArea, tabId: number) {
  return area.remove(keyFor(tabId));
}

const withoutFragment = (url: string) => url.split('#')[0] as string;

function pathOf(url: string): string | undefined {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

/**
 * Whether the page that speaks is still the one another site opened: the same document
 * (`senderUrl`, fragment aside: a request never carries it) still at the path it was opened at
 * (`path`, the content script's `location.pathname`: Chromium's `sender.url` stays the
 * document's first address through the app's own route changes). Once the wallet's own app has
 * moved to another path, what it shows there is its own.
 */
export async function onPageOpenedElsewhere(
  area: SessionArea,
  tabId: number,
  senderUrl: string,
  path: string,
  sites: WatchedSites,
): Promise<boolean> {
  const landing = (await area.get(keyFor(tabId)))[keyFor(tabId)] as Landing | undefined;
  if (!landing || typeof landing.url !== 'string') return false;
  if (withoutFragment(landing.url) !== withoutFragment(senderUrl)) return false;
  if (pathOf(landing.url) !== path) return false;
  return startedElsewhere(landing, sites);
}
