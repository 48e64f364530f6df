import { skeleton } from './skeleton';

/**
 * A label reduced further than its skeleton: what a reader glancing at the address bar could
 * take for the same word. Strokes of `l` and `i` pile up (`cl` → `d`, `lb` → `b`, `lk` → `k`,
 * `nn` and `rr` → `m`, `u` reads as `ii`, `il` or `ll`: `kiicoin`, `revoliit`), and letters
 * dnstwist and phishers swap for their look merge: `i l j`,
 * `m n r`, `b d`, `c e`, `g q`. Matched under any suffix only for brands of 5+ letters; a 3- or
 * 4-letter brand only under its own suffix (`qate.io`), and 2 letters not at all (`jb.com`
 * would read as `jd.com`).
 */
const STROKES = /[cd]l+|l+[bd]|l+h|l+[ck]|nn|rr/g;
const strokeOf = (run: string): string => {
  const last = run[run.length - 1] as string;
  if (run[0] === 'c' || run[0] === 'd') return 'd';
  if (last === 'n' || last === 'r') return 'm';
  return last === 'c' ? 'k' : last === 'd' ? 'b' : last;
};

const MERGE: Record<string, string> = { m: 'n', r: 'n', d: 'b', c: 'e', q: 'g' };

/** The shape of a label already reduced to its `skeleton`. */
export function shapeOfSkeleton(look: string): string {
  const out = look.replace(/[ij]/g, 'l').replace(/u/g, 'll').replace(STROKES, strokeOf);
  let merged = '';
  for (const c of out) merged += MERGE[c] ?? c;
  return merged;
}

export function shape(label: string): string {
  return shapeOfSkeleton(skeleton(label));
}
