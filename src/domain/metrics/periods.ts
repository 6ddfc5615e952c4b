import type { DayRange } from '../dataset';
import { subtractMonths, type EpochDay } from '../dates';

export interface AnalysisPeriods {
  /** Current period: T − P months < d ≤ T. */
  current: DayRange;
  /** Previous period: T − 2P months < d ≤ T − P months. */
  previous: DayRange;
}

/**
 * The current and previous periods ending at T, both inclusive day ranges.
 * Boundaries are T − P and T − 2P months on the calendar, each clamped to month end, so that
 * T = 2024-03-31 with P = 1 gives March and then February (2024-01-31 < d ≤ 2024-02-29);
 * subtracting P twice in a row would instead leak 30–31 January into the previous period.
 */
export function analysisPeriods(t: EpochDay, periodMonths: number): AnalysisPeriods {
  const currentStart = subtractMonths(t, periodMonths);
  const previousStart = subtractMonths(t, 2 * periodMonths);
  return {
    current: { first: currentStart + 1, last: t },
    previous: { first: previousStart + 1, last: currentStart },
  };
}

/**
 * Whether the data reaches back over two periods, so that churn can be measured: the first
 * purchase must fall on or before the previous period's first day, with a slack of a tenth of
 * that period (data exported "from 1 January" while T is 30 December still counts).
 * False when there is no purchase at all.
 */
export function coversTwoPeriods(firstPurchase: EpochDay | null, periods: AnalysisPeriods): boolean {
  if (firstPurchase === null) return false;
  const { first, last } = periods.previous;
  const slack = Math.floor((last - first + 1) / 10);
  return firstPurchase <= first + slack;
}
