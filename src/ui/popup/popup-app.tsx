import browser from 'webextension-polyfill';
import { WALLETS } from '../../catalog';
import { refreshBadge } from '../../background/badge';
import type { SentinelDb } from '../../storage/db';
import type { Settings } from '../../storage/settings';
import { setFindingStatus } from '../../storage/finding-status';
import { findingTitle } from '../finding-title';
import { StorageStatusNotice } from '../components/storage-status';
import { useLiveQuery } from '../components/use-live-query';
import { useState } from 'preact/hooks';
import { formatDateTime, language, plural, t } from '../i18n';
import { kindLabel } from '../kind-label';
import { walletName } from '../wallet-name';
import { ago } from './ago';
import { CaptureSection } from './capture-section';
import { FindingCard } from './finding-card';
import { acknowledgedFindings, popupState, type PopupState, type WalletHealth } from './health';

/**
 * The popup first renders this many open findings (a few fill the window; fewer cards paint
 * sooner), then all of them up to SHOWN_MAX on request; the rest are one click away in the log.
 */
const SHOWN_FIRST = 8;
const SHOWN_MAX = 100;

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

function AcknowledgedList({ db, onStatus }: { db: SentinelDb; onStatus: OnStatus }) {
  const state = useLiveQuery(() => acknowledgedFindings(db));
  if (state.status !== 'ready') return null;
  return (
    <ol class="findings">
      {state.value.slice(0, SHOWN_MAX).map((finding) => (
        <FindingCard key={finding.id} finding={finding} onStatus={onStatus} />
      ))}
    </ol>
  );
}

type OnStatus = (id: string, status: 'open' | 'acknowledged') => void;

export function PopupApp({
  db,
  initial,
  settings,
}: {
  db: SentinelDb;
  initial?: PopupState | undefined;
  settings?: Settings | undefined;
}) {
  const state = useLiveQuery(() => popupState(db), [], initial);
  const [showAll, setShowAll] = useState(false);
  const [acknowledgedOpen, setAcknowledgedOpen] = useState(false);
  const onStatus: OnStatus = (id, status) =>
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
        <StorageStatusNotice />
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
                  {value.open.slice(0, showAll ? SHOWN_MAX : SHOWN_FIRST).map((finding) => (
                    <FindingCard key={finding.id} finding={finding} onStatus={onStatus} />
                  ))}
                </ol>
              )}
              {!showAll && value.open.length > SHOWN_FIRST && (
                <p class="more">
                  <button type="button" onClick={() => setShowAll(true)}>
                    {plural('popupShowAll', Math.min(value.open.length, SHOWN_MAX))}
                  </button>
                </p>
              )}
              {showAll && value.open.length > SHOWN_MAX && (
                <p class="more">
                  <a href="log.html?findings=open" target="_blank">
                    {plural('popupMoreInLog', value.open.length - SHOWN_MAX)}
                  </a>
                </p>
              )}
              {value.acknowledgedCount > 0 && (
                <details
                  class="acknowledged"
                  onToggle={(e) => setAcknowledgedOpen(e.currentTarget.open)}
                >
                  <summary>{plural('popupAcknowledgedCount', value.acknowledgedCount)}</summary>
                  {acknowledgedOpen && <AcknowledgedList db={db} onStatus={onStatus} />}
                </details>
              )}
            </section>
          </>
        )}
        {settings && <CaptureSection db={db} settings={settings} />}
      </main>
      <footer>{t('popupStaysLocal')}</footer>
    </>
  );
}
