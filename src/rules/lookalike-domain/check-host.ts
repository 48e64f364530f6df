import { parse } from 'tldts';
import { WALLETS } from '../../catalog';
import { BRANDS, OWN_DOMAINS, OWN_HOSTS, type Brand } from './brands';
import { matchLabel, type LabelMatch } from './label-match';
import { unicodeLabel } from './punycode';
import { isVocabulary, tokens } from './segment';
import { skeleton } from './skeleton';
import { typoMatch, type TypoMatch } from './typo-match';

export type LookalikeReason =
  'homoglyph' | 'edit-distance' | 'brand-plus-word' | 'brand-other-suffix' | 'brand-subdomain';

export interface Lookalike {
  walletId: string;
  /** The brand as written in hosts: `binance`, `gate.io`. */
  brand: string;
  reason: LookalikeReason;
  /** Where the real wallet is: its first catalog host. */
  officialHost: string;
}

function hostsOf(url: string): string {
  return new URL(url).hostname;
}

interface Owned {
  /** Every domain a wallet owns: the extra list plus the catalog's hosts, help and contact links. */
  domains: Map<string, string>;
  /** Skeletons of owned domains: `vvise.com` and `gаte.io` (Cyrillic а) look exactly like one. */
  skeletons: Map<string, string>;
}
let owned: Owned | undefined;

/**
 * Built on the first host checked, not when the module loads: the service worker loads this
 * module every time it starts, and a new event waits for that start (issue 9).
 */
function ownTables(): Owned {
  if (owned) return owned;
  const domains = new Map<string, string>();
  for (const [walletId, list] of Object.entries(OWN_DOMAINS))
    for (const d of list) domains.set(d, walletId);
  for (const [walletId, hosts] of Object.entries(OWN_HOSTS))
    for (const h of hosts) domains.set(h, walletId);
  for (const w of WALLETS) {
    for (const h of [...w.hosts, hostsOf(w.help), hostsOf(w.contact)]) {
      const domain = parse(h).domain;
      // A vendor-hosted page (payoneer.custhelp.com) is the wallet's only as that exact host.
      const own = domain && (OWN_DOMAINS[w.id] ?? []).includes(domain) ? domain : h;
      domains.set(own, w.id);
    }
  }
  const skeletons = new Map<string, string>();
  for (const [domain, walletId] of domains)
    skeletons.set(domain.split('.').map(skeleton).join('.'), walletId);
  owned = { domains, skeletons };
  return owned;
}

const OFFICIAL_HOST = new Map(WALLETS.map((w) => [w.id, w.hosts[0] as string]));
const BRAND_NAME = new Map(BRANDS.map((b) => [b, b.parts.join(b.kind === 'distinct' ? '' : '.')]));
const COMPLETES = BRANDS.filter((b) => b.suffixCompletes && b.parts.length === 2);
const TYPO_REASON: Record<TypoMatch['how'], LookalikeReason> = {
  glyph: 'homoglyph',
  typo: 'edit-distance',
  split: 'brand-subdomain',
  glued: 'brand-plus-word',
};
/** Labels that say nothing about the brand in a subdomain. */
const NEUTRAL = new Set(['www', 'm', 'mobile', 'web']);

function isOwn(host: string): boolean {
  const { domains } = ownTables();
  if (domains.has(host)) return true;
  for (let at = host.indexOf('.'); at >= 0; at = host.indexOf('.', at + 1)) {
    if (domains.has(host.slice(at + 1))) return true;
  }
  return false;
}

function completedBrand(toks: string[], suffix: string): Brand | undefined {
  if (toks.length < 2) return undefined;
  for (const b of COMPLETES) {
    if (suffix !== b.parts[b.parts.length - 1] || toks[toks.length - 1] !== b.parts[0]) continue;
    let vocabulary = true;
    for (let i = 0; i < toks.length - 1 && vocabulary; i++)
      vocabulary = isVocabulary(toks[i] as string);
    if (vocabulary) return b;
  }
  return undefined;
}

function result(walletId: string, brand: string, reason: LookalikeReason): Lookalike {
  return { walletId, brand, reason, officialHost: OFFICIAL_HOST.get(walletId) ?? '' };
}

function fromMatch(m: LabelMatch, reason: LookalikeReason): Lookalike {
  return result(m.brand.walletId, BRAND_NAME.get(m.brand) ?? '', reason);
}

function labelMatch(
  label: string,
  look = skeleton(label),
): { m: LabelMatch; glyph: boolean } | undefined {
  const direct = matchLabel(label);
  if (direct) return { m: direct, glyph: false };
  const viaSkeleton = look !== label ? matchLabel(look) : undefined;
  return viaSkeleton ? { m: viaSkeleton, glyph: true } : undefined;
}

/**
 * Whether `host` imitates a catalog wallet, and how. Pure and precomputed: about 10 µs a host.
 * A wallet's own domains and their subdomains never match.
 */
export function checkHost(rawHost: string): Lookalike | undefined {
  const host = rawHost.trim().toLowerCase().replace(/\.$/, '');
  if (host === '' || host.length > 253 || isOwn(host)) return undefined;
  const p = parse(host, { allowPrivateDomains: true });
  if (p.isIp || !p.domain || !p.domainWithoutSuffix || p.publicSuffix === null) return undefined;
  const label = unicodeLabel(p.domainWithoutSuffix);
  const suffix = p.publicSuffix.split('.').map(unicodeLabel);

  const look = skeleton(label);
  const lookDomain = [look, ...suffix.map(skeleton)].join('.');
  const twin = ownTables().skeletons.get(lookDomain);
  if (twin) return result(twin, lookDomain, 'homoglyph');

  const found = labelMatch(label, look);
  if (found) {
    const { m, glyph } = found;
    if (glyph) return fromMatch(m, 'homoglyph');
    if (m.how === 'edit') return fromMatch(m, 'edit-distance');
    if (m.how === 'word') return fromMatch(m, 'brand-plus-word');
    // The brand itself under a hosting platform's suffix is a subdomain the attacker rented.
    return fromMatch(m, p.isPrivate ? 'brand-subdomain' : 'brand-other-suffix');
  }
  // The suffix completes a two-part brand (web3-gate.io) when the rest is phishing vocabulary:
  // `anything-crypto.com` is everywhere, `www-gate.io` imitates one exchange.
  const toks = tokens(label);
  const completed = completedBrand(toks, suffix.join('.'));
  if (completed)
    return result(completed.walletId, BRAND_NAME.get(completed) ?? '', 'brand-plus-word');

  const subdomain = p.subdomain ? p.subdomain.split('.').map(unicodeLabel) : [];
  const typo = typoMatch(label, suffix.join('.'), subdomain, look);
  if (typo) return result(typo.walletId, typo.brand, TYPO_REASON[typo.how]);
  // A wallet's whole domain as leading labels: paypal.com.account-verify.net.
  for (let i = 0; i < subdomain.length; i++) {
    for (let j = i + 2; j <= subdomain.length; j++) {
      const domain = subdomain.slice(i, j).join('.');
      const walletId = ownTables().domains.get(domain);
      if (walletId) return result(walletId, domain, 'brand-subdomain');
    }
  }
  for (const sub of subdomain) {
    if (NEUTRAL.has(sub)) continue;
    const hit = labelMatch(sub);
    if (hit) return fromMatch(hit.m, 'brand-subdomain');
  }
  return undefined;
}
