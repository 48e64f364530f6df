import { originOf, walletIdForOrigin } from '../catalog/origins';
import type { RejectReason } from '../messages/types';
import type { Settings } from '../storage/settings';

/** The parts of `runtime.MessageSender` the door looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; incognito?: boolean };
}

export type Admission =
  | { ok: true; walletId: string; origin: string; tabId: number }
  | { ok: false; error: RejectReason };

/**
 * Who may record: our own content script, in the top frame of a tab, on a wallet origin. The
 * wallet comes from the sender's URL, never from the message, so a page can only ever speak
 * for itself.
 */
export function admitSender(
  sender: SenderInfo,
  extensionId: string,
  settings: Settings,
): Admission {
  if (sender.id !== extensionId) return { ok: false, error: 'bad-sender' };
  // Policy (SECURITY.md, issue 8): nothing from a private window is recorded. Checked before
  // anything else about the page, so not even its origin is looked at.
  if (sender.tab?.incognito === true) return { ok: false, error: 'private-tab' };
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return { ok: false, error: 'bad-sender' };
  if (sender.frameId !== 0) return { ok: false, error: 'bad-sender' };
  if (typeof sender.url !== 'string') return { ok: false, error: 'bad-sender' };
  const origin = originOf(sender.url);
  if (origin === undefined) return { ok: false, error: 'bad-sender' };
  // Chromium also reports `sender.origin`; when present it must agree with the URL.
  if (sender.origin !== undefined && sender.origin !== origin) {
    return { ok: false, error: 'bad-sender' };
  }
  const walletId = walletIdForOrigin(origin, settings);
  if (!walletId) return { ok: false, error: 'not-a-wallet' };
  if (settings.disabledWallets.includes(walletId)) return { ok: false, error: 'wallet-disabled' };
  return { ok: true, walletId, origin, tabId };
}

/** What the worker's own listeners (webRequest, webNavigation) know about where a load happened. */
export interface TabActivity {
  tabId: number;
  /** Firefox's webRequest reports it; Chromium's does not, so the tab is asked. */
  incognito?: boolean;
}

/**
 * Whether an outage or a visit the worker saw itself belongs to a private window. Unknown counts
 * as private: a tab that cannot be looked up (closed already, not a tab) records nothing rather
 * than something the policy forbids.
 */
export async function inPrivateTab(
  details: TabActivity,
  getTab: (tabId: number) => Promise<{ incognito: boolean }>,
): Promise<boolean> {
  if (details.incognito !== undefined) return details.incognito;
  if (details.tabId < 0) return true;
  try {
    return (await getTab(details.tabId)).incognito;
  } catch {
    return true;
  }
}
