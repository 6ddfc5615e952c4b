export type AbcClass = 'A' | 'B' | 'C';

/** Shares within this of a threshold count as on it, so that 80 out of 100 is A despite rounding. */
const EDGE = 1e-12;

export interface AbcResult {
  /** Class of each input value; null for values ≤ 0, which take no part. */
  classes: (AbcClass | null)[];
  /** Indices of the positive values, largest first (ties keep input order). */
  order: Uint32Array;
  /** Cumulative value share after each customer of `order`, itself included. */
  cumulative: Float64Array;
}

/**
 * ABC classes: positive values sorted descending; a customer whose cumulative share (itself
 * included) is ≤ a is A, ≤ b is B, the rest C. Empty or all non-positive input: no classes.
 */
export function abcClasses(values: Float64Array, [a, b]: readonly [number, number]): AbcResult {
  const positive: number[] = [];
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] > 0) positive.push(i);
  }
  const order = Uint32Array.from(positive).sort((x, y) => values[y] - values[x] || x - y);
  for (const i of order) total += values[i];
  const classes: (AbcClass | null)[] = new Array(values.length).fill(null);
  const cumulative = new Float64Array(order.length);
  let running = 0;
  order.forEach((i, k) => {
    running += values[i];
    const share = running / total;
    cumulative[k] = share;
    classes[i] = share <= a + EDGE ? 'A' : share <= b + EDGE ? 'B' : 'C';
  });
  return { classes, order, cumulative };
}

/**
 * The Pareto curve for a chart: (share of customers, cumulative share of value), from (0, 0),
 * at most `maxPoints` points spread evenly over the customers, the last one always kept.
 */
export function abcCurve(cumulative: Float64Array, maxPoints = 500): { customerShare: number[]; valueShare: number[] } {
  const n = cumulative.length;
  const customerShare = [0];
  const valueShare = [0];
  const step = Math.max(1, Math.ceil(n / maxPoints));
  for (let k = step - 1; k < n; k += step) {
    customerShare.push((k + 1) / n);
    valueShare.push(cumulative[k]);
  }
  if (n > 0 && customerShare[customerShare.length - 1] !== 1) {
    customerShare.push(1);
    valueShare.push(cumulative[n - 1]);
  }
  return { customerShare, valueShare };
}
