/** The time unit in which the "buy till you die" models count t_x, T, horizons and rates. */
export type TimeUnit = 'days' | 'weeks' | 'months';

/** Days in one unit; a month is a twelfth of a mean Gregorian year (365.25 / 12 = 30.4375 days). */
export const DAYS_PER_UNIT: Readonly<Record<TimeUnit, number>> = {
  days: 1,
  weeks: 7,
  months: 365.25 / 12,
};
