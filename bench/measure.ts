/** One row of bench/results.json. */
export interface Figure {
  figure: string;
  value: number;
  unit: string;
  target: number;
  pass: boolean;
}

/** Median of `runs` timings of `fn` in ms, after `warmup` untimed runs (JIT, caches). */
export function medianMs(fn: () => void, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median =
    times.length % 2
      ? (times[mid] as number)
      : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
  return Math.round(median * 1000) / 1000;
}

/** A figure whose target is an upper bound (times). */
export function atMost(figure: string, value: number, unit: string, target: number): Figure {
  return { figure, value, unit, target, pass: value <= target };
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32): the same events every run. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median to a tenth: how the browser groups print their milliseconds. */
export const medianTenth = (values: readonly number[]): number =>
  Math.round(median(values) * 10) / 10;
