import { findingTitle } from '../../wording/finding-title';
import { language, plural, t } from '../../wording/i18n';
import { kindLabel } from '../../wording/kind-label';
import { walletName } from '../../wording/wallet-name';
import type { WalletHealth } from '../../views/popup-view';
import { Ago } from './ago';

const HEALTH_LABEL = {
  healthy: () => t('healthHealthy'),
  attention: () => t('healthAttention'),
  critical: () => t('healthCritical'),
};

/**
 * One wallet on one line: its health, why (the worst warning, else the last event), when.
 * `waiting`: events wait to be stored (storage-status.tsx), so no wallet is called healthy.
 */
function WalletLine(props: { wallet: WalletHealth; waiting: boolean; zone: string }) {
  const { wallet, waiting, zone } = props;
  const reason = wallet.worst
    ? findingTitle(wallet.worst.ruleId)
    : wallet.last
      ? t('popupLastEvent', kindLabel(wallet.last.kind))
      : '';
  return (
    <li class={`wallet health-${wallet.health}`} data-wallet={wallet.walletId}>
      <span class="dot" aria-hidden="true" />
      <div class="wallet-text">
        <h3>
          {/* The wallet's own page: status, warnings, case, timeline, limits, contacts. */}
          <a href={`wallet.html?id=${encodeURIComponent(wallet.walletId)}`} target="_blank">
            {walletName(wallet.walletId, language())}
          </a>
        </h3>
        <span class="health-label">
          {waiting && wallet.health === 'healthy'
            ? t('healthWaiting')
            : HEALTH_LABEL[wallet.health]()}
        </span>
        {reason && <span class="reason">{reason}</span>}
        <span class="seen">
          <Ago at={wallet.lastAt} zone={zone} />
        </span>
      </div>
    </li>
  );
}

/**
 * The wallets seen: those needing attention on a line each, the healthy ones folded under their
 * count (the headline above already says whether all is well).
 */
export function WalletList(props: { wallets: WalletHealth[]; waiting: boolean; zone: string }) {
  const { wallets, waiting, zone } = props;
  if (wallets.length === 0) return null;
  // While events wait to be saved no wallet is "normal": none is folded away as such.
  const troubled = waiting ? wallets : wallets.filter((w) => w.health !== 'healthy');
  const healthy = waiting ? [] : wallets.filter((w) => w.health === 'healthy');
  return (
    <section aria-labelledby="wallets-heading" class="wallets-section">
      <h2 id="wallets-heading">{t('popupWalletsHeading')}</h2>
      {troubled.length > 0 && (
        <ul class="wallets">
          {troubled.map((wallet) => (
            <WalletLine key={wallet.walletId} wallet={wallet} waiting={waiting} zone={zone} />
          ))}
        </ul>
      )}
      {healthy.length > 0 && (
        <details class="healthy-wallets">
          <summary>{plural('popupHealthyWallets', healthy.length)}</summary>
          <ul class="wallets">
            {healthy.map((wallet) => (
              <WalletLine key={wallet.walletId} wallet={wallet} waiting={waiting} zone={zone} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
