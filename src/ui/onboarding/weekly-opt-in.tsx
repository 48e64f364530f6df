import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { updateSettings } from '../../storage/settings';
import { t } from '../../wording/i18n';

/** The weekly summary, offered at the start and off unless the person ticks it (issue 16). */
export function WeeklyOptIn({ initial }: { initial: boolean }) {
  const [on, setOn] = useState(initial);
  const [status, setStatus] = useState('');
  const change = (next: boolean) => {
    setOn(next);
    setStatus('');
    updateSettings(browser.storage.local, { weeklySummary: next }).then(
      () => setStatus(t(next ? 'onboardingWeeklyOn' : 'onboardingWeeklyOff')),
      () => {
        setOn(!next);
        setStatus(t('onboardingWeeklyFailed'));
      },
    );
  };
  return (
    <section aria-labelledby="weekly-heading" class="card">
      <h2 id="weekly-heading">{t('onboardingWeeklyTitle')}</h2>
      <label class="check">
        <input
          type="checkbox"
          id="weekly-opt-in"
          checked={on}
          onChange={(e) => change(e.currentTarget.checked)}
        />{' '}
        {t('onboardingWeeklyLabel')}
      </label>
      <p class="meta" role="status">
        {status}
      </p>
    </section>
  );
}
