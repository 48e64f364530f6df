import { render } from 'preact';
import browser from 'webextension-polyfill';
import { readSettings } from '../../storage/settings';
import { resolveLanguage, setLanguage } from '../../wording/i18n';
import { buildPopupState, readPopupView, savePopupView } from '../../views/popup-view';
import { earlyReads, readAlready } from './early-read';
import { loadLive } from './load-live';
import { PopupApp } from './popup-app';

/*
 * The popup answers "is my money OK?" at a glance, so its first paint waits for as little as
 * possible: the settings and the view it showed last (`storage.session`, a few ms), when nothing
 * it shows was written since (src/storage/view-stamp.ts). Without such a view it reads IndexedDB
 * directly (popup-records.ts), without Dexie, which is most of the popup's code. All these reads
 * are begun by a small script of their own while this one is still fetched (early-read.ts).
 * Either way Dexie is loaded after the first paint, the database read live and the view
 * replaced (and saved by the live side, popup-app.tsx).
 */
const FIRST_READ_MAX_MS = 5_000;
// User Timing marks: `npm run bench` reads them to tell where the start-up time goes.
performance.mark('boot:start');
const early = earlyReads();
const [settings, view] = await Promise.all([
  early.settings
    .then((items) => readSettings(items ? readAlready(items) : browser.storage.local))
    .catch(() => undefined),
  early.session.then((items) => readPopupView(readAlready(items))).catch(() => undefined),
]);
setLanguage(resolveLanguage(settings?.locale ?? 'auto', browser.i18n.getUILanguage()));
let initial = view;
if (view) performance.mark('boot:saved-view');
else {
  const records = await early.records;
  if (records) {
    performance.mark('boot:direct-read');
    initial = buildPopupState(records);
  } else
    // Not for ever: a database that does not answer is said on the page (database-loss.tsx).
    initial = await Promise.race([
      loadLive().then(({ db }) => savePopupView(db)),
      new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_READ_MAX_MS)),
    ]).catch(() => undefined);
}
performance.mark('boot:ready');
render(
  <PopupApp initial={initial} settings={settings} fromSavedView={Boolean(view)} />,
  document.getElementById('app') as HTMLElement,
);
performance.mark('boot:rendered');
