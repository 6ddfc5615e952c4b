export type CustomerType = 'prescriptor' | 'cautivo' | 'mercenario' | 'opositor';

export const CUSTOMER_TYPES: readonly CustomerType[] = ['prescriptor', 'cautivo', 'mercenario', 'opositor'];

/** Usual maxima of survey scales, smallest first. */
const SCALES = [5, 7, 10, 100];

/**
 * The maximum of the scale the scores were given on: the smallest of 5, 7, 10, 100 that holds the
 * largest score, or the largest score itself above 100. Null when there is no positive score.
 */
export function inferScaleMax(values: Iterable<number>): number | null {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  if (!(max > 0)) return null;
  return SCALES.find((s) => max <= s) ?? max;
}

/** High when the score is at least `share` of the scale's maximum (70 % by default: 3.5 of 5, 7 of 10). */
export function isHigh(score: number, scaleMax: number, share: number): boolean {
  return score >= share * scaleMax;
}

/**
 * Near the line between high and low: within a tenth of the scale of it, so one point either side
 * on a 1–10 scale (6, 7, 8) and a 3 or a 4 on a 1–5 one. One experience can move such a customer
 * to the next quadrant.
 */
export function nearHighLine(score: number, scaleMax: number, share: number): boolean {
  return Math.abs(score - share * scaleMax) <= scaleMax / 10 + 1e-9;
}

/** The satisfaction × loyalty quadrant (seed 000): loyal and satisfied prescriptor, loyal and unsatisfied cautivo… */
export function customerType(satisfied: boolean, loyal: boolean): CustomerType {
  if (loyal) return satisfied ? 'prescriptor' : 'cautivo';
  return satisfied ? 'mercenario' : 'opositor';
}

/** Loyalty from behaviour, without a loyalty column: active in the current period with at least 2 orders. */
export function loyalByBehaviour(active: boolean, currentOrders: number): boolean {
  return active && currentOrders >= 2;
}

/** One order from the other side of that line: active with exactly 1 or 2 orders this period. */
export function nearLoyaltyByBehaviour(active: boolean, currentOrders: number): boolean {
  return active && (currentOrders === 1 || currentOrders === 2);
}
