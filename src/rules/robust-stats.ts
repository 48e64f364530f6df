/** Insert into an ascending array, keeping it sorted. */
export function insertSorted(sorted: number[], value: number): void {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  sorted.splice(lo, 0, value);
}

/** Remove one occurrence of `value` from an ascending array. */
export function removeSorted(sorted: number[], value: number): void {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  if (sorted[lo] === value) sorted.splice(lo, 1);
}

export function median(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Median absolute deviation of an ascending array, in O(n/2): the deviations below the median
 * grow leftwards and those above grow rightwards, so merging the two walks yields them sorted.
 */
export function medianAbsoluteDeviation(sorted: readonly number[], m = median(sorted)): number {
  const n = sorted.length;
  if (n === 0) return 0;
  let left = -1;
  while (left + 1 < n && (sorted[left + 1] as number) <= m) left++;
  let right = left + 1;
  let previous = 0;
  let current = 0;
  // Take the (n/2 + 1) smallest deviations in order; no closure: this runs per withdrawal.
  for (let i = 0; i <= n >> 1; i++) {
    const dl = left >= 0 ? m - (sorted[left] as number) : Infinity;
    const dr = right < n ? (sorted[right] as number) - m : Infinity;
    previous = current;
    if (dl <= dr) {
      current = dl;
      left--;
    } else {
      current = dr;
      right++;
    }
  }
  return n % 2 ? current : (previous + current) / 2;
}

/** How many values of an ascending array lie in [lo, hi]. */
export function countWithin(sorted: readonly number[], lo: number, hi: number): number {
  const firstAtLeast = (x: number, strict: boolean) => {
    let a = 0;
    let b = sorted.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      const v = sorted[mid] as number;
      if (strict ? v <= x : v < x) a = mid + 1;
      else b = mid;
    }
    return a;
  };
  return firstAtLeast(hi, true) - firstAtLeast(lo, false);
}
