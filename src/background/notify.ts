import type { Browser } from 'webextension-polyfill';
import { TIME_RULE_IDS } from '../rules/time-rules';
import { describeCapture, type CaptureResult } from '../storage/capture';
import type { Finding } from '../model/event-types';
import type { Settings } from '../storage/settings';
import { findingTitle } from '../wording/finding-title';
import { resolveLanguage, setLanguage, t } from '../wording/i18n';
import { walletName } from '../wording/wallet-name';

const PREFIX = 'finding:';

/** A daily or monthly limit the user set was passed (not the site's own limit notice). */
export function isOwnLimitOverrun(finding: Finding): boolean {
  return (
    (finding.ruleId === 'withdrawal-limit-daily' ||
      finding.ruleId === 'withdrawal-limit-monthly') &&
    finding.params?.source !== 'site'
  );
}

/** Whether the user's switches (options page) want a notification for this new finding. */
export function wantsNotification(finding: Finding, settings: Settings): boolean {
  if ((TIME_RULE_IDS as readonly string[]).includes(finding.ruleId))
    return settings.notifications.reminders;
  if (isOwnLimitOverrun(finding) && settings.notifications.limits) return true;
  return settings.notifications[finding.severity];
}

/**
 * One browser notification per new finding of a severity the user wants notified (by default
 * critical ones and going over a limit the user set) and per reminder (an overdue recovery
 * case, the periodic review), in the user's language. The text says
 * what kind of thing happened and on which wallet; the details (amounts, addresses) stay in
 * the extension, not in the system's notification centre.
 */
export async function notifyCritical(
  api: Browser,
  created: Finding[],
  settings: Settings,
  failed: (error: unknown) => void,
) {
  const wanted = created.filter((f) => wantsNotification(f, settings));
  if (wanted.length === 0 || !api.notifications) return;
  const language = resolveLanguage(settings.locale, api.i18n.getUILanguage());
  setLanguage(language);
  for (const finding of wanted) {
    await api.notifications
      .create(`${PREFIX}${finding.id}`, {
        type: 'basic',
        iconUrl: api.runtime.getURL('icons/128.png'),
        title: findingTitle(finding.ruleId),
        message: t('notificationMessage', walletName(finding.walletId, language)),
        priority: 2,
      })
      .catch(failed);
  }
}

/**
 * What became of the screenshot the user asked for with the keyboard shortcut, when no page of
 * ours is open to say it: saved (and of which wallet) or why not. No site text in it.
 */
export async function notifyCapture(
  api: Browser,
  result: CaptureResult,
  settings: Settings,
  failed: (error: unknown) => void,
) {
  if (!api.notifications) return;
  const language = resolveLanguage(settings.locale, api.i18n.getUILanguage());
  setLanguage(language);
  await api.notifications
    .create(`capture:${Date.now()}`, {
      type: 'basic',
      iconUrl: api.runtime.getURL('icons/128.png'),
      title: t('popupCaptureHeading'),
      message: describeCapture(result, (id) => walletName(id, language)),
    })
    .catch(failed);
}

/** Clicking a notification opens the popup on the finding (in a tab where no popup can open). */
export async function openFromNotification(api: Browser, notificationId: string) {
  if (!notificationId.startsWith(PREFIX)) return;
  // Already gone (the user closed it, or the system did): nothing left to clear.
  await api.notifications.clear(notificationId).catch(() => undefined);
  const action = api.action as typeof api.action & { openPopup?: () => Promise<void> };
  try {
    if (action.openPopup) return await action.openPopup();
  } catch {
    // No focused browser window, or the browser refuses without a gesture: fall through.
  }
  const id = encodeURIComponent(notificationId.slice(PREFIX.length));
  await api.tabs.create({ url: api.runtime.getURL(`popup.html#finding=${id}`) });
}
