import type { SentinelDb } from '../storage/db';
import type { StoredEvent } from '../model/event-types';
import { ALL_URLS, type Settings } from '../storage/settings';
import { captureTab, type CaptureApi, type CaptureResult } from '../storage/capture';
import { originOf } from '../catalog/origins';

export { ALL_URLS };

/** The events that get a picture by themselves, when the user switched that on. */
export const AUTO_CAPTURE_KINDS: ReadonlySet<string> = new Set([
  'login.failure',
  'withdrawal.failure',
  'notice',
]);

/** Time for the page to paint the failure message the content script just read. */
export const AUTO_CAPTURE_DELAY_MS = 600;
/** At most one automatic picture per wallet in this time. */
export const AUTO_CAPTURE_INTERVAL_MS = 60_000;
/** storage.session key: epoch ms of the last automatic picture per wallet (the worker stops). */
export const AUTO_CAPTURE_KEY = 'autoCaptureAt';

export interface AutoTab {
  id?: number;
  windowId?: number;
  url?: string;
  active: boolean;
  incognito: boolean;
}

export interface AutoCaptureApi extends CaptureApi {
  tabs: CaptureApi['tabs'] & { get(tabId: number): Promise<AutoTab> };
  permissions: { contains(permissions: { origins?: string[] }): Promise<boolean> };
}

export interface AutoCaptureDeps {
  api: AutoCaptureApi;
  db: SentinelDb;
  session: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  settings: () => Promise<Settings>;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export type AutoCaptureOutcome =
  | { taken: true; result: CaptureResult }
  | {
      taken: false;
      reason:
        'kind' | 'off' | 'permission' | 'tab-gone' | 'private' | 'not-active' | 'moved' | 'rate';
    };

/** Why the tab may not be pictured for this event now, or undefined when it may. */
async function tabProblem(
  api: AutoCaptureApi,
  tabId: number,
  event: StoredEvent,
  windowId?: number,
): Promise<{ tab?: AutoTab; reason?: 'tab-gone' | 'private' | 'not-active' | 'moved' }> {
  // A tab closed since is the expected way to fail here: it is a reason, not an error.
  const tab = await api.tabs.get(tabId).catch(() => undefined);
  if (!tab) return { reason: 'tab-gone' };
  if (tab.incognito) return { reason: 'private' };
  // captureVisibleTab pictures the window's active tab: any other tab would be a different page.
  if (!tab.active) return { reason: 'not-active' };
  if (originOf(tab.url) !== event.origin) return { reason: 'moved' };
  if (windowId !== undefined && tab.windowId !== windowId) return { reason: 'moved' };
  return { tab };
}

/**
 * One picture of the page an event came from, without a gesture: after a failed sign-in or
 * withdrawal or a notice, stored from a content script in tab `tabId`. Only with both of the
 * user's switches on and the optional `<all_urls>` permission granted; only when that tab is the
 * active tab of its window (captureVisibleTab shows the window's active tab, never another
 * page), checked again after the short wait; never in a private window; one per wallet a
 * minute. captureTab keeps its own checks (switch, wallet site, private).
 */
export async function autoCapture(
  event: StoredEvent,
  tabId: number,
  deps: AutoCaptureDeps,
): Promise<AutoCaptureOutcome> {
  if (!AUTO_CAPTURE_KINDS.has(event.kind)) return { taken: false, reason: 'kind' };
  const settings = await deps.settings();
  if (!settings.screenshotEvidence || !settings.screenshotAuto)
    return { taken: false, reason: 'off' };
  const granted = await deps.api.permissions.contains({ origins: [ALL_URLS] }).catch(() => false);
  if (!granted) return { taken: false, reason: 'permission' };
  const first = await tabProblem(deps.api, tabId, event);
  if (!first.tab) return { taken: false, reason: first.reason! };

  const stored = (await deps.session.get(AUTO_CAPTURE_KEY))[AUTO_CAPTURE_KEY];
  const last: Record<string, number> =
    typeof stored === 'object' && stored !== null ? { ...(stored as Record<string, number>) } : {};
  const at = last[event.walletId];
  const now = deps.now();
  if (typeof at === 'number' && now - at < AUTO_CAPTURE_INTERVAL_MS && now >= at)
    return { taken: false, reason: 'rate' };
  // The slot is taken before the wait, so a burst of events makes one picture.
  last[event.walletId] = now;
  await deps.session.set({ [AUTO_CAPTURE_KEY]: last });

  await deps.sleep(AUTO_CAPTURE_DELAY_MS);
  const again = await tabProblem(deps.api, tabId, event, first.tab.windowId);
  if (!again.tab) return { taken: false, reason: again.reason! };
  const result = await captureTab(deps.api, deps.db, again.tab, await deps.settings(), deps.now());
  return { taken: true, result };
}

/**
 * autoCapture one event at a time: two events of one burst (a failure and its notice) would
 * otherwise both read the wallet's slot as free before either takes it.
 */
export function createAutoCapture(deps: AutoCaptureDeps) {
  let turn: Promise<unknown> = Promise.resolve();
  return (event: StoredEvent, tabId: number): Promise<AutoCaptureOutcome> => {
    const next = turn.then(() => autoCapture(event, tabId, deps));
    // Only the queue forgets a failure; the caller still gets it from `next`.
    turn = next.catch(() => undefined);
    return next;
  };
}
