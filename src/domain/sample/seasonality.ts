import type { EpochDay } from '../dates';

/** Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
export function weekday(day: EpochDay): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Month 1–12 and day of month 1–31 of an epoch day. */
export function monthAndDay(day: EpochDay): { month: number; date: number } {
  const d = new Date(day * 86_400_000);
  return { month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** A bakery's week: quiet on Monday, busy at the weekend (Sunday morning included). */
const WEEKDAY = [0.8, 0.9, 0.95, 0.95, 1.1, 1.35, 1.2];

/** Its year: the summer holidays empty the city, December fills it. */
const MONTH = [0.95, 0.95, 1, 1, 1, 0.95, 0.72, 0.6, 0.95, 1, 1, 1.15];

/** Roscón and Christmas sweets season: from 20 December to Twelfth Night (6 January). */
export function isRosconSeason(day: EpochDay): boolean {
  const { month, date } = monthAndDay(day);
  return (month === 12 && date >= 20) || (month === 1 && date <= 6);
}

/**
 * How many times the usual number of purchases a customer makes on `day`: weekday × month ×
 * holiday season (the days before Christmas ×1.3, 2–5 January ×1.6, Twelfth Night ×2.2).
 * The shops are closed on Christmas Day and New Year's Day (0).
 */
export function dayFactor(day: EpochDay): number {
  const { month, date } = monthAndDay(day);
  if ((month === 12 && date === 25) || (month === 1 && date === 1)) return 0;
  let factor = WEEKDAY[weekday(day)] * MONTH[month - 1];
  if (month === 12 && date >= 20) factor *= 1.3;
  if (month === 1 && date >= 2 && date <= 5) factor *= 1.6;
  if (month === 1 && date === 6) factor *= 2.2;
  return factor;
}
