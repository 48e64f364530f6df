import { skeleton } from './skeleton';

/**
 * A label reduced further than its skeleton, for brands of 5+ letters only: what a reader
 * glancing at the address bar could take for the same word. Strokes of `l`
 * and `i` pile up (`cl` → `d`, `lb` → `b`, `lk` → `k`, `ii` → `u`, `nn` and `rr` → `m`); and
 * letters dnstwist and phishers swap for their look merge: `i l j`, `m n r`, `b d`, `c e`,
 * `g q`. Too coarse for 3- and 4-letter brands (`jb` would read as `jd`): those keep
 * `skeleton`.
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
  const out = look.replace(/[ij]/g, 'l').replace(STROKES, strokeOf);
  let merged = '';
  for (const c of out) merged += MERGE[c] ?? c;
  return merged;
}

export function shape(label: string): string {
  return shapeOfSkeleton(skeleton(label));
}
