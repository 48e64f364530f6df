import { BRANDS, type Brand } from './brands';
import { isVocabulary, tokens, vocabularyCuts } from './segment';
import { editVariants } from './variants';

export interface LabelMatch {
  brand: Brand;
  /** exact: the label is the brand; word: brand plus other words; edit: a misspelling. */
  how: 'exact' | 'word' | 'edit';
}

// Hot path (every host checked): names joined once, and no closures made per call.
const NAMES = new Map(BRANDS.map((b) => [b, b.parts.join('')]));
const name = (b: Brand) => NAMES.get(b) as string;
const DISTINCT = BRANDS.filter((b) => b.kind === 'distinct');
const TOKENED = BRANDS.filter((b) => b.kind !== 'distinct');

interface Variants {
  /** Misspellings of distinct brands of 6+ letters; shorter ones have too many real-word neighbours. */
  byLabel: Map<string, { brand: Brand; strong: boolean }>;
  /** Lengths of the strong misspellings, ascending: where to look inside a glued label. */
  gluedLengths: number[];
}
let variants: Variants | undefined;

/**
 * Built on the first label checked, not when the module loads: the service worker loads this
 * module every time it starts, and a new event waits for that start (issue 9).
 */
function variantTables(): Variants {
  if (variants) return variants;
  const byLabel = new Map<string, { brand: Brand; strong: boolean }>();
  for (const b of DISTINCT) {
    const word = name(b);
    if (word.length < 6) continue;
    for (const [v, { strong }] of editVariants(word)) {
      if (!b.innocent?.includes(v)) byLabel.set(v, { brand: b, strong });
    }
  }
  for (const b of BRANDS) byLabel.delete(name(b));
  const gluedLengths = [
    ...new Set([...byLabel].filter(([, v]) => v.strong).map(([k]) => k.length)),
  ].sort((a, b) => a - b);
  variants = { byLabel, gluedLengths };
  return variants;
}

/** Whether the occurrence of `b` at `at` in `text` is inside one of its innocent words. */
function innocentAt(b: Brand, text: string, at: number): boolean {
  if (!b.innocent) return false;
  const word = name(b);
  for (const w of b.innocent) {
    const offset = w.indexOf(word);
    if (offset >= 0 && text.startsWith(w, at - offset)) return true;
  }
  return false;
}

function containsDistinct(b: Brand, text: string): boolean {
  const word = name(b);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!innocentAt(b, text, at)) return true;
  }
  return false;
}

function hasOtherWord(toks: string[], skip: number): boolean {
  for (let i = 0; i < toks.length; i++) {
    if (i !== skip && isVocabulary(toks[i] as string)) return true;
  }
  return false;
}

function partsAt(b: Brand, toks: string[], i: number): boolean {
  for (let k = 0; k < b.parts.length; k++) if (toks[i + k] !== b.parts[k]) return false;
  return true;
}

function tokenBrand(b: Brand, toks: string[], label: string): LabelMatch | undefined {
  const word = name(b);
  // Consecutive tokens spelling the parts: gate-io, crypto-com.
  for (let i = 0; i + b.parts.length <= toks.length; i++) {
    if (partsAt(b, toks, i)) {
      const exact = toks.length === b.parts.length;
      if (b.kind === 'context' && !hasOtherWord(toks, i)) continue;
      return { brand: b, how: exact && label === toks.join('-') ? 'exact' : 'word' };
    }
  }
  // Glued inside one token, with only vocabulary around it: okxwallet, yourgeminiclaims.
  for (const t of toks) {
    let at = t.indexOf(word);
    if (at < 0 || t === word) continue;
    const { starts, ends } = vocabularyCuts(t);
    for (; at >= 0; at = t.indexOf(word, at + 1)) {
      if (starts[at] && ends[at + word.length]) return { brand: b, how: 'word' };
    }
  }
  return undefined;
}

function editMatch(toks: string[]): LabelMatch | undefined {
  const { byLabel, gluedLengths } = variantTables();
  for (const t of toks) {
    const whole = byLabel.get(t);
    if (whole) return { brand: whole.brand, how: 'edit' };
    if (t.length < (gluedLengths[0] ?? Infinity) + 2) continue;
    const { starts, ends } = vocabularyCuts(t);
    for (let s = 0; s < t.length; s++) {
      if (!starts[s]) continue;
      for (const len of gluedLengths) {
        if (!ends[s + len]) continue;
        const hit = byLabel.get(t.slice(s, s + len));
        if (hit?.strong) return { brand: hit.brand, how: 'edit' };
      }
    }
  }
  return undefined;
}

/**
 * Which brand a host label imitates, if any. `label` is lower case, possibly Unicode (callers
 * try its skeleton too).
 */
export function matchLabel(label: string): LabelMatch | undefined {
  for (const b of DISTINCT) {
    if (containsDistinct(b, label)) return { brand: b, how: label === name(b) ? 'exact' : 'word' };
  }
  const toks = tokens(label);
  // A brand split by hyphens or digits (coin-base, bin4nce) is a misspelling of it.
  if (toks.length > 1) {
    const starts: number[] = [];
    let joined = '';
    for (const t of toks) {
      starts.push(joined.length);
      joined += t;
    }
    for (const b of DISTINCT) {
      const at = joined.indexOf(name(b));
      if (at >= 0 && starts.includes(at) && !innocentAt(b, joined, at))
        return { brand: b, how: 'edit' };
    }
  }
  for (const b of TOKENED) {
    const m = tokenBrand(b, toks, label);
    if (m) return m;
  }
  return editMatch(toks);
}
