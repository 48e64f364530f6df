import type { Browser } from 'webextension-polyfill';
import type { SentinelDb } from '../storage/db';
import { readSettings } from '../storage/settings';
import { readWeeklySummary, WEEK, type WeeklySummary } from '../views/weekly-summary';
import { resolveLanguage, setLanguage, t } from '../wording/i18n';
import { weeklyLines, weeklyTitle } from '../wording/weekly-text';

/**
 * The weekly summary's notification (opt-in: `settings.weeklySummary`). An alarm checks every few
 * hours (a browser restarted daily would never see a weekly alarm fire); the first week starts
 * when the person opts in, and each summary is sent once, seven days after the last. Clicking it
 * opens the log's "This week" section, which counts as a review (`review-overdue`).
 */
export const WEEKLY_ALARM = 'weekly-summary';
export const WEEKLY_CHECK_MINUTES = 6 * 60;
const LAST_KEY = 'weeklySummaryAt';
export const WEEKLY_NOTIFICATION_PREFIX = 'weekly:';

export async function runWeeklySummary(
  api: Browser,
  db: SentinelDb,
  now: number,
  failed: (error: unknown) => void,
): Promise<WeeklySummary | undefined> {
  const settings = await readSettings(api.storage.local);
  const last = (await api.storage.local.get(LAST_KEY))[LAST_KEY];
  if (!settings.weeklySummary) {
    if (last !== undefined) await api.storage.local.remove(LAST_KEY);
    return undefined;
  }
  if (typeof last !== 'number' || !Number.isFinite(last) || last > now) {
    await api.storage.local.set({ [LAST_KEY]: now });
    return undefined;
  }
  if (now - last < WEEK) return undefined;
  const summary = await readWeeklySummary(db, now);
  await api.storage.local.set({ [LAST_KEY]: now });
  if (!api.notifications) return summary;
  setLanguage(resolveLanguage(settings.locale, api.i18n.getUILanguage()));
  await api.notifications
    .create(`${WEEKLY_NOTIFICATION_PREFIX}${now}`, {
      type: 'basic',
      iconUrl: api.runtime.getURL('icons/128.png'),
      title: weeklyTitle(summary),
      // Counts only: no amounts or addresses in the system's notification centre.
      message: [...weeklyLines(summary).slice(0, 2), t('weeklyNotificationMore')].join('\n'),
    })
    .catch(failed);
  return summary;
}

/** Clicking the summary opens the log at "This week". */
export async function openWeeklyFromNotification(api: Browser, id: string): Promise<boolean> {
  if (!id.startsWith(WEEKLY_NOTIFICATION_PREFIX)) return false;
  await api.notifications.clear(id).catch(() => undefined);
  await api.tabs.create({ url: api.runtime.getURL('log.html#this-week') });
  return true;
}
