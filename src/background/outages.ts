import type { NewEvent } from '../model/event-types';
import type { Settings } from '../storage/settings';
import { originOf, walletIdForOrigin } from '../catalog/origins';
import { startedElsewhere } from './navigation-starts';

/**
 * `site.error` from what the browser itself saw on a wallet's hosts: a page or an API call
 * answering 5xx, or failing to load at all. Never from page text — a page can say anything.
 */
export interface RequestInfo {
  url: string;
  type: string;
  tabId: number;
  statusCode?: number;
  error?: string;
  /** Chromium: `initiator`; Firefox: `originUrl`. */
  initiator?: string;
  originUrl?: string;
  requestId?: string;
  /** `Sec-Fetch-Site` of a page request (src/background/navigation-starts.ts), when seen. */
  fetchSite?: string;
}

export const WATCHED_TYPES = ['main_frame', 'xmlhttprequest'] as const;

/**
 * Not outages: the user or the page cancelled the load, another extension blocked it, or the
 * browser served a cached answer differently (Chromium net::ERR_*, Firefox NS_*).
 */
const NOT_AN_OUTAGE =
  /ERR_ABORTED|ERR_BLOCKED_BY_CLIENT|ERR_BLOCKED_BY_ADMINISTRATOR|ERR_CACHE_MISS|ERR_UNKNOWN_URL_SCHEME|NS_BINDING_ABORTED|NS_ERROR_ABORT/;

export function outageEvent(
  details: RequestInfo,
  settings: Settings,
  now: number,
): NewEvent | undefined {
  if (details.tabId < 0 || !(WATCHED_TYPES as readonly string[]).includes(details.type)) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(details.url);
  } catch {
    return undefined;
  }
  const walletId = walletIdForOrigin(url.origin, settings);
  if (!walletId) return undefined;
  // A page counts only when the person or the wallet itself opened it (issue 19): a link or a
  // script on another site can point at any wallet URL that fails.
  if (details.type === 'main_frame' && startedElsewhere(details, settings)) return undefined;
  // An API call counts only when the wallet's own page made it, not some other site.
  if (details.type !== 'main_frame') {
    const from = originOf(details.initiator ?? details.originUrl);
    if (!from || walletIdForOrigin(from, settings) !== walletId) return undefined;
  }
  let message: string;
  if (details.error !== undefined) {
    if (NOT_AN_OUTAGE.test(details.error)) return undefined;
    message = details.error.slice(0, 200);
  } else if (details.statusCode !== undefined && details.statusCode >= 500) {
    message = `HTTP ${details.statusCode}`;
  } else {
    return undefined;
  }
  return {
    at: now,
    kind: 'site.error',
    walletId,
    origin: url.origin,
    path: url.pathname.slice(0, 512) || '/',
    message,
  };
}
