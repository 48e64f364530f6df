import browser from 'webextension-polyfill';
import { WALLETS } from '../../catalog';
import { refreshBadge } from '../../views/badge';
import type { SentinelDb } from '../../storage/db';
import type { Settings } from '../../storage/settings';
import { setFindingStatus } from '../../storage/finding-status';
import { eventsWaiting, StorageStatusNotice, useStorageStatus } from '../components/storage-status';
import { DatabaseLossNotice } from '../components/database-loss';
import type { LiveState } from '../components/use-live-query';
import { useEffect, useState } from 'preact/hooks';
import { language, plural, t } from '../../wording/i18n';
import { isAlert } from '../../views/alerts';
import { CaptureSection } from './capture-section';
import { userZone } from './case-mark';
import { loadLive } from './load-live';
import { FindingCard, type OnStatus } from './finding-card';
import { Headline } from './headline';
import { WalletList } from './wallet-list';
import {
  acknowledgedFindings,
  OPEN_SHOWN_FIRST,
  OPEN_SHOWN_MAX,
  popupState,
  savePopupView,
  type PopupState,
} from '../../views/popup-view';

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

function AcknowledgedList({ onStatus, zone }: { onStatus: OnStatus; zone: string }) {
  const { state } = useLazyLiveQuery(acknowledgedFindings);
  if (state.status !== 'ready') return null;
  return (
    <ol class="findings">
      {state.value.slice(0, OPEN_SHOWN_MAX).map((finding) => (
        <FindingCard key={finding.id} finding={finding} zone={zone} onStatus={onStatus} />
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

export function PopupApp({
  initial,
  settings,
  fromSavedView = false,
}: {
  initial?: PopupState | undefined;
  settings?: Settings | undefined;
  /** `initial` is the saved view; else it was read from the database for this opening. */
  fromSavedView?: boolean;
}) {
  const { db, state } = useLazyLiveQuery(popupState, initial);
  // What the database says now becomes the next opening's first view (src/storage/view-stamp.ts):
  // at once when there was none (a popup is often closed within a second), else a second after
  // a change settles.
  const [saved, setSaved] = useState(fromSavedView);
  useEffect(() => {
    if (!db || state.status !== 'ready') return;
    if (saved && state.value === initial) return;
    const timer = setTimeout(
      () => {
        setSaved(true);
        void savePopupView(db).catch(() => undefined);
      },
      saved ? 1_000 : 0,
    );
    return () => clearTimeout(timer);
  }, [db, state]);
  const [showAll, setShowAll] = useState(false);
  const [acknowledgedOpen, setAcknowledgedOpen] = useState(false);
  // Folded lists are rendered when unfolded: a long-time user has hundreds of notes.
  const [notesOpen, setNotesOpen] = useState(false);
  const zone = userZone(settings?.timeZone);
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
  const alerts = value ? value.open.filter(isAlert) : [];
  const notes = value ? value.open.filter((f) => !isAlert(f)) : [];
  const alertsShown = alerts.slice(0, showAll ? OPEN_SHOWN_MAX : OPEN_SHOWN_FIRST);
  const card = (finding: (typeof alerts)[number]) => (
    <FindingCard
      key={finding.id}
      finding={finding}
      caseMark={value?.cases[finding.id]}
      zone={zone}
      onStatus={onStatus}
    />
  );
  return (
    <>
      <header>
        <img src="icons/32.png" alt="" />
        <h1>{t('popupTitle')}</h1>
        <nav aria-label={t('popupNavLabel')}>
          <a href="log.html" target="_blank">
            {t('popupNavLog')}
          </a>
          <a href="guide.html" target="_blank">
            {t('popupNavGuide')}
          </a>
          <a href="cases.html" target="_blank">
            {t('popupNavCases')}
          </a>
          <a href="options.html" target="_blank">
            {t('popupNavOptions')}
          </a>
        </nav>
      </header>
      <main aria-live="polite" aria-busy={state.status === 'loading'}>
        {/* The storage status slot: storage full, the database damaged (components/). */}
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
            <Headline value={value} zone={zone} />
            {value.alertCount > 0 && (
              <section aria-labelledby="findings-heading" class="findings-section">
                <h2 id="findings-heading">{plural('popupOpenFindings', value.alertCount)}</h2>
                <ol class="findings">{alertsShown.map(card)}</ol>
                {!showAll && value.alertCount > OPEN_SHOWN_FIRST && (
                  <p class="more">
                    <button type="button" onClick={() => setShowAll(true)}>
                      {plural('popupShowAll', Math.min(value.alertCount, OPEN_SHOWN_MAX))}
                    </button>
                  </p>
                )}
                {showAll && value.alertCount > alertsShown.length && (
                  <p class="more">
                    <a href="log.html?open=1" target="_blank">
                      {plural('popupMoreInLog', value.alertCount - alertsShown.length)}
                    </a>
                  </p>
                )}
              </section>
            )}
            {value.infoCount > 0 && (
              <details class="notes" onToggle={(e) => setNotesOpen(e.currentTarget.open)}>
                <summary>{plural('popupNotesCount', value.infoCount)}</summary>
                {notesOpen && <ol class="findings">{notes.map(card)}</ol>}
                {notesOpen && value.infoCount > notes.length && (
                  <p class="more">
                    <a href="log.html?open=1" target="_blank">
                      {plural('popupMoreInLog', value.infoCount - notes.length)}
                    </a>
                  </p>
                )}
              </details>
            )}
            {value.acknowledgedCount > 0 && (
              <details
                class="acknowledged"
                onToggle={(e) => setAcknowledgedOpen(e.currentTarget.open)}
              >
                <summary>{plural('popupAcknowledgedCount', value.acknowledgedCount)}</summary>
                {acknowledgedOpen && <AcknowledgedList onStatus={onStatus} zone={zone} />}
              </details>
            )}
            <WalletList wallets={value.wallets} waiting={waiting} zone={zone} />
          </>
        )}
        {settings && db && <CaptureSection db={db} settings={settings} />}
      </main>
      <footer>
        {/* Where people looked for the language (issue 15's usability test). */}
        <a class="language-link" href="options.html#language" target="_blank">
          {t('popupLanguage')}
        </a>
        <p>{t('popupStaysLocal')}</p>
      </footer>
    </>
  );
}
