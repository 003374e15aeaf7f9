// Bisection over lists kept sorted by a number (an offset): a scan per mention or per sentence would make a long
// single-line input quadratic.

/** The first index of `sorted` whose key is at least `value` (sorted.length when none is). */
export function firstAtLeast<T>(sorted: readonly T[], value: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
