/**
 * dnstwist's permutations of the catalog's brand domains, generated once and committed
 * (catalog.tsv: its header names dnstwist's version and the command), so the lookalike eval and
 * its unit test run on a clean clone without dnstwist. Read by scripts/eval.ts (`--dnstwist`)
 * and tests/unit/rules/lookalike-dnstwist.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'tldts';
import { WALLETS } from '../../../src/catalog';
import { BRANDS, OWN_DOMAINS } from '../../../src/rules/lookalike-domain/brands';

export const PERMUTATIONS_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'catalog.tsv',
);

export interface Permutation {
  /** The catalog domain dnstwist permuted: `paypal.com`. */
  original: string;
  fuzzer: string;
  /** The permutation as a browser hands it over: ASCII, IDN labels as `xn--`. */
  host: string;
}

/** Brands under 5 letters: the targets hold them to the false-positive limits only. */
export const SHORT_BRAND = 5;

/**
 * The domains to permute: each wallet's catalog domains whose label spells one of its brands
 * (`gate.io`, `cash.app`; not `qq.com`, Tencent's portal that hosts WeChat Pay), or, when none
 * does, its own domains that do (`wechat.com`).
 */
export function brandDomains(): string[] {
  const out = new Set<string>();
  for (const w of WALLETS) {
    const firsts = BRANDS.filter((b) => b.walletId === w.id).map((b) => b.parts[0]);
    const spellsBrand = (d: string) => firsts.includes(parse(d).domainWithoutSuffix ?? '');
    const catalog = w.hosts.map((h) => parse(h).domain ?? h).filter(spellsBrand);
    const chosen = catalog.length ? catalog : (OWN_DOMAINS[w.id] ?? []).filter(spellsBrand);
    for (const d of chosen) out.add(d);
  }
  return [...out].sort();
}

export function readPermutations(file = PERMUTATIONS_FILE): {
  header: string[];
  permutations: Permutation[];
} {
  const header: string[] = [];
  const permutations: Permutation[] = [];
  let original = '';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#')) header.push(line.slice(1).trim());
    else if (line.startsWith('= ')) original = line.slice(2);
    else if (line) {
      const [fuzzer = '', host = ''] = line.split('\t');
      permutations.push({ original, fuzzer, host });
    }
  }
  return { header, permutations };
}

/** Whether an original domain's brand label is short (`okx.com`, `gate.io`). */
export const isShort = (original: string) =>
  (parse(original).domainWithoutSuffix ?? original).length < SHORT_BRAND;

export interface Rate {
  total: number;
  flagged: number;
  percent: number;
}

/** Share of permutations `flag` catches, grouped by `key`. */
export function ratesBy(
  list: Permutation[],
  key: (p: Permutation) => string,
  flag: (host: string) => boolean,
): Map<string, Rate & { missed: string[] }> {
  const out = new Map<string, Rate & { missed: string[] }>();
  for (const p of list) {
    const k = key(p);
    const r = out.get(k) ?? { total: 0, flagged: 0, percent: 0, missed: [] };
    if (flag(p.host)) r.flagged++;
    else r.missed.push(p.host);
    r.total++;
    r.percent = Math.round((r.flagged / r.total) * 1000) / 10;
    out.set(k, r);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}
