import { PageFooter, PageHeader, SkipLink } from '../components/page-frame';
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../storage/settings';
import {
  language,
  resolveLanguage,
  setLanguage,
  t,
  type Language,
  type MessageKey,
} from '../../wording/i18n';
import { AlertsSection } from './alerts-section';
import { BackupSection } from './backup-section';
import { DiagnosticsSection } from './diagnostics-section';
import { GeneralSection, LanguageField } from './general-section';
import { LimitsSection } from './limits-section';
import { SitesSection } from './sites-section';
import { ThresholdsSection } from './thresholds-section';
import { useGranted, useSettings, type Granted } from './use-settings';
import { WalletsSection } from './wallets-section';
import { StorageStatusNotice } from '../components/storage-status';
import { DatabaseLossNotice } from '../components/database-loss';
import { checkOnPage } from '../components/database-check';
import { loadParts } from '../components/boot';

/**
 * In the order people need them (issue 15): the limits the welcome page asks them to set, then
 * which wallets are watched, then the rest; the statistical thresholds come last but two, folded.
 */
const SECTIONS: ReadonlyArray<[id: string, title: MessageKey]> = [
  ['limits', 'optionsLimitsTitle'],
  ['wallets', 'optionsWalletsTitle'],
  ['sites', 'optionsSitesTitle'],
  ['alerts', 'optionsAlertsTitle'],
  ['general', 'optionsGeneralTitle'],
  ['thresholds', 'optionsAdvancedTitle'],
  ['backup', 'optionsBackupTitle'],
  ['diagnostics', 'optionsDiagnosticsTitle'],
];

/**
 * The language the page shows: the setting's, as soon as that language's strings are loaded
 * (a switch in the language menu applies at once, without a reload that would drop edits).
 */
function useShownLanguage(settings: Settings): Language {
  const wanted = resolveLanguage(settings.locale, browser.i18n.getUILanguage());
  const [shown, setShown] = useState<Language>(language());
  useEffect(() => {
    if (wanted === shown) return;
    // bootPage loaded the strings of the language the page started in; this adds the other.
    loadParts('options', wanted)
      .then(() => setShown(wanted))
      .catch(() => undefined);
  }, [wanted]);
  return shown;
}

/**
 * The options page: one section per concern. One saving model: every setting is saved as soon as
 * it is changed and says "Saved" beside it (field.tsx, SaveNote); no Save buttons.
 */
export function OptionsApp({
  initial,
  granted: grantedAtStart,
}: {
  initial: Settings;
  granted: Granted;
}) {
  const { settings, save } = useSettings(initial);
  const granted = useGranted(grantedAtStart);
  // Keying the page on the language re-renders every string when it changes.
  const lang = useShownLanguage(settings);
  setLanguage(lang);
  document.title = `${t('optionsTitle')} · ${t('extName')}`;
  return (
    <div key={lang}>
      <SkipLink target="main">{t('optionsSkip')}</SkipLink>
      <PageHeader title={t('optionsTitle')}>
        <nav aria-label={t('optionsNavLabel')}>
          <ul class="toc">
            {SECTIONS.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(title)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </PageHeader>
      <main id="main" tabIndex={-1}>
        <StorageStatusNotice />
        <DatabaseLossNotice check={checkOnPage} />
        <LanguageField settings={settings} save={save} />
        <p class="save-model">{t('optionsSaveModel')}</p>
        <LimitsSection settings={settings} save={save} />
        <WalletsSection settings={settings} save={save} />
        <SitesSection settings={settings} save={save} origins={granted.origins} />
        <AlertsSection
          settings={settings}
          save={save}
          permissions={granted.permissions}
          origins={granted.origins}
        />
        <GeneralSection settings={settings} save={save} />
        <ThresholdsSection settings={settings} save={save} />
        <BackupSection settings={settings} />
        <DiagnosticsSection />
      </main>
      <PageFooter>
        <p>
          <a href="onboarding.html">{t('optionsShowWelcome')}</a> ·{' '}
          <a href="guide.html">{t('optionsOpenGuide')}</a>
        </p>
        <p class="meta">{t('optionsLocalOnly')}</p>
      </PageFooter>
    </div>
  );
}
