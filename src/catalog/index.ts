import type { Wallet } from './types';
import { WALLETS } from './wallets';

export { WALLETS };

const byId = new Map<string, Wallet>(WALLETS.map((w) => [w.id, w]));

const byHost = new Map<string, Wallet>(
  WALLETS.flatMap((w) => w.hosts.map((h): [string, Wallet] => [h, w])),
);

export function getWallet(id: string): Wallet | undefined {
  return byId.get(id);
}

/**
 * The wallet that owns exactly this host. No suffix matching: `evil.paypal.com.example` or an
 * unlisted subdomain must not count as the wallet. A trailing dot (`www.paypal.com.`) is the
 * same host to the browser, so it is dropped.
 */
export function walletForHost(host: string): Wallet | undefined {
  return byHost.get(host.toLowerCase().replace(/\.$/, ''));
}

/** Every catalog host, sorted and unique: the source of the manifest's match lists. */
export function catalogHosts(): string[] {
  return [...new Set(WALLETS.flatMap((w) => w.hosts))].sort();
}

/** HTTPS-only match patterns: wallets never serve sign-in or withdrawal over plain HTTP. */
export function matchPatternsFor(hosts: string[]): string[] {
  return [...new Set(hosts.map((h) => `https://${h}/*`))].sort();
}
