import { getWallet } from '../catalog';
import type { Language } from './i18n';

/** How a wallet is named on screen: the catalog's name, or the host of a site the user added. */
export function walletName(walletId: string, language: Language): string {
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
