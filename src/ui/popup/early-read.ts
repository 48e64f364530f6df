import type { PopupRecords } from '../../storage/popup-records';
import { popupRecordsDirect } from '../../storage/popup-records';
import { SETTINGS_KEY } from '../../storage/settings-key';
import { VIEW_STAMP_KEY } from '../../storage/view-stamp';
import { POPUP_VIEW_KEY } from '../../views/popup-view';

/**
 * The popup's first reads (issue 15): the settings, the saved view and the database's records,
 * the last used only when no saved view is current (src/storage/view-stamp.ts). They are begun
 * by `popup-early.js` (early.ts), a small classic script the page loads `async` in its head, so
 * they run while the page is parsed and popup.js is fetched and compiled: opening IndexedDB, the
 * slowest of them, overlaps that instead of following it. main.tsx begins them itself if that
 * script has not run yet.
 *
 * Only raw reads: main.tsx checks what they found with the code it uses without them
 * (readSettings, readPopupView), so nothing here decides what the popup shows.
 */
export interface EarlyReads {
  /** `storage.local.get(settings)`; undefined when that failed. */
  settings: Promise<Record<string, unknown> | undefined>;
  /** `storage.session.get([viewStamp, popupView])`; undefined when that failed. */
  session: Promise<Record<string, unknown> | undefined>;
  /** The database's records (storage/popup-records.ts); undefined when it cannot be read so. */
  records: Promise<PopupRecords | undefined>;
}

interface Area {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
}
interface Scope {
  browser?: { storage?: { local?: Area; session?: Area } };
  chrome?: { storage?: { local?: Area; session?: Area } };
  walletSentinelPopupEarly?: EarlyReads;
}

/** The reads, begun now by the first caller (popup-early.js, else main.tsx). */
export function earlyReads(scope = globalThis as Scope): EarlyReads {
  if (scope.walletSentinelPopupEarly) return scope.walletSentinelPopupEarly;
  performance.mark('boot:early-read');
  // The browser's own `storage`: the polyfill is not loaded here (both answer with promises).
  const storage = (scope.browser ?? scope.chrome)?.storage;
  const read = (area: Area | undefined, keys: string | string[]) =>
    Promise.resolve()
      .then(() => area?.get(keys))
      .catch(() => undefined);
  return (scope.walletSentinelPopupEarly = {
    settings: read(storage?.local, SETTINGS_KEY),
    session: read(storage?.session, [VIEW_STAMP_KEY, POPUP_VIEW_KEY]),
    records: popupRecordsDirect().catch(() => undefined),
  });
}

/**
 * A storage area whose `get` answers what was read already, for readSettings and readView (they
 * ask for the same keys). Fails when the read did.
 */
export function readAlready(items: Record<string, unknown> | undefined) {
  return {
    get: () => (items ? Promise.resolve(items) : Promise.reject(new Error('not read'))),
    set: () => Promise.reject(new Error('read only')),
  };
}
