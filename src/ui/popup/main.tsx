import { render } from 'preact';
import browser from 'webextension-polyfill';
import { readSettings } from '../../storage/settings';
import { resolveLanguage, setLanguage } from '../../wording/i18n';
import { popupRecordsDirect } from '../../storage/popup-records';
import { buildPopupState, readPopupView, savePopupView } from '../../views/popup-view';
import { loadLive } from './load-live';
import { PopupApp } from './popup-app';

/*
 * The popup answers "is my money OK?" at a glance, so its first paint waits for as little as
 * possible: the settings and the view it showed last (`storage.session`, a few ms), when nothing
 * it shows was written since (src/storage/view-stamp.ts). Without such a view it reads IndexedDB
 * directly (popup-records.ts), begun at once beside the other two reads and without Dexie, which
 * is most of the popup's code. Either way Dexie is loaded after the first paint, the database
 * read live and the view replaced (and saved by the live side, popup-app.tsx).
 */
// User Timing marks: `npm run bench` reads them to tell where the start-up time goes.
performance.mark('boot:start');
const direct = popupRecordsDirect().catch(() => undefined);
const [settings, view] = await Promise.all([
  readSettings(browser.storage.local).catch(() => undefined),
  readPopupView().catch(() => undefined),
]);
setLanguage(resolveLanguage(settings?.locale ?? 'auto', browser.i18n.getUILanguage()));
let initial = view;
if (view) performance.mark('boot:saved-view');
else {
  const records = await direct;
  if (records) {
    performance.mark('boot:direct-read');
    initial = buildPopupState(records);
  } else
    initial = await loadLive()
      .then(({ db }) => savePopupView(db))
      .catch(() => undefined);
}
performance.mark('boot:ready');
render(
  <PopupApp initial={initial} settings={settings} />,
  document.getElementById('app') as HTMLElement,
);
