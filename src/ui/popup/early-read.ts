import { popupRecordsDirect } from '../../storage/popup-records';
import { readSettings, type SettingsArea } from '../../storage/settings';
import { readPopupView } from '../../views/popup-view';

/**
 * Imported first by main.tsx, so these reads start before the rest of the popup's code is
 * evaluated and overlap that evaluation instead of following it (issue 15): the settings, the
 * saved view, and the database read used when no saved view is current (unused otherwise).
 * The browser's own `storage` here, not the polyfill's: it is not loaded yet.
 */
performance.mark('boot:early-read');
const scope = globalThis as { browser?: { storage: { local: SettingsArea } } } & {
  chrome?: { storage: { local: SettingsArea } };
};
const local = (scope.browser ?? scope.chrome)?.storage.local;

export const earlySettings = local ? readSettings(local).catch(() => undefined) : undefined;
export const earlyView = readPopupView().catch(() => undefined);
export const directRecords = popupRecordsDirect().catch(() => undefined);
