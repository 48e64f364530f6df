/** What kind of service a wallet is: the rules and the guide speak differently of each. */
export type WalletKind = 'payment' | 'exchange';

/**
 * Where a wallet is regulated or mostly used. The guide's regulator directory is keyed by the
 * same codes, so a finding on a wallet can point at the bodies that handle complaints about it.
 */
export type Region = 'cn' | 'hk' | 'tw' | 'sg' | 'us' | 'uk' | 'eu' | 'global';

export interface Wallet {
  /** kebab-case, stable: stored in every event as `walletId`. Never rename one. */
  id: string;
  /** Display names. `zh` is the brand's own Chinese name where it has one, else the Latin name. */
  name: { en: string; zh: string };
  kind: WalletKind;
  regions: Region[];
  /** Exact host names (no wildcards) where the user signs in and withdraws, sorted. */
  hosts: string[];
  /** Official help centre (https). */
  help: string;
  /** Official page to contact support or file a ticket (https). */
  contact: string;
  /**
   * Where the wallet takes a formal appeal ("提交申诉" / "Submit an appeal"), step 3 of the
   * recovery, on its own help domain (https); absent where support and appeal are one channel.
   */
  appeal?: string;
}
