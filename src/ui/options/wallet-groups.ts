import { WALLETS } from '../../catalog';
import type { Region, Wallet, WalletKind } from '../../catalog/types';
import type { Language } from '../../wording/i18n';

export const KIND_ORDER: readonly WalletKind[] = ['payment', 'exchange'];
export const REGION_ORDER: readonly Region[] = ['cn', 'hk', 'tw', 'sg', 'us', 'uk', 'eu', 'global'];

export interface WalletGroup {
  kind: WalletKind;
  region: Region;
  wallets: Wallet[];
}

/** Lower case, no accents, full-width folded: "ＰａｙＰａｌ" and "paypal" match. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** A wallet matches when its name (either language), id or one of its hosts contains the query. */
export function matchesQuery(wallet: Wallet, query: string): boolean {
  const q = fold(query);
  if (q === '') return true;
  return [wallet.name.en, wallet.name.zh, wallet.id, ...wallet.hosts].some((text) =>
    fold(text).includes(q),
  );
}

/**
 * The catalog as the options page lists it: by kind, then by the wallet's main region (its
 * first), names sorted in the user's language; empty groups left out.
 */
export function groupWallets(query: string, lang: Language, wallets = WALLETS): WalletGroup[] {
  const collator = new Intl.Collator(lang === 'zh_CN' ? 'zh-CN' : 'en');
  const name = (w: Wallet) => (lang === 'zh_CN' ? w.name.zh : w.name.en);
  const groups: WalletGroup[] = [];
  for (const kind of KIND_ORDER) {
    for (const region of REGION_ORDER) {
      const members = wallets
        .filter((w) => w.kind === kind && (w.regions[0] ?? 'global') === region)
        .filter((w) => matchesQuery(w, query))
        .sort((a, b) => collator.compare(name(a), name(b)));
      if (members.length > 0) groups.push({ kind, region, wallets: members });
    }
  }
  return groups;
}
