import { t } from '../wording/i18n';
import type { SentinelDb } from './db';
import { recentTrouble, saveScreenshot } from './screenshots';
import type { Settings } from './settings';
import { walletIdForOrigin } from '../catalog/origins';

/** The manifest's `commands` entry for the screenshot shortcut. */
export const CAPTURE_COMMAND = 'capture-evidence';

/** The tab the user asked to capture: the keyboard shortcut's tab, or the popup's active tab. */
export interface CaptureTab {
  windowId?: number;
  url?: string;
  incognito?: boolean;
}

export interface CaptureApi {
  tabs: {
    captureVisibleTab(
      windowId: number | undefined,
      options: { format: 'jpeg' | 'png'; quality?: number },
    ): Promise<string>;
  };
}

export type CaptureResult =
  | { ok: true; id: number; walletId: string; context: boolean }
  | { ok: false; reason: 'off' | 'not-wallet' | 'private' | 'refused' };

const DATA_URL = /^data:(image\/(?:jpeg|png));base64,([A-Za-z0-9+/=]+)$/;

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Takes a picture of the visible part of a watched wallet page, because the user asked: the
 * browser lends the tab for that one gesture (`activeTab`, granted by the toolbar popup or the
 * keyboard shortcut). Only with the user's switch on (options), only on a catalog wallet or a
 * site the user added, never in a private window. The picture is linked to the wallet's newest
 * failure or notice of the last minutes, the thing it is evidence of.
 */
export async function captureTab(
  api: CaptureApi,
  db: SentinelDb,
  tab: CaptureTab,
  settings: Settings,
  now: number,
): Promise<CaptureResult> {
  if (!settings.screenshotEvidence) return { ok: false, reason: 'off' };
  if (tab.incognito) return { ok: false, reason: 'private' };
  let url: URL;
  try {
    url = new URL(tab.url ?? '');
  } catch {
    return { ok: false, reason: 'not-wallet' };
  }
  const walletId = walletIdForOrigin(url.origin, settings);
  if (!walletId) return { ok: false, reason: 'not-wallet' };
  let dataUrl: string;
  try {
    dataUrl = await api.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: 85 });
  } catch {
    // No gesture granted the tab, or the tab changed under us.
    return { ok: false, reason: 'refused' };
  }
  const match = DATA_URL.exec(dataUrl);
  if (!match) return { ok: false, reason: 'refused' };
  const bytes = Uint8Array.from(atob(match[2] as string), (c) => c.charCodeAt(0));
  const trouble = await recentTrouble(db, walletId, now);
  const id = await saveScreenshot(db, {
    at: now,
    walletId,
    origin: url.origin,
    path: url.pathname,
    type: match[1] as string,
    bytes,
    sha256: await sha256Hex(bytes),
    ...(trouble ? { eventId: trouble.id } : {}),
  });
  return { ok: true, id, walletId, context: trouble !== undefined };
}

/** What the user is told after asking for a screenshot, in the current language. */
export function describeCapture(result: CaptureResult, walletLabel: (id: string) => string) {
  if (result.ok) return t('captureSaved', walletLabel(result.walletId));
  const text = {
    off: () => t('captureOff'),
    'not-wallet': () => t('captureNotWallet'),
    private: () => t('capturePrivate'),
    refused: () => t('captureRefused'),
  };
  return text[result.reason]();
}
