import {
  openWeeklyFromNotification,
  runWeeklySummary,
  WEEKLY_ALARM,
  WEEKLY_CHECK_MINUTES,
} from './weekly-summary';
import browser, { type Runtime, type WebRequest } from 'webextension-polyfill';
import { CASE_ALARM_PREFIX } from '../model/case-types';
import { browserZone } from '../model/time';
import { openDb } from '../storage/db';
import { watchDatabase } from '../storage/checkpoint';
import type { NewEvent, StoredEvent } from '../model/event-types';
import { effectiveRuleSettings, migrateStoredSettings, readSettings } from '../storage/settings';
import { isSyncKey, pullSettings, pushSettings } from '../storage/settings-sync';
import { pruneExpired } from '../storage/retention';
import { readUiState, updateUiState } from '../storage/ui-state';
import { refreshBadge } from '../views/badge';
import { createAutoCapture, type AutoCaptureApi } from './auto-capture';
import { CAPTURE_COMMAND, captureTab } from '../storage/capture';
import { refreshWallet } from './findings';
import { reconcileInTurn, type CustomSiteApi } from './custom-sites';
import { handleContentMessage, type ContentMessageDeps } from './handle-content-message';
import { lookalikeVisit } from './lookalike-visits';
import { createDepartures } from './sign-in-departures';
import { walletIdForOrigin } from '../catalog/origins';
import { notifyCapture, notifyCritical, openFromNotification } from './notify';
import { outageEvent, WATCHED_TYPES, type RequestInfo } from './outages';
import { fetchSiteOf, forgetLanding, landingOf, rememberLanding } from './navigation-starts';
import { flushHeld, FLUSH_ALARM, FLUSH_REQUEST_KEY, storeEvent } from '../storage/store-event';
import { refreshTimeFindings, scheduleCaseAlarms } from './time-findings';
import { createRejectionCounter } from './rejections';
import { createReporter, type ReportScope } from './report';
import { alarmEntry, type AlarmEntry } from './alarm-table';
import { inPrivateTab } from './sender';
import { trustedHeld } from './held-trust';
import { closeStorageToContentScripts, removeLegacyOutbox } from './storage-access';
import { savePopupView } from '../views/popup-view';
import { saveFirstPage } from '../views/log-list';
import { EMPTY_VIEW, viewToFilter } from '../views/log-view';

/*
 * Wiring only. Every listener is registered synchronously at the top level so that an event
 * which wakes the stopped worker finds its listener; nothing that matters lives in memory,
 * because the worker is stopped after 30 s idle.
 */
const db = openDb();

// Before anything else: what the worker trusts in storage is not the content scripts' to write.
// The browser's own object, not the polyfill's: the polyfill knows no `setAccessLevel`.
const rawStorage =
  (globalThis as { chrome?: { storage?: typeof browser.storage } }).chrome?.storage ??
  browser.storage;
void closeStorageToContentScripts({
  local: rawStorage.local as never,
  sync: rawStorage.sync as never,
});
// A damaged or removed database is compared with its checkpoint now and before the first write
// on every new connection, and the loss recorded and shown once (src/storage/checkpoint.ts).
void watchDatabase(db, browser.storage.local, () => Date.now());
const BADGE_ALARM = 'refresh-badge';
const REMINDER_ALARM = 'reminders';
const RETENTION_ALARM = 'retention';

// Every path that fails ends here: a console warning and a count the options page shows.
const { report } = createReporter(browser.storage.local, () => Date.now());

const updateBadge = () => refreshBadge(db, browser.action).catch((e) => report('badge', e));

/**
 * The popup's first view and the log's first page (unfiltered), kept current after the worker's
 * writes so those pages open without waiting for the database (src/storage/view-stamp.ts).
 * Once per burst of events.
 */
let savedViewsTimer: ReturnType<typeof setTimeout> | undefined;
function refreshSavedViews() {
  clearTimeout(savedViewsTimer);
  savedViewsTimer = setTimeout(() => {
    void savePopupView(db)
      .then(() => saveFirstPage(db, viewToFilter(EMPTY_VIEW, Date.now(), browserZone()), new Set()))
      .catch((e) => report('saved-views', e));
  }, 500);
}

/** Every stored event re-evaluates its wallet; new critical findings notify. */
async function afterStored(event: StoredEvent) {
  try {
    const settings = await readSettings(browser.storage.local);
    const rules = effectiveRuleSettings(settings, browserZone());
    const { created } = await refreshWallet(db, event.walletId, rules, Date.now());
    await notifyCritical(browser, created, settings, (e) => report('notification', e));
  } finally {
    await updateBadge();
    refreshSavedViews();
  }
}

// Screenshots taken by themselves on a failure or notice (src/background/auto-capture.ts): only
// with the user's two switches on and the optional `<all_urls>` permission; no notification,
// since the user did not ask at that moment. Not awaited: the content script's answer does not
// wait for the picture.
const autoCapture = createAutoCapture({
  api: browser as unknown as AutoCaptureApi,
  db,
  session: browser.storage.session,
  settings: () => readSettings(browser.storage.local),
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
});

const deps: ContentMessageDeps = {
  db,
  extensionId: browser.runtime.id,
  local: browser.storage.local,
  session: browser.storage.session,
  rejections: createRejectionCounter(browser.storage.local),
  now: () => Date.now(),
  onStored: (event, tabId) => {
    if (tabId !== undefined) void autoCapture(event, tabId).catch((e) => report('auto-capture', e));
    return afterStored(event).catch((e) => report('after-stored', e));
  },
  alarms: browser.alarms,
  report,
  admitHeld: async (list) =>
    trustedHeld(list, await readSettings(browser.storage.local), Date.now(), (count) => {
      for (let i = 0; i < count; i += 1) deps.rejections.count('held-untrusted');
    }),
};

async function recordFromWorker(event: NewEvent | undefined) {
  if (!event) return;
  const { retentionDays } = await readSettings(browser.storage.local);
  const outcome = await storeEvent(deps, event, undefined, retentionDays !== null);
  if (!outcome.held && !outcome.duplicate) await afterStored(outcome.event);
  if (outcome.held) for (const stored of outcome.stored) await deps.onStored?.(stored);
}

/** Events held while storage was full (src/storage/store-event.ts): stored once there is room. */
async function flushWaiting() {
  const { retentionDays } = await readSettings(browser.storage.local);
  const { stored } = await flushHeld(deps, retentionDays !== null);
  for (const event of stored) await afterStored(event).catch((e) => report('after-stored', e));
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Extension pages talk to storage directly; only content scripts (senders with a tab) come here.
  if (!sender.tab) return undefined;
  return handleContentMessage(message, sender, deps);
});

const getTab = (tabId: number) => browser.tabs.get(tabId);

async function recordOutage(details: RequestInfo) {
  const settings = await readSettings(browser.storage.local);
  // A page's request: who started it, as its headers said (the outcome does not carry them).
  const landing =
    details.type === 'main_frame'
      ? await landingOf(browser.storage.session, details.tabId, details.requestId)
      : undefined;
  const event = outageEvent({ ...details, fetchSite: landing?.fetchSite }, settings, Date.now());
  // Nothing from a private window is recorded; the tab is asked only when there is an event.
  if (!event || (await inPrivateTab(details, getTab))) return;
  await recordFromWorker(event);
}

// The browser only reports requests to hosts the extension may access: the catalog's, the
// user's own sites, and every site while `<all_urls>` is granted for automatic screenshots;
// outageEvent keeps only a watched wallet's, so the broad pattern here records nothing more.
const requestFilter = { urls: ['https://*/*'], types: [...WATCHED_TYPES] };
browser.webRequest.onCompleted.addListener((details) => {
  if (details.statusCode >= 500)
    void recordOutage(details as RequestInfo).catch((e) => report('outage', e));
}, requestFilter);
browser.webRequest.onErrorOccurred.addListener((details) => {
  void recordOutage(details as RequestInfo).catch((e) => report('outage', e));
}, requestFilter);

// Who opened each tab's wallet page (src/background/navigation-starts.ts): the door refuses a
// notice from a page another site opened, and such a page's failure is no outage. Private
// windows are never recorded: Firefox says so here; in Chromium the door turns their messages
// away before it reads this, and closing the tab forgets it.
// Chromium shows `Sec-Fetch-*` only to listeners that ask for `extraHeaders` (Firefox has no
// such option and shows them anyway).
const sendHeadersOptions: WebRequest.OnSendHeadersOptions[] = ['requestHeaders'];
const extraHeaders = (browser.webRequest as { OnSendHeadersOptions?: { EXTRA_HEADERS?: string } })
  .OnSendHeadersOptions?.EXTRA_HEADERS;
if (extraHeaders) sendHeadersOptions.push(extraHeaders as WebRequest.OnSendHeadersOptions);
browser.webRequest.onSendHeaders.addListener(
  (details) => {
    if (details.tabId < 0 || (details as { incognito?: boolean }).incognito) return;
    const fetchSite = fetchSiteOf(details.requestHeaders);
    void rememberLanding(browser.storage.session, details.tabId, { ...details, fetchSite }).catch(
      (e) => report('landing', e),
    );
  },
  { urls: ['https://*/*'], types: ['main_frame'] },
  sendHeadersOptions,
);
browser.tabs.onRemoved.addListener((tabId) => {
  void forgetLanding(browser.storage.session, tabId).catch((e) => report('landing', e));
});
// A sign-in whose person left at once (issue 14, class 5; src/background/sign-in-departures.ts):
// the tab's top-level loads come from webRequest, which only reports the hosts the extension may
// access (the wallets'), so it wakes the worker for nothing else. Another site opened in the tab
// is seen by `tabs.onUpdated`, added only once a tab landed on an account page, so it does not
// wake the worker for every tab's every change; a tab's closing by `tabs.onRemoved` (no
// permission needed for either; the URL of a site we may not access reads as undefined).
const departures = createDepartures({
  session: browser.storage.session,
  walletOf: async () => {
    const settings = await readSettings(browser.storage.local);
    return (origin) => walletIdForOrigin(origin, settings);
  },
  record: recordFromWorker,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
});
const onTabUpdated = (tabId: number, _change: unknown, tab: { url?: string }) =>
  void departures.updated(tabId, tab.url).catch((e) => report('sign-in-outcome', e));
browser.webRequest.onResponseStarted.addListener(
  (details) => {
    if (details.frameId !== 0 || details.tabId < 0) return;
    void departures
      .load(details)
      .then((result) => {
        if (result === 'landed' && !browser.tabs.onUpdated.hasListener(onTabUpdated))
          browser.tabs.onUpdated.addListener(onTabUpdated);
      })
      .catch((e) => report('sign-in-outcome', e));
  },
  { urls: ['https://*/*'], types: ['main_frame'] },
);
browser.tabs.onRemoved.addListener(
  (tabId) => void departures.removed(tabId).catch((e) => report('sign-in-outcome', e)),
);

// Lookalike domains: `webNavigation` is optional and absent until granted. Registered at the top
// level when present; granted while this worker runs, it is registered at once.
// The permission alone is not enough: the user's switch in the options must be on too.
const onCommitted = (details: { url: string; frameId: number; tabId: number }) => {
  const visit = lookalikeVisit(details.url, details.frameId, Date.now());
  if (!visit) return;
  void readSettings(browser.storage.local)
    .then(async (settings) =>
      settings.lookalikeWarnings && !(await inPrivateTab(details, getTab))
        ? recordFromWorker(visit)
        : undefined,
    )
    .catch((e) => report('lookalike', e));
};
browser.webNavigation?.onCommitted.addListener(onCommitted);
// Firefox wakes its unloaded event page only for listeners added while the page started: one
// added later (the grant below) is forgotten at the next unload, and lookalike visits would
// go unseen until something else woke the page. So a grant during this run asks an alarm to wake
// the page again after it has been unloaded, until a start finds the permission. Chromium wakes
// its worker for such listeners anyway; the alarm then just finds it started with it.
const NAVIGATION_ALARM = 'navigation-listener';
const navigationAtStart = Boolean(browser.webNavigation);
const wakeForNavigation = () =>
  void browser.alarms.create(NAVIGATION_ALARM, { delayInMinutes: 0.5 });
async function keepWakingForNavigation() {
  if (navigationAtStart) return;
  if (await browser.permissions.contains({ permissions: ['webNavigation'] })) wakeForNavigation();
}
function followNavigation(granted: { permissions?: string[] }) {
  if (granted.permissions?.includes('webNavigation') && !navigationAtStart) wakeForNavigation();
  const navigation =
    (globalThis as { chrome?: { webNavigation?: typeof browser.webNavigation } }).chrome
      ?.webNavigation ?? browser.webNavigation;
  if (
    granted.permissions?.includes('webNavigation') &&
    navigation &&
    !navigation.onCommitted.hasListener(onCommitted)
  ) {
    navigation.onCommitted.addListener(onCommitted);
  }
}

// The user's own sites: content scripts follow the settings and the granted origins; settings
// (never events) follow storage.sync, newest copy winning (src/storage/settings-sync.ts).
const followCustomSites = () =>
  void reconcileInTurn(browser as unknown as CustomSiteApi, () =>
    readSettings(browser.storage.local),
  ).catch((e) => report('custom-sites', e));
const pushToSync = () =>
  void pushSettings(browser.storage.local, browser.storage.sync, Date.now()).catch((e) =>
    report('settings-sync', e),
  );
browser.storage.onChanged.addListener((changes, area) => {
  // A page deleted history: what waits may fit now (src/storage/store-event.ts).
  if (area === 'local' && FLUSH_REQUEST_KEY in changes)
    void flushWaiting().catch((e) => report('flush-held', e));
  if (area === 'local' && 'settings' in changes) {
    followCustomSites();
    pushToSync();
    // Opting in to the weekly summary starts its first week now; opting out forgets it.
    void runWeeklySummary(browser, db, Date.now(), (e) => report('notification', e)).catch((e) =>
      report('reminders', e),
    );
  }
  if (area === 'sync' && Object.keys(changes).some(isSyncKey))
    void pullSettings(browser.storage.local, browser.storage.sync, Date.now()).catch((e) =>
      report('settings-sync', e),
    );
});
browser.permissions.onAdded.addListener((granted) => {
  followNavigation(granted);
  followCustomSites();
});
browser.permissions.onRemoved.addListener(followCustomSites);

browser.notifications?.onClicked.addListener(
  (id) =>
    void openWeeklyFromNotification(browser, id)
      .then((opened) => (opened ? undefined : openFromNotification(browser, id)))
      .catch((e) => report('notification', e)),
);

/** The time rules: an appeal past its deadline, a log not reviewed for a month. */
async function refreshReminders() {
  try {
    const settings = await readSettings(browser.storage.local);
    const ui = await readUiState(browser.storage.local);
    const created = await refreshTimeFindings(db, settings, ui, Date.now());
    await notifyCritical(browser, created, settings, (e) => report('notification', e));
    await scheduleCaseAlarms(db, browser.alarms, Date.now());
  } finally {
    await updateBadge();
    refreshSavedViews();
  }
}

// The keyboard shortcut (manifest `commands`): a screenshot of the wallet page in front, as
// evidence. The shortcut lends the extension that tab (`activeTab`); the user hears back through
// a notification, since no page of ours is open.
browser.commands?.onCommand.addListener((command, tab) => {
  if (command !== CAPTURE_COMMAND || !tab) return;
  void readSettings(browser.storage.local)
    .then(async (settings) => {
      const result = await captureTab(browser, db, tab, settings, Date.now());
      await notifyCapture(browser, result, settings, (e) => report('notification', e));
    })
    .catch((e) => report('capture', e));
});

// Retention (src/storage/retention.ts): events older than settings.retentionDays go, oldest first,
// each pruning recorded as a chain gap. A minute after every start, then daily: a daily alarm
// re-created at each start would never fire in a browser restarted more often than that.
const pruneNow = () =>
  readSettings(browser.storage.local).then(({ retentionDays }) =>
    pruneExpired(db, retentionDays, Date.now()),
  );

/** Every alarm of the worker and what it runs (src/background/alarm-table.ts). */
const ALARMS: ReadonlyArray<AlarmEntry<ReportScope>> = [
  { name: BADGE_ALARM, scope: 'badge', run: updateBadge },
  { name: FLUSH_ALARM, scope: 'flush-held', run: flushWaiting },
  // The hourly check is the backstop; a case's own alarm fires at its deadline.
  { name: REMINDER_ALARM, scope: 'reminders', run: refreshReminders },
  { name: CASE_ALARM_PREFIX, prefix: true, scope: 'reminders', run: refreshReminders },
  { name: RETENTION_ALARM, scope: 'retention', run: pruneNow },
  { name: NAVIGATION_ALARM, scope: 'lookalike', run: keepWakingForNavigation },
  {
    name: WEEKLY_ALARM,
    scope: 'reminders',
    run: () => runWeeklySummary(browser, db, Date.now(), (e) => report('notification', e)),
  },
];
browser.alarms.onAlarm.addListener(({ name }) => {
  const entry = alarmEntry(ALARMS, name);
  if (entry) void entry.run().catch((e) => report(entry.scope, e));
});

// Alarms may not survive a browser restart: all are made anew at every start.
function ensureAlarms() {
  void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  void browser.alarms.create(BADGE_ALARM, { periodInMinutes: 15 });
  void flushWaiting().catch((e) => report('flush-held', e));
  void removeLegacyOutbox(browser.storage.local).catch((e) => report('install', e));
  void browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 60 });
  void browser.alarms.create(WEEKLY_ALARM, {
    delayInMinutes: 2,
    periodInMinutes: WEEKLY_CHECK_MINUTES,
  });
  void refreshReminders().catch((e) => report('reminders', e));
  // Settings of an older version are rewritten first; own sites and sync then follow them.
  void migrateStoredSettings(browser.storage.local)
    .then(() => {
      followCustomSites();
      pushToSync();
    })
    .catch((e) => report('settings-migration', e));
}

browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') {
    void updateUiState(browser.storage.local, { installedAt: Date.now() }).catch((e) =>
      report('install', e),
    );
    void browser.tabs
      .create({ url: browser.runtime.getURL('onboarding.html') })
      .catch((e) => report('install', e));
  }
  ensureAlarms();
});
browser.runtime.onStartup.addListener(ensureAlarms);
