import { BRANDS, OWN_DOMAINS, type Brand } from './brands';
import { shape, shapeOfSkeleton } from './shape';
import { skeleton } from './skeleton';
import { vocabularyCuts } from './segment';
import { typoVariants } from './typos';

/** Shorter brands are left to `skeleton`, whole tokens and words: one slip from `okx` is `okc`. */
const LONG = 5;

export interface TypoMatch {
  walletId: string;
  /** The brand as written in hosts: `binance`, `crypto.com`. */
  brand: string;
  how: 'glyph' | 'typo' | 'split' | 'glued';
}

type BySuffix = Map<string, Map<string, TypoMatch>>;

interface Tables {
  /** Shapes of long brands and their slips, under any suffix: `bi4nance`, `paypul`, `a1lpay`. */
  labels: Map<string, TypoMatch>;
  /** Shape, then suffix, of an own domain of 3+ letters: `qate` `io`, `gemlni` `com`. */
  lookDomains: BySuffix;
  /** Slips of an own domain, as written, then suffix: `crypt0` `com`, `okx1` `com`. */
  slipDomains: BySuffix;
  /** Own domains glued into one label: `cryptocom`, `okx-com`. */
  glued: Map<string, TypoMatch>;
  /** Long brand names and own domains (`binance`, `gate.io`), to find them split by dots. */
  split: Map<string, TypoMatch>;
  /** The longest key of `split`: joining more labels cannot match. */
  splitLength: number;
  /** Real words near a brand (`allpay`, `revolt`), as written: never a lookalike. */
  innocent: Set<string>;
}
let tables: Tables | undefined;

const name = (b: Brand) => b.parts.join('');

/** Own domains whose label spells one of the wallet's brands: `crypto.com`, `gate.io`. */
function brandDomains(): Array<{ brand: Brand; label: string; suffix: string }> {
  const out: Array<{ brand: Brand; label: string; suffix: string }> = [];
  for (const [walletId, domains] of Object.entries(OWN_DOMAINS)) {
    for (const d of domains) {
      const dot = d.indexOf('.');
      const label = d.slice(0, dot);
      const brand = BRANDS.find((b) => b.walletId === walletId && b.parts[0] === label);
      if (brand) out.push({ brand, label, suffix: d.slice(dot + 1) });
    }
  }
  return out;
}

/**
 * Slips of an own domain's label that still point at it under its suffix, as written. 5+ letters
 * (made-up names are in `labels` already; this is for crypto.com, gemini.com): all of them,
 * without merging look-alike letters, so `ecrypto` stays a name of its own. A short name: only
 * those that leave it whole: a digit after it, a hyphen inside, a letter doubled (3+ letters:
 * `jdd` is just letters).
 */
function ownSlips(label: string): string[] {
  if (label.length >= LONG) return [...typoVariants(label)];
  const slips = [...'0123456789'].map((d) => label + d);
  for (let i = 1; i < label.length; i++) slips.push(`${label.slice(0, i)}-${label.slice(i)}`);
  if (label.length > 2) {
    for (let i = 0; i < label.length; i++) slips.push(label.slice(0, i + 1) + label.slice(i));
  }
  return slips;
}

function putIn(map: BySuffix, key: string, suffix: string, m: TypoMatch): void {
  let bySuffix = map.get(key);
  if (!bySuffix) map.set(key, (bySuffix = new Map()));
  if (!bySuffix.has(suffix)) bySuffix.set(suffix, m);
}

/**
 * Built on the first host checked, not when the module loads: the service worker loads this
 * module every time it starts, and a new event waits for that start (issue 9).
 */
function typoTables(): Tables {
  if (tables) return tables;
  const labels = new Map<string, TypoMatch>();
  const lookDomains: BySuffix = new Map();
  const slipDomains: BySuffix = new Map();
  const glued = new Map<string, TypoMatch>();
  const split = new Map<string, TypoMatch>();
  for (const b of BRANDS) {
    const word = name(b);
    // A context brand is also an everyday word or someone else's (Google's Gemini): alone it
    // is looked for only under its own suffix, below.
    if (word.length < LONG || b.parts.length > 1 || b.kind === 'context') continue;
    const m = { walletId: b.walletId, brand: word };
    split.set(word, { ...m, how: 'split' });
    const look = shape(word);
    if (!labels.has(look)) labels.set(look, { ...m, how: 'glyph' });
    for (const v of typoVariants(word)) {
      const slip = shape(v);
      if (!labels.has(slip)) labels.set(slip, { ...m, how: 'typo' });
    }
  }
  for (const { brand, label, suffix } of brandDomains()) {
    const m = { walletId: brand.walletId, brand: `${label}.${suffix}` };
    glued.set(label + suffix.replace(/\./g, ''), { ...m, how: 'glued' });
    glued.set(`${label}-${suffix.replace(/\./g, '-')}`, { ...m, how: 'glued' });
    split.set(`${label}.${suffix}`, { ...m, how: 'split' });
    // A short name only looks like itself under its own suffix (`qate.io`, `rnexc.com`), and
    // 2 letters are too few to tell (`jb.com`).
    if (label.length > 2) putIn(lookDomains, shape(label), suffix, { ...m, how: 'glyph' });
    for (const v of ownSlips(label)) putIn(slipDomains, v, suffix, { ...m, how: 'typo' });
  }
  const innocent = new Set(BRANDS.flatMap((b) => b.innocent ?? []));
  const splitLength = Math.max(...[...split.keys()].map((k) => k.length));
  tables = { labels, lookDomains, slipDomains, glued, split, splitLength, innocent };
  return tables;
}

function slipOf(t: Tables, text: string): TypoMatch | undefined {
  return text.length >= LONG - 1 && !t.innocent.has(text) ? t.labels.get(shape(text)) : undefined;
}

/**
 * A long brand's slip with only vocabulary before or after it: `paypulsupport`, `mybinanse`.
 * Beside other words, only slips of 5+ letters that keep the brand's first letter count:
 * `makerdao` is `maker` and `dao`, not `(k)raken`.
 */
function gluedSlip(t: Tables, part: string): TypoMatch | undefined {
  // The shortest vocabulary words have 2 letters.
  if (part.length < LONG + 2) return undefined;
  const { starts, ends } = vocabularyCuts(part);
  for (let end = LONG; end <= part.length - 2; end++) {
    const hit = ends[end] ? strongSlip(t, part.slice(0, end)) : undefined;
    if (hit) return hit;
  }
  for (let start = 2; start <= part.length - LONG; start++) {
    const hit = starts[start] ? strongSlip(t, part.slice(start)) : undefined;
    if (hit) return hit;
  }
  return undefined;
}

function strongSlip(t: Tables, text: string): TypoMatch | undefined {
  const hit = text.length >= LONG ? slipOf(t, text) : undefined;
  return hit && shape(text[0] as string) === shape(hit.brand[0] as string) ? hit : undefined;
}

/**
 * Which wallet a registrable label imitates by a slip or a look, given its public suffix and
 * the labels before it (`bi.nance.com` splits a brand across a dot).
 */
export function typoMatch(
  label: string,
  suffix: string,
  subdomain: string[],
  look = skeleton(label),
): TypoMatch | undefined {
  const t = typoTables();
  const gluedHit = t.glued.get(label);
  if (gluedHit) return gluedHit;
  if (!t.innocent.has(label)) {
    const rough = shapeOfSkeleton(look);
    const hit =
      t.labels.get(rough) ??
      t.lookDomains.get(rough)?.get(suffix) ??
      t.slipDomains.get(label)?.get(suffix);
    if (hit) return hit;
  }
  // Each hyphen-separated part (`bi4nance-login`), alone or glued to phishing words
  // (`paypulsupport`, `mybinanse`).
  for (const part of label.includes('-') ? label.split('-') : [label]) {
    const partHit = part !== label ? strongSlip(t, part) : undefined;
    const hit = partHit ?? gluedSlip(t, part);
    if (hit) return hit;
  }
  // A brand split by dots, as written: `bi.nance.com`, `ga.te.io`.
  let joined = label;
  for (let k = subdomain.length - 1; k >= 0; k--) {
    joined = (subdomain[k] as string) + joined;
    if (joined.length > t.splitLength) break;
    const hit = t.split.get(joined) ?? t.split.get(`${joined}.${suffix}`);
    if (hit) return hit;
  }
  return undefined;
}
