import { PageFooter, PageHeader } from '../components/page-frame';
import { WALLETS } from '../../catalog';
import { language, t, type MessageKey } from '../../wording/i18n';
import { HostAccess } from './host-access';
import { WeeklyOptIn } from './weekly-opt-in';

const WATCHED: readonly MessageKey[] = [
  'onboardingWatchSignIns',
  'onboardingWatchWithdrawals',
  'onboardingWatchNotices',
  'onboardingWatchOutages',
];
const NEVER: readonly MessageKey[] = [
  'onboardingNeverSecrets',
  'onboardingNeverValues',
  'onboardingNeverChange',
  'onboardingNeverOther',
];
const LOCAL: readonly MessageKey[] = [
  'onboardingLocalStore',
  'onboardingLocalNetwork',
  'onboardingLocalSync',
];

function List({ items }: { items: readonly MessageKey[] }) {
  return (
    <ul>
      {items.map((key) => (
        <li key={key}>{t(key)}</li>
      ))}
    </ul>
  );
}

/** First page after install: what is watched, what is never read, where everything stays. */
export function OnboardingApp({ weekly = false }: { weekly?: boolean }) {
  const lang = language();
  document.title = `${t('onboardingTitle')} · ${t('extName')}`;
  return (
    <>
      <PageHeader title={t('onboardingTitle')}>
        <p class="lead">{t('onboardingLead')}</p>
      </PageHeader>
      <main id="main">
        <section aria-labelledby="watch-heading" class="card">
          <h2 id="watch-heading">{t('onboardingWatchTitle')}</h2>
          <List items={WATCHED} />
          <details>
            <summary>{t('onboardingWatchSites', WALLETS.length)}</summary>
            <ul class="site-names">
              {WALLETS.map((w) => (
                <li key={w.id}>{lang === 'zh_CN' ? w.name.zh : w.name.en}</li>
              ))}
            </ul>
          </details>
        </section>
        <section aria-labelledby="never-heading" class="card">
          <h2 id="never-heading">{t('onboardingNeverTitle')}</h2>
          <List items={NEVER} />
        </section>
        <section aria-labelledby="local-heading" class="card">
          <h2 id="local-heading">{t('onboardingLocalTitle')}</h2>
          <List items={LOCAL} />
        </section>
        <HostAccess />
        <WeeklyOptIn initial={weekly} />
        <section aria-labelledby="next-heading" class="card">
          <h2 id="next-heading">{t('onboardingNextTitle')}</h2>
          <p>{t('onboardingNextBody')}</p>
          <p>
            <a class="button" href="options.html">
              {t('onboardingOpenOptions')}
            </a>
          </p>
        </section>
      </main>
      <PageFooter>
        <p class="meta">{t('onboardingFooter')}</p>
      </PageFooter>
    </>
  );
}
