import { formatDistance } from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';
import { WALLETS } from '../../catalog';
import type { SentinelDb } from '../../storage/db';
import type { StoredEvent } from '../../storage/event-types';
import { useLiveQuery } from '../components/use-live-query';
import { language, t } from '../i18n';
import { kindLabel } from '../kind-label';
import { walletName } from '../wallet-name';
import { recentActivity, type WalletActivity } from './recent-activity';

function ago(at: number): string {
  return formatDistance(at, Date.now(), {
    addSuffix: true,
    locale: language() === 'zh_CN' ? zhCN : enUS,
  });
}

function EventRow({ event }: { event: StoredEvent }) {
  const detail = [event.message, event.amount && `${event.amount.value} ${event.amount.currency}`]
    .filter(Boolean)
    .join(' · ');
  return (
    <li class={`event kind-${event.kind.replace('.', '-')}`}>
      <span class="kind">{kindLabel(event.kind)}</span>
      <time dateTime={new Date(event.at).toISOString()} title={new Date(event.at).toLocaleString()}>
        {ago(event.at)}
      </time>
      {detail && <span class="detail">{detail}</span>}
    </li>
  );
}

function WalletCard({ activity }: { activity: WalletActivity }) {
  const name = walletName(activity.walletId, language());
  const headingId = `wallet-${activity.walletId.replace(/[^a-z0-9-]/gi, '_')}`;
  return (
    <li class="wallet" data-wallet={activity.walletId}>
      <h2 id={headingId}>{name}</h2>
      <div class="meta">
        {t('popupLastSeen', ago(activity.lastAt))}
        {activity.failures24h > 0 && (
          <>
            {' · '}
            <span class="bad">{t('popupFailures24h', activity.failures24h)}</span>
          </>
        )}
      </div>
      <ul class="events" aria-labelledby={headingId}>
        {activity.events.map((event) => (
          <EventRow key={event.id} event={event} />
        ))}
      </ul>
    </li>
  );
}

function EmptyState() {
  const lang = language();
  return (
    <section class="empty">
      <h2>{t('popupEmptyTitle')}</h2>
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
  const state = useLiveQuery(() => recentActivity(db, Date.now()));
  return (
    <>
      <header>
        <img src="icons/32.png" alt="" />
        <h1>{t('popupTitle')}</h1>
      </header>
      <div aria-live="polite">
        {state.status === 'loading' && <p class="empty">{t('popupLoading')}</p>}
        {state.status === 'error' && (
          <p class="empty" role="alert">
            {t('popupError', state.error)}
          </p>
        )}
        {state.status === 'ready' && state.value.length === 0 && <EmptyState />}
        {state.status === 'ready' && state.value.length > 0 && (
          <ul class="wallets">
            {state.value.map((activity) => (
              <WalletCard key={activity.walletId} activity={activity} />
            ))}
          </ul>
        )}
      </div>
      <footer>{t('popupStaysLocal')}</footer>
    </>
  );
}
