import { getWallet } from '../catalog';
import { ALL_WALLETS } from '../rules/review-overdue';
import type { Language } from './i18n';

/** How a wallet is named on screen: the catalog's name, or the host of a site the user added. */
export function walletName(walletId: string, language: Language): string {
  // The review reminder is about every wallet at once (src/rules/review-overdue.ts).
  if (walletId === ALL_WALLETS) return language === 'zh_CN' ? '所有钱包' : 'All wallets';
  const wallet = getWallet(walletId);
  if (wallet) return language === 'zh_CN' ? wallet.name.zh : wallet.name.en;
  if (walletId.startsWith('custom:')) {
    try {
      return new URL(walletId.slice('custom:'.length)).hostname;
    } catch {
      return walletId;
    }
  }
  return walletId;
}
