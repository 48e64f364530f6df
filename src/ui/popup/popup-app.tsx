import browser from 'webextension-polyfill';
import { WALLETS } from '../../catalog';
import { refreshBadge } from '../../background/badge';
import type { SentinelDb } from '../../storage/db';
import { setFindingStatus } from '../../storage/finding-status';
import { findingTitle } from '../finding-title';
import { useLiveQuery } from '../components/use-live-query';
import { formatDateTime, language, plural, t } from '../i18n';
import { kindLabel } from '../kind-label';
import { walletName } from '../wallet-name';
import { ago } from './ago';
import { FindingCard } from './finding-card';
import { popupState, type WalletHealth } from './health';

/** The popup lists this many open findings; the rest are one click away in the log. */
const SHOWN = 30;

const HEALTH_LABEL = {
  healthy: () => t('healthHealthy'),
  attention: () => t('healthAttention'),
  critical: () => t('healthCritical'),
};

function WalletLine({ wallet }: { wallet: WalletHealth }) {
  const name = walletName(wallet.walletId, language());
  const reason = wallet.worst
    ? findingTitle(wallet.worst.ruleId)
    : wallet.last
      ? t('popupLastEvent', kindLabel(wallet.last.kind), ago(wallet.lastAt))
      : '';
  return (
    <li class={`wallet health-${wallet.health}`} data-wallet={wallet.walletId}>
      <span class="dot" aria-hidden="true" />
      <div class="wallet-text">
        <h3>{name}</h3>
        <span class="health-label">{HEALTH_LABEL[wallet.health]()}</span>
        {reason && <span class="reason">{reason}</span>}
        <time
          class="seen"
          dateTime={new Date(wallet.lastAt).toISOString()}
          title={formatDateTime(wallet.lastAt)}
        >
          {ago(wallet.lastAt)}
        </time>
      </div>
    </li>
  );
}

function EmptyState() {
  const lang = language();
  return (
    <section class="empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{t('popupEmptyTitle')}</h2>
      <p>{t('popupEmptyBody')}</p>
      <details>
        <summary>{t('popupWatchedSites', WALLETS.length)}</summary>
        <ul class="sites">
          {WALLETS.map((wallet) => (
            <li key={wallet.id}>{lang === 'zh_CN' ? wallet.name.zh : wallet.name.en}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

export function PopupApp({ db }: { db: SentinelDb }) {
  const state = useLiveQuery(() => popupState(db));
  const onStatus = (id: string, status: 'open' | 'acknowledged') =>
    void setFindingStatus(db, id, status)
      .then(() => refreshBadge(db, browser.action))
      .catch(() => undefined);
  const value = state.status === 'ready' ? state.value : undefined;
  const empty = value && value.wallets.length === 0 && value.open.length === 0;
  return (
    <>
      <header>
        <img src="icons/32.png" alt="" />
        <h1>{t('popupTitle')}</h1>
        <nav aria-label={t('popupTitle')}>
          <a href="log.html" target="_blank">
            {t('popupNavLog')}
          </a>
          <a href="guide.html" target="_blank">
            {t('popupNavGuide')}
          </a>
          <a href="cases.html" target="_blank">
            {t('popupNavCases')}
          </a>
        </nav>
      </header>
      <main aria-live="polite" aria-busy={state.status === 'loading'}>
        {state.status === 'loading' && <p class="empty">{t('popupLoading')}</p>}
        {state.status === 'error' && (
          <p class="empty" role="alert">
            {t('popupError', state.error)}
          </p>
        )}
        {empty && <EmptyState />}
        {value && !empty && (
          <>
            {value.wallets.length > 0 && (
              <section aria-labelledby="wallets-heading">
                <h2 id="wallets-heading">{t('popupWalletsHeading')}</h2>
                <ul class="wallets">
                  {value.wallets.map((wallet) => (
                    <WalletLine key={wallet.walletId} wallet={wallet} />
                  ))}
                </ul>
              </section>
            )}
            <section aria-labelledby="findings-heading" class="findings-section">
              <h2 id="findings-heading">
                {value.open.length > 0
                  ? plural('popupOpenFindings', value.open.length)
                  : t('popupNoFindings')}
              </h2>
              {value.open.length > 0 && (
                <ol class="findings">
                  {value.open.slice(0, SHOWN).map((finding) => (
                    <FindingCard key={finding.id} finding={finding} onStatus={onStatus} />
                  ))}
                </ol>
              )}
              {value.open.length > SHOWN && (
                <p class="more">
                  <a href="log.html?findings=open" target="_blank">
                    {plural('popupMoreInLog', value.open.length - SHOWN)}
                  </a>
                </p>
              )}
              {value.acknowledged.length > 0 && (
                <details class="acknowledged">
                  <summary>{plural('popupAcknowledgedCount', value.acknowledged.length)}</summary>
                  <ol class="findings">
                    {value.acknowledged.slice(0, SHOWN).map((finding) => (
                      <FindingCard key={finding.id} finding={finding} onStatus={onStatus} />
                    ))}
                  </ol>
                </details>
              )}
            </section>
          </>
        )}
      </main>
      <footer>{t('popupStaysLocal')}</footer>
    </>
  );
}
