import browser, { type Permissions } from 'webextension-polyfill';
import { useState } from 'preact/hooks';
import { ALL_URLS, type NotificationSettings, type Settings } from '../../storage/settings';
import { t, type MessageKey } from '../../wording/i18n';
import { Section, Status } from './field';
import type { SaveSettings } from './use-settings';

const NOTIFY: ReadonlyArray<{ key: keyof NotificationSettings; label: MessageKey }> = [
  { key: 'critical', label: 'optionsNotifyCritical' },
  { key: 'limits', label: 'optionsNotifyLimits' },
  { key: 'warning', label: 'optionsNotifyWarning' },
  { key: 'info', label: 'optionsNotifyInfo' },
  { key: 'reminders', label: 'optionsNotifyReminders' },
];

const checked = (e: Event) => (e.target as HTMLInputElement).checked;

/**
 * A switch that needs an optional permission: turned on, the permission is asked for in the click
 * itself (browsers refuse a request after an await) and the setting saved only if granted;
 * turned off, the setting is saved and the permission given back. `say` tells the outcome.
 */
function permissionSwitch(
  on: boolean,
  {
    wants,
    giveBack,
    store,
    say,
    said,
  }: {
    wants: Permissions.Permissions;
    giveBack: () => Promise<unknown>;
    store: (on: boolean) => Promise<unknown>;
    say: (text: string) => void;
    said: Record<'on' | 'off' | 'denied', MessageKey>;
  },
): void {
  if (!on) {
    void store(false)
      .then(giveBack)
      .then(() => say(t(said.off)))
      .catch(() => undefined);
    return;
  }
  browser.permissions.request(wants).then(
    async (granted) => {
      if (granted) await store(true);
      say(t(granted ? said.on : said.denied));
    },
    () => say(t(said.denied)),
  );
}

/** Notifications per severity, lookalike-domain warnings and screenshot evidence. */
export function AlertsSection(props: {
  settings: Settings;
  save: SaveSettings;
  permissions: string[];
  origins: string[];
}) {
  const { settings, save, permissions, origins } = props;
  const [status, setStatus] = useState('');
  const [autoStatus, setAutoStatus] = useState('');
  const navigation = permissions.includes('webNavigation');
  const allUrls = origins.includes(ALL_URLS);

  const notify = (key: keyof NotificationSettings, on: boolean) =>
    void save((current) => ({ notifications: { ...current.notifications, [key]: on } })).then(() =>
      setStatus(t('optionsSaved')),
    );

  const lookalike = (on: boolean) => {
    setStatus('');
    permissionSwitch(on, {
      wants: { permissions: ['webNavigation'] },
      giveBack: () => browser.permissions.remove({ permissions: ['webNavigation'] }),
      store: (value) => save({ lookalikeWarnings: value }),
      say: setStatus,
      said: {
        on: 'optionsLookalikeOn',
        off: 'optionsLookalikeOff',
        denied: 'optionsLookalikeDenied',
      },
    });
  };

  const dropAllUrls = () => browser.permissions.remove({ origins: [ALL_URLS] }).catch(() => false);

  const screenshots = (on: boolean) => {
    setStatus('');
    setAutoStatus('');
    if (on) {
      void save({ screenshotEvidence: true }).then(() => setStatus(t('optionsSaved')));
      return;
    }
    // Without screenshots there is nothing to take automatically: that switch goes off too, and
    // the permission it asked for is given back.
    void save({ screenshotEvidence: false, screenshotAuto: false })
      .then(() => (allUrls ? dropAllUrls() : undefined))
      .then(() => setStatus(t('optionsSaved')))
      .catch(() => undefined);
  };

  const autoShots = (on: boolean) => {
    setStatus('');
    setAutoStatus('');
    permissionSwitch(on, {
      wants: { origins: [ALL_URLS] },
      giveBack: dropAllUrls,
      store: (value) => save({ screenshotAuto: value }),
      say: setAutoStatus,
      said: {
        on: 'optionsScreenshotAutoOn',
        off: 'optionsScreenshotAutoOff',
        denied: 'optionsScreenshotAutoDenied',
      },
    });
  };

  const lookalikeOn = settings.lookalikeWarnings && navigation;
  const autoOn = settings.screenshotEvidence && settings.screenshotAuto && allUrls;
  return (
    <Section id="alerts" title={t('optionsAlertsTitle')}>
      <fieldset>
        <legend>{t('optionsNotifyLegend')}</legend>
        <p class="hint">{t('optionsNotifyHint')}</p>
        {NOTIFY.map(({ key, label }) => (
          <label key={key} class="check">
            <input
              type="checkbox"
              name={`notify-${key}`}
              checked={settings.notifications[key]}
              onChange={(e) => notify(key, checked(e))}
            />
            {t(label)}
          </label>
        ))}
        <label class="check">
          <input
            type="checkbox"
            id="weekly-summary"
            checked={settings.weeklySummary}
            aria-describedby="weekly-summary-hint"
            onChange={(e) => void save({ weeklySummary: checked(e) })}
          />
          {t('optionsWeeklySummary')}
        </label>
        <p id="weekly-summary-hint" class="hint">
          {t('optionsWeeklySummaryHint')}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('optionsLookalikeLegend')}</legend>
        <label class="check">
          <input
            type="checkbox"
            id="lookalike"
            checked={lookalikeOn}
            aria-describedby="lookalike-hint"
            onChange={(e) => lookalike(checked(e))}
          />
          {t('optionsLookalike')}
        </label>
        <p id="lookalike-hint" class="hint">
          {t('optionsLookalikeHint')}
        </p>
        {settings.lookalikeWarnings && !navigation && (
          <p class="warn-text">{t('optionsLookalikeRevoked')}</p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('optionsScreenshotLegend')}</legend>
        <label class="check">
          <input
            type="checkbox"
            id="screenshot"
            checked={settings.screenshotEvidence}
            aria-describedby="screenshot-what"
            onChange={(e) => screenshots(checked(e))}
          />
          {t('optionsScreenshot')}
        </label>
        <label class="check">
          <input
            type="checkbox"
            id="screenshot-auto"
            checked={autoOn}
            disabled={!settings.screenshotEvidence}
            aria-describedby="screenshot-auto-hint screenshot-auto-status"
            onChange={(e) => autoShots(checked(e))}
          />
          {t('optionsScreenshotAuto')}
        </label>
        <p id="screenshot-auto-hint" class="hint">
          {t('optionsScreenshotAutoHint')}
        </p>
        <p id="screenshot-auto-status" class="hint" role="status" aria-live="polite">
          {autoStatus}
        </p>
        {settings.screenshotEvidence && settings.screenshotAuto && !allUrls && (
          <p class="warn-text">{t('optionsScreenshotAutoRevoked')}</p>
        )}
        <div id="screenshot-what" class="hint">
          <p>{t('optionsScreenshotWhat')}</p>
          <ul>
            <li>{t('optionsScreenshotWhen')}</li>
            <li>{t('optionsScreenshotShows')}</li>
            <li>{t('optionsScreenshotNever')}</li>
            <li>{t('optionsScreenshotWhere')}</li>
          </ul>
        </div>
      </fieldset>
      <Status text={status} />
    </Section>
  );
}
