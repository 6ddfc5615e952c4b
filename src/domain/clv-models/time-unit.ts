/** The time unit in which the "buy till you die" models count t_x, T, horizons and rates. */
export type TimeUnit = 'days' | 'weeks' | 'months';

/** Days in one unit; a month is a twelfth of a mean Gregorian year (365.25 / 12 = 30.4375 days). */
export const DAYS_PER_UNIT: Readonly<Record<TimeUnit, number>> = {
  days: 1,
  weeks: 7,
  months: 365.25 / 12,
};

export const TIME_UNITS: readonly TimeUnit[] = ['days', 'weeks', 'months'];

/**
 * The same length of time counted in another unit, to the nearest whole unit and at least 1
 * (52 weeks → 364 days → 12 months), so that a horizon keeps its meaning when the unit changes.
 */
export function convertDuration(length: number, from: TimeUnit, to: TimeUnit): number {
  if (from === to) return length;
  return Math.max(1, Math.round((length * DAYS_PER_UNIT[from]) / DAYS_PER_UNIT[to]));
}
