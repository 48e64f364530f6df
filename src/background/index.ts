import browser, { type Runtime } from 'webextension-polyfill';
import { CASE_ALARM_PREFIX } from '../storage/case-types';
import { openDb } from '../storage/db';
import type { NewEvent, StoredEvent } from '../storage/event-types';
import { effectiveRuleSettings, migrateStoredSettings, readSettings } from '../storage/settings';
import { isSyncKey, pullSettings, pushSettings } from '../storage/settings-sync';
import { pruneExpired } from '../storage/retention';
import { readUiState, updateUiState } from '../storage/ui-state';
import { refreshBadge } from './badge';
import { createAutoCapture, type AutoCaptureApi } from './auto-capture';
import { CAPTURE_COMMAND, captureTab } from './capture';
import { refreshWallet } from './findings';
import { reconcileInTurn, type CustomSiteApi } from './custom-sites';
import { handleContentMessage, type DoorDeps } from './handle-content-message';
import { lookalikeVisit } from './lookalike-visits';
import { notifyCapture, notifyCritical, openFromNotification } from './notify';
import { outageEvent, WATCHED_TYPES, type RequestInfo } from './outages';
import { flushHeld, FLUSH_ALARM, storeOrHold } from './storage-full';
import { refreshTimeFindings, scheduleCaseAlarms } from './time-findings';
import { createRejectionCounter } from './rejections';
import { inPrivateTab } from './sender';
import { savePopupView } from '../ui/popup/health';
import { saveFirstPage } from '../ui/log/list-loader';
import { EMPTY_VIEW, viewToFilter } from '../ui/log/log-view';

/*
 * Wiring only. Every listener is registered synchronously at the top level so that an event
 * which wakes the stopped worker finds its listener; nothing that matters lives in memory,
 * because the worker is stopped after 30 s idle.
 */
const db = openDb();
const BADGE_ALARM = 'refresh-badge';
const REMINDER_ALARM = 'reminders';
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const updateBadge = () => refreshBadge(db, browser.action).catch(() => undefined);

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
      .catch(() => undefined);
  }, 500);
}

/** Every stored event re-evaluates its wallet; new critical findings notify. */
async function afterStored(event: StoredEvent) {
  try {
    const settings = await readSettings(browser.storage.local);
    const rules = effectiveRuleSettings(settings, browserZone());
    const { created } = await refreshWallet(db, event.walletId, rules, Date.now());
    await notifyCritical(browser, created, settings);
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

const deps: DoorDeps = {
  db,
  extensionId: browser.runtime.id,
  local: browser.storage.local,
  session: browser.storage.session,
  rejections: createRejectionCounter(browser.storage.local),
  now: () => Date.now(),
  onStored: (event, tabId) => {
    if (tabId !== undefined) void autoCapture(event, tabId).catch(() => undefined);
    return afterStored(event).catch(() => undefined);
  },
  alarms: browser.alarms,
};

async function recordFromWorker(event: NewEvent | undefined) {
  if (!event) return;
  const { retentionDays } = await readSettings(browser.storage.local);
  const outcome = await storeOrHold(deps, event, undefined, retentionDays !== null, deps.onStored);
  if (!outcome.held && !outcome.duplicate) await afterStored(outcome.event);
}

/** Events held while storage was full (src/background/storage-full.ts): stored once there is room. */
async function flushWaiting() {
  const { retentionDays } = await readSettings(browser.storage.local);
  const { stored } = await flushHeld(deps, retentionDays !== null);
  for (const event of stored) await afterStored(event).catch(() => undefined);
}
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === FLUSH_ALARM) void flushWaiting().catch(() => undefined);
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Extension pages talk to storage directly; only content scripts (senders with a tab) come here.
  if (!sender.tab) return undefined;
  return handleContentMessage(message, sender, deps);
});

const getTab = (tabId: number) => browser.tabs.get(tabId);

async function recordOutage(details: RequestInfo) {
  const settings = await readSettings(browser.storage.local);
  const event = outageEvent(details, settings, Date.now());
  // Nothing from a private window is recorded; the tab is asked only when there is an event.
  if (!event || (await inPrivateTab(details, getTab))) return;
  await recordFromWorker(event).catch(() => undefined);
}

// The browser only reports requests to hosts the extension may access: the catalog's, the
// user's own sites, and every site while `<all_urls>` is granted for automatic screenshots;
// outageEvent keeps only a watched wallet's, so the broad pattern here records nothing more.
const requestFilter = { urls: ['https://*/*'], types: [...WATCHED_TYPES] };
browser.webRequest.onCompleted.addListener((details) => {
  if (details.statusCode >= 500) void recordOutage(details as RequestInfo);
}, requestFilter);
browser.webRequest.onErrorOccurred.addListener((details) => {
  void recordOutage(details as RequestInfo);
}, requestFilter);

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
    .catch(() => undefined);
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
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name !== NAVIGATION_ALARM || navigationAtStart) return;
  void browser.permissions
    .contains({ permissions: ['webNavigation'] })
    .then((granted) => granted && wakeForNavigation())
    .catch(() => undefined);
});
browser.permissions.onAdded.addListener((granted) => {
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
});

// The user's own sites: content scripts follow the settings and the granted origins; settings
// (never events) follow storage.sync, newest copy winning (src/storage/settings-sync.ts).
const followCustomSites = () =>
  void reconcileInTurn(browser as unknown as CustomSiteApi, () =>
    readSettings(browser.storage.local),
  ).catch(() => undefined);
const pushToSync = () =>
  void pushSettings(browser.storage.local, browser.storage.sync, Date.now()).catch(() => undefined);
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && 'settings' in changes) {
    followCustomSites();
    pushToSync();
  }
  if (area === 'sync' && Object.keys(changes).some(isSyncKey))
    void pullSettings(browser.storage.local, browser.storage.sync, Date.now()).catch(
      () => undefined,
    );
});
browser.permissions.onAdded.addListener(followCustomSites);
browser.permissions.onRemoved.addListener(followCustomSites);

browser.notifications?.onClicked.addListener((id) => void openFromNotification(browser, id));

/** The time rules: an appeal past its deadline, a log not reviewed for a month. */
async function refreshReminders() {
  try {
    const settings = await readSettings(browser.storage.local);
    const ui = await readUiState(browser.storage.local);
    const created = await refreshTimeFindings(db, settings, ui, Date.now());
    await notifyCritical(browser, created, settings);
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
      await notifyCapture(browser, result, settings);
    })
    .catch(() => undefined);
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === BADGE_ALARM) void updateBadge();
  // The hourly check is the backstop; a case's own alarm fires at its deadline.
  if (alarm.name === REMINDER_ALARM || alarm.name.startsWith(CASE_ALARM_PREFIX))
    void refreshReminders().catch(() => undefined);
});

// Retention (src/storage/retention.ts): events older than settings.retentionDays go, oldest first,
// each pruning recorded as a chain gap. A minute after every start, then daily: a daily alarm
// re-created at each start would never fire in a browser restarted more often than that.
const RETENTION_ALARM = 'retention';
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name !== RETENTION_ALARM) return;
  void readSettings(browser.storage.local)
    .then(({ retentionDays }) => pruneExpired(db, retentionDays, Date.now()))
    .catch(() => undefined);
});
const scheduleRetention = () =>
  void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
browser.runtime.onInstalled.addListener(scheduleRetention);
browser.runtime.onStartup.addListener(scheduleRetention);

// Alarms may not survive a browser restart: both are made anew at every start.
function ensureAlarms() {
  void browser.alarms.create(BADGE_ALARM, { periodInMinutes: 15 });
  void flushWaiting().catch(() => undefined);
  void browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 60 });
  void refreshReminders().catch(() => undefined);
  // Settings of an older version are rewritten first; own sites and sync then follow them.
  void migrateStoredSettings(browser.storage.local)
    .then(() => {
      followCustomSites();
      pushToSync();
    })
    .catch(() => undefined);
}

browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') {
    void updateUiState(browser.storage.local, { installedAt: Date.now() }).catch(() => undefined);
    void browser.tabs
      .create({ url: browser.runtime.getURL('onboarding.html') })
      .catch(() => undefined);
  }
  ensureAlarms();
});
browser.runtime.onStartup.addListener(ensureAlarms);
