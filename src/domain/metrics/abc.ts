import { lowerBound } from './lower-bound';

export type AbcClass = 'A' | 'B' | 'C';

/** Shares within this of a threshold count as on it, so that 80 out of 100 is A despite rounding. */
const EDGE = 1e-12;

export interface AbcResult {
  /** Class of each input value; null for values ≤ 0, which take no part. */
  classes: (AbcClass | null)[];
  /** Cumulative value share of the positive values sorted largest first, each one included. */
  cumulative: Float64Array;
}

/**
 * ABC classes: positive values sorted descending; a customer whose cumulative share (itself
 * included) is ≤ a is A, ≤ b is B, the rest C. Equal values form one block and get one class,
 * judged by the share through the whole block, so that the result cannot depend on row order.
 * Empty or all non-positive input: no classes. O(n log n).
 */
export function abcClasses(values: Float64Array, [a, b]: readonly [number, number]): AbcResult {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > 0) n++;
  const ascending = new Float64Array(n);
  for (let i = 0, k = 0; i < values.length; i++) if (values[i] > 0) ascending[k++] = values[i];
  ascending.sort();
  let total = 0;
  for (let k = n - 1; k >= 0; k--) total += ascending[k];
  const cumulative = new Float64Array(n);
  let running = 0;
  for (let k = 0; k < n; k++) {
    running += ascending[n - 1 - k];
    cumulative[k] = running / total;
  }
  const classes = new Array<AbcClass | null>(values.length).fill(null);
  for (let i = 0; i < values.length; i++) {
    if (!(values[i] > 0)) continue;
    // Position, largest first, of the last value equal to this one.
    const share = cumulative[n - 1 - lowerBound(ascending, values[i])];
    classes[i] = share <= a + EDGE ? 'A' : share <= b + EDGE ? 'B' : 'C';
  }
  return { classes, cumulative };
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
