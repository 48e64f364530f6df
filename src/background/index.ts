import browser, { type Runtime } from 'webextension-polyfill';
import { openDb } from '../storage/db';
import { refreshBadge } from './badge';
import { handleContentMessage, type DoorDeps } from './handle-content-message';
import { outageEvent, WATCHED_TYPES, type RequestInfo } from './outages';
import { recordEvent } from './recorder';
import { createRejectionCounter } from './rejections';
import { readSettings } from '../storage/settings';

/*
 * Wiring only. Every listener is registered synchronously at the top level so that an event
 * which wakes the stopped worker finds its listener; nothing that matters lives in memory,
 * because the worker is stopped after 30 s idle.
 */
const db = openDb();
const BADGE_ALARM = 'refresh-badge';

const updateBadge = () => refreshBadge(db, browser.action, Date.now()).catch(() => undefined);

const deps: DoorDeps = {
  db,
  extensionId: browser.runtime.id,
  local: browser.storage.local,
  session: browser.storage.session,
  rejections: createRejectionCounter(browser.storage.local),
  now: () => Date.now(),
  onStored: (event) => {
    if (event.kind.startsWith('login.')) void updateBadge();
  },
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Extension pages talk to storage directly; only content scripts (senders with a tab) come here.
  if (!sender.tab) return undefined;
  return handleContentMessage(message, sender, deps);
});

async function recordOutage(details: RequestInfo) {
  const event = outageEvent(details, await readSettings(browser.storage.local), Date.now());
  if (event) await recordEvent(db, event).catch(() => undefined);
}

// The browser only reports requests to hosts the extension may access: the catalog's (and the
// user's own sites), so the broad pattern here widens nothing.
const requestFilter = { urls: ['https://*/*'], types: [...WATCHED_TYPES] };
browser.webRequest.onCompleted.addListener((details) => {
  if (details.statusCode >= 500) void recordOutage(details as RequestInfo);
}, requestFilter);
browser.webRequest.onErrorOccurred.addListener((details) => {
  void recordOutage(details as RequestInfo);
}, requestFilter);

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === BADGE_ALARM) void updateBadge();
});

function ensureAlarms() {
  // Failures age out of the 24 h window even when nothing new happens.
  void browser.alarms.create(BADGE_ALARM, { periodInMinutes: 15 });
  void updateBadge();
}

browser.runtime.onInstalled.addListener(ensureAlarms);
browser.runtime.onStartup.addListener(ensureAlarms);
