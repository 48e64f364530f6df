import { originOf, walletIdForOrigin, type WatchedSites } from '../catalog/origins';
import type { SessionArea } from './pending-attempts';

/**
 * Who started a wallet page's navigation (issue 19, class 2). A link, a form or a script on any
 * other site can open a wallet URL of its choosing — a search or error page that writes the
 * query back, a page that times out — and the extension must not speak with its authority
 * about what that site made the wallet show or fail. The browser says who started a top-level
 * request: Chromium's `initiator` (the origin of the page that started it, also through
 * redirects and whatever the referrer policy), Firefox's `originUrl`. None: the person typed
 * it, picked a bookmark, reloaded, or opened it from another program.
 */
export interface NavigationStart {
  url: string;
  initiator?: string;
  originUrl?: string;
}

/**
 * Whether another site started it: a web page (or an opaque origin: a sandboxed frame, a
 * `data:` page) that is not one of the same wallet's own sites. Browser and extension pages
 * (the new-tab page, our popup) act for the person.
 */
export function startedElsewhere(start: NavigationStart, sites: WatchedSites): boolean {
  const from = start.initiator ?? start.originUrl;
  if (from === undefined || from === '') return false;
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
  if (start.initiator !== undefined) landing.initiator = start.initiator;
  if (start.originUrl !== undefined) landing.originUrl = start.originUrl;
  return area.set({ [keyFor(tabId)]: landing });
}

export function forgetLanding(area: SessionArea, tabId: number) {
  return area.remove(keyFor(tabId));
}

const withoutFragment = (url: string) => url.split('#')[0] as string;

/**
 * Whether the page that speaks (`senderUrl`) is still the one another site opened: the same
 * address, fragment aside (a request never carries it). Once the wallet's own script moves to
 * another address, what it shows there is its own.
 */
export async function onPageOpenedElsewhere(
  area: SessionArea,
  tabId: number,
  senderUrl: string,
  sites: WatchedSites,
): Promise<boolean> {
  const landing = (await area.get(keyFor(tabId)))[keyFor(tabId)] as Landing | undefined;
  if (!landing || typeof landing.url !== 'string') return false;
  if (withoutFragment(landing.url) !== withoutFragment(senderUrl)) return false;
  return startedElsewhere(landing, sites);
}
