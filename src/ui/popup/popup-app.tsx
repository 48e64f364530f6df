import browser from 'webextension-polyfill';
import { WALLETS } from '../../catalog';
import { refreshBadge } from '../../views/badge';
import type { SentinelDb } from '../../storage/db';
import type { Settings } from '../../storage/settings';
import { setFindingStatus } from '../../storage/finding-status';
import { findingTitle } from '../../wording/finding-title';
import { eventsWaiting, StorageStatusNotice, useStorageStatus } from '../components/storage-status';
import { DatabaseLossNotice } from '../components/database-loss';
import type { LiveState } from '../components/use-live-query';
import { useEffect, useState } from 'preact/hooks';
import { formatDateTime, language, plural, t } from '../../wording/i18n';
import { kindLabel } from '../../wording/kind-label';
import { walletName } from '../../wording/wallet-name';
import { ago } from './ago';
import { CaptureSection } from './capture-section';
import { loadLive } from './load-live';
import { FindingCard } from './finding-card';
import {
  acknowledgedFindings,
  OPEN_SHOWN_FIRST,
  OPEN_SHOWN_MAX,
  popupState,
  savePopupView,
  type PopupState,
  type WalletHealth,
} from '../../views/popup-view';

const HEALTH_LABEL = {
  healthy: () => t('healthHealthy'),
  attention: () => t('healthAttention'),
  critical: () => t('healthCritical'),
};

/** `waiting`: events wait to be stored (storage-status.tsx), so no wallet is called healthy. */
function WalletLine({ wallet, waiting }: { wallet: WalletHealth; waiting: boolean }) {
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
        <span class="health-label">
          {waiting && wallet.health === 'healthy'
            ? t('healthWaiting')
            : HEALTH_LABEL[wallet.health]()}
        </span>
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

function AcknowledgedList({ onStatus }: { onStatus: OnStatus }) {
  const { state } = useLazyLiveQuery(acknowledgedFindings);
  if (state.status !== 'ready') return null;
  return (
    <ol class="findings">
      {state.value.slice(0, OPEN_SHOWN_MAX).map((finding) => (
        <FindingCard key={finding.id} finding={finding} onStatus={onStatus} />
      ))}
    </ol>
  );
}

/**
 * `query` on the popup's database, live: `initial` (the saved view or the first read) until the
 * database side is loaded (after the first paint, load-live.ts), then Dexie's liveQuery, which
 * re-runs whenever the tables it read change, also when the worker wrote them. The popup's
 * stand-in for useLiveQuery (components/use-live-query.ts), which would put Dexie in its bundle.
 */
function useLazyLiveQuery<T>(query: (db: SentinelDb) => Promise<T>, initial?: T) {
  const [db, setDb] = useState<SentinelDb>();
  const [state, setState] = useState<LiveState<T>>(
    initial === undefined ? { status: 'loading' } : { status: 'ready', value: initial },
  );
  useEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    loadLive()
      .then(({ db, liveQuery }) => {
        if (!live) return;
        setDb(db);
        const subscription = liveQuery(() => query(db)).subscribe({
          next: (value) => setState({ status: 'ready', value }),
          error: (error: unknown) => setState({ status: 'error', error: String(error) }),
        });
        unsubscribe = () => subscription.unsubscribe();
      })
      .catch((error: unknown) => live && setState({ status: 'error', error: String(error) }));
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return { db, state };
}

type OnStatus = (id: string, status: 'open' | 'acknowledged') => void;

export function PopupApp({
  initial,
  settings,
}: {
  initial?: PopupState | undefined;
  settings?: Settings | undefined;
}) {
  const { db, state } = useLazyLiveQuery(popupState, initial);
  // What the database says now becomes the next opening's first view (src/storage/view-stamp.ts).
  useEffect(() => {
    if (!db || state.status !== 'ready' || state.value === initial) return;
    const timer = setTimeout(() => void savePopupView(db).catch(() => undefined), 1_000);
    return () => clearTimeout(timer);
  }, [db, state]);
  const [showAll, setShowAll] = useState(false);
  const [acknowledgedOpen, setAcknowledgedOpen] = useState(false);
  const onStatus: OnStatus = (id, status) =>
    void loadLive()
      .then(async ({ db }) => {
        await setFindingStatus(db, id, status);
        await refreshBadge(db, browser.action);
      })
      .catch(() => undefined);
  const waiting = eventsWaiting(useStorageStatus().status);
  const value = state.status === 'ready' ? state.value : undefined;
  const empty = value && value.wallets.length === 0 && value.openCount === 0;
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
        <DatabaseLossNotice
          check={() =>
            loadLive().then((live) =>
              live.checkDatabase(live.db, browser.storage.local, Date.now()),
            )
          }
        />
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
                    <WalletLine key={wallet.walletId} wallet={wallet} waiting={waiting} />
                  ))}
                </ul>
              </section>
            )}
            <section aria-labelledby="findings-heading" class="findings-section">
              <h2 id="findings-heading">
                {value.openCount > 0
                  ? plural('popupOpenFindings', value.openCount)
                  : t('popupNoFindings')}
              </h2>
              {value.open.length > 0 && (
                <ol class="findings">
                  {value.open
                    .slice(0, showAll ? OPEN_SHOWN_MAX : OPEN_SHOWN_FIRST)
                    .map((finding) => (
                      <FindingCard key={finding.id} finding={finding} onStatus={onStatus} />
                    ))}
                </ol>
              )}
              {!showAll && value.openCount > OPEN_SHOWN_FIRST && (
                <p class="more">
                  <button type="button" onClick={() => setShowAll(true)}>
                    {plural('popupShowAll', Math.min(value.openCount, OPEN_SHOWN_MAX))}
                  </button>
                </p>
              )}
              {showAll && value.openCount > OPEN_SHOWN_MAX && (
                <p class="more">
                  <a href="log.html?findings=open" target="_blank">
                    {plural('popupMoreInLog', value.openCount - OPEN_SHOWN_MAX)}
                  </a>
                </p>
              )}
              {value.acknowledgedCount > 0 && (
                <details
                  class="acknowledged"
                  onToggle={(e) => setAcknowledgedOpen(e.currentTarget.open)}
                >
                  <summary>{plural('popupAcknowledgedCount', value.acknowledgedCount)}</summary>
                  {acknowledgedOpen && <AcknowledgedList onStatus={onStatus} />}
                </details>
              )}
            </section>
          </>
        )}
        {settings && db && <CaptureSection db={db} settings={settings} />}
      </main>
      <footer>{t('popupStaysLocal')}</footer>
    </>
  );
}
