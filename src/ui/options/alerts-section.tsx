import browser from 'webextension-polyfill';
import { useState } from 'preact/hooks';
import type { NotificationSettings, Settings } from '../../storage/settings';
import { t, type MessageKey } from '../i18n';
import { Section, Status } from './field';
import type { SaveSettings } from './use-settings';

const NOTIFY: ReadonlyArray<{ key: keyof NotificationSettings; label: MessageKey }> = [
  { key: 'critical', label: 'optionsNotifyCritical' },
  { key: 'warning', label: 'optionsNotifyWarning' },
  { key: 'info', label: 'optionsNotifyInfo' },
  { key: 'reminders', label: 'optionsNotifyReminders' },
];

const checked = (e: Event) => (e.target as HTMLInputElement).checked;

/** Notifications per severity, lookalike-domain warnings and screenshot evidence. */
export function AlertsSection(props: {
  settings: Settings;
  save: SaveSettings;
  permissions: string[];
}) {
  const { settings, save, permissions } = props;
  const [status, setStatus] = useState('');
  const navigation = permissions.includes('webNavigation');

  const notify = (key: keyof NotificationSettings, on: boolean) =>
    void save((current) => ({ notifications: { ...current.notifications, [key]: on } })).then(() =>
      setStatus(t('optionsSaved')),
    );

  const lookalike = (on: boolean) => {
    setStatus('');
    if (!on) {
      void save({ lookalikeWarnings: false })
        .then(() => browser.permissions.remove({ permissions: ['webNavigation'] }))
        .then(() => setStatus(t('optionsLookalikeOff')))
        .catch(() => undefined);
      return;
    }
    // Asked in the click itself: browsers refuse a permission request after an await.
    browser.permissions.request({ permissions: ['webNavigation'] }).then(
      async (granted) => {
        if (granted) await save({ lookalikeWarnings: true });
        setStatus(t(granted ? 'optionsLookalikeOn' : 'optionsLookalikeDenied'));
      },
      () => setStatus(t('optionsLookalikeDenied')),
    );
  };

  const lookalikeOn = settings.lookalikeWarnings && navigation;
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
            onChange={(e) =>
              void save({ screenshotEvidence: checked(e) }).then(() => setStatus(t('optionsSaved')))
            }
          />
          {t('optionsScreenshot')}
        </label>
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
