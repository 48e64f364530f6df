import { useState } from 'preact/hooks';
import { WALLETS } from '../../catalog';
import type { Region, WalletKind } from '../../catalog/types';
import type { Settings } from '../../storage/settings';
import { language, plural, t, type MessageKey } from '../../wording/i18n';
import { SaveNote, Section, type SaveState } from './field';
import { walletName } from '../../wording/wallet-name';
import type { SaveSettings } from './use-settings';
import { groupWallets } from './wallet-groups';

export const KIND_LABEL: Record<WalletKind, MessageKey> = {
  payment: 'optionsKindPayment',
  exchange: 'optionsKindExchange',
};

export const REGION_LABEL: Record<Region, MessageKey> = {
  cn: 'optionsRegionCn',
  hk: 'optionsRegionHk',
  tw: 'optionsRegionTw',
  sg: 'optionsRegionSg',
  us: 'optionsRegionUs',
  uk: 'optionsRegionUk',
  eu: 'optionsRegionEu',
  global: 'optionsRegionGlobal',
};

/** The catalog with a switch per wallet: a switched-off wallet's pages record nothing. */
export function WalletsSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const [query, setQuery] = useState('');
  const lang = language();
  const groups = groupWallets(query, lang);
  const shown = groups.reduce((n, g) => n + g.wallets.length, 0);
  const disabled = new Set(settings.disabledWallets);
  const watched = WALLETS.filter((w) => !disabled.has(w.id)).length;

  const [status, setStatus] = useState<{ state: SaveState; text?: string }>({ state: undefined });
  const toggle = (id: string, on: boolean) =>
    save((current) => ({
      disabledWallets: on
        ? current.disabledWallets.filter((w) => w !== id)
        : [...current.disabledWallets, id],
    })).then(
      () =>
        setStatus({
          state: 'saved',
          text: t(on ? 'optionsWalletWatched' : 'optionsWalletNotWatched', walletName(id, lang)),
        }),
      () => setStatus({ state: 'failed' }),
    );

  let kind: WalletKind | undefined;
  return (
    <Section id="wallets" title={t('optionsWalletsTitle')} intro={t('optionsWalletsIntro')}>
      <p class="meta">{t('optionsWalletsCount', watched, WALLETS.length)}</p>
      <SaveNote state={status.state} text={status.text} />
      {/* Folded: most people keep every wallet on, and the list is long (issue 15). */}
      <details class="wallet-choice">
        <summary>{t('optionsWalletsChoose')}</summary>
        <div class="field search">
          <label for="wallet-search">{t('optionsWalletsSearch')}</label>
          <input
            id="wallet-search"
            type="search"
            value={query}
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
            autoComplete="off"
          />
        </div>
        <p class="meta" role="status">
          {query.trim() === '' ? '' : plural('optionsWalletsShown', shown)}
        </p>
        {groups.map((group) => {
          const heading = group.kind !== kind;
          kind = group.kind;
          return (
            <div key={`${group.kind}-${group.region}`}>
              {heading && <h3>{t(KIND_LABEL[group.kind])}</h3>}
              <fieldset class="wallet-group">
                <legend>
                  {t(KIND_LABEL[group.kind])} · {t(REGION_LABEL[group.region])}
                </legend>
                <ul class="wallet-list">
                  {group.wallets.map((wallet) => (
                    <li key={wallet.id}>
                      <label>
                        <input
                          type="checkbox"
                          name="wallet"
                          value={wallet.id}
                          checked={!disabled.has(wallet.id)}
                          onChange={(e) =>
                            void toggle(wallet.id, (e.target as HTMLInputElement).checked)
                          }
                        />
                        <span class="wallet-name">
                          {lang === 'zh_CN' ? wallet.name.zh : wallet.name.en}
                        </span>
                        <span class="wallet-host">{wallet.hosts.join(', ')}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            </div>
          );
        })}
      </details>
    </Section>
  );
}
