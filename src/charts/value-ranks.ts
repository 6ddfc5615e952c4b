/** Medians and mid-rank percentiles over values sorted once (a typed array sorts natively, fast). */

/** The values sorted ascending, in a copy. */
export function sortedCopy(values: Float64Array): Float64Array {
  return values.slice().sort();
}

/** Median of values sorted ascending (mean of the two middle ones for an even count); NaN for none. */
export function medianOfSorted(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/** Index of the first element > value (`strict` false) or ≥ value (`strict` true) in an ascending array. */
function bound(sorted: Float64Array, value: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value || (!strict && sorted[mid] === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mid-rank percentile of a value among values sorted ascending, ties sharing one: (smaller + equal / 2) / n. */
export function percentileIn(sorted: Float64Array, value: number): number {
  const below = bound(sorted, value, true);
  return (below + (bound(sorted, value, false) - below) / 2) / sorted.length;
}
