import { epochDayToIso, type EpochDay } from '../dates';

/** Whole calendar months from the first day of the data to T (a month counts once its day is reached). */
export function monthsOfHistory(first: EpochDay, t: EpochDay): number {
  const [y0, m0, d0] = epochDayToIso(first).split('-').map(Number);
  const [y1, m1, d1] = epochDayToIso(t).split('-').map(Number);
  const months = (y1 - y0) * 12 + (m1 - m0) - (d1 < d0 ? 1 : 0);
  return Math.max(0, months);
}

/**
 * The longest period P that leaves two whole periods of history (METRICS.md, churn): ⌊months of
 * history / 2⌋, or null when the history is shorter than two months.
 */
export function longestPeriodAllowed(first: EpochDay | null, t: EpochDay | null): number | null {
  if (first === null || t === null) return null;
  const p = Math.floor(monthsOfHistory(first, t) / 2);
  return p >= 1 ? p : null;
}
