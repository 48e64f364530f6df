import { walletForHost } from '.';

/** What of the person's settings decides which origins are watched (storage/settings.ts). */
export interface WatchedSites {
  customSites: readonly { origin: string }[];
}

/** The origin of a URL, or undefined when it is not one. */
export function originOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** The wallet an https origin belongs to: a catalog entry, or a site the user added. */
export function walletIdForOrigin(origin: string, settings: WatchedSites): string | undefined {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.port !== '') return undefined;
  const wallet = walletForHost(url.hostname);
  if (wallet) return wallet.id;
  return settings.customSites.some((site) => site.origin === url.origin)
    ? `custom:${url.origin}`
    : undefined;
}

/** `https://wallet.example` → `https://wallet.example/*`: that origin only. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}
