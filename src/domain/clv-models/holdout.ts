import type { TransactionTable } from '../dataset';
import type { EpochDay } from '../dates';
import { bgnbdExpectedPurchases, bgnbdExpectedPurchasesNewCustomer, type BgNbdParams } from './bgnbd';
import { purchaseDays, type PurchaseDays } from './purchase-days';
import { fail, type ClvResult } from './result';
import type { RfmSummary } from './rfm-summary';
import { DAYS_PER_UNIT } from './time-unit';

/** Customers with x repeat purchases in the calibration (x = 7 stands for 7 or more). */
export interface FrequencyClass {
  x: number;
  customers: number;
  /** Repeat purchases the class made in the holdout, and the model's expectation of them. */
  actual: number;
  expected: number;
  /** actual / customers and expected / customers; 0 for an empty class. */
  actualMean: number;
  expectedMean: number;
}

/** Repeat purchases made by the calibration customers from their first purchase up to `day`, included. */
export interface CumulativePoint {
  day: EpochDay;
  actual: number;
  expected: number;
}

export interface HoldoutValidation {
  /** Length of the holdout period in the summary's unit. */
  holdoutLength: number;
  /** Repeat purchases in the holdout: observed (`holdout_actual`) and expected (`holdout_expected`). */
  totalActual: number;
  totalExpected: number;
  byFrequency: FrequencyClass[];
  /**
   * One point every 7 days on a grid through the calibration end, from the first week holding the
   * calibration customers' first purchase to the holdout end (the last point, maybe a short week).
   */
  cumulative: CumulativePoint[];
  /** Points up to the calibration end: cumulative[calibrationWeeks − 1] is the calibration end itself. */
  calibrationWeeks: number;
}

export const FREQUENCY_CLASSES = 8;

/**
 * Compares BG/NBD predictions with what the customers did after the calibration end
 * (Fader, Hardie & Lee 2005, figures 2 and 3). The split itself is made by `rfmSummary` with a
 * `holdoutEnd`. Per class: expected = Σ E[Y(t) | x, t_x, T] with t the holdout length. The
 * cumulative curve sums, over customers with first purchase on day s, the expected repeat
 * purchases of a new customer E[X((d − s)/u)], beside the observed ones.
 * Error: `bad-date` (field `holdoutEnd`) when the summary has no holdout.
 */
export function holdoutValidation(
  table: TransactionTable,
  summary: RfmSummary,
  params: BgNbdParams,
  purchases: PurchaseDays = purchaseDays(table),
): ClvResult<HoldoutValidation> {
  const { holdoutEnd, holdoutX, calibrationEnd } = summary;
  if (holdoutEnd === null || holdoutX === null) return fail('bad-date', { field: 'holdoutEnd' });
  const u = DAYS_PER_UNIT[summary.unit];
  const holdoutLength = (holdoutEnd - calibrationEnd) / u;

  const byFrequency: FrequencyClass[] = Array.from({ length: FREQUENCY_CLASSES }, (_, x) =>
    ({ x, customers: 0, actual: 0, expected: 0, actualMean: 0, expectedMean: 0 }));
  for (let i = 0; i < summary.length; i++) {
    const x = summary.x[i];
    const row = byFrequency[Math.min(x, FREQUENCY_CLASSES - 1)];
    row.customers++;
    row.actual += holdoutX[i];
    row.expected += bgnbdExpectedPurchases(params, x, summary.tx[i], summary.T[i], holdoutLength);
  }
  for (const row of byFrequency) {
    row.actualMean = row.customers > 0 ? row.actual / row.customers : 0;
    row.expectedMean = row.customers > 0 ? row.expected / row.customers : 0;
  }

  let start = Infinity;
  for (let i = 0; i < summary.length; i++) start = Math.min(start, summary.firstDay[i]);
  const span = holdoutEnd - start + 1;
  const repeatsOnDay = new Float64Array(span);
  const firstOnDay = new Float64Array(span);
  for (let i = 0; i < summary.length; i++) {
    const c = summary.customer[i];
    firstOnDay[summary.firstDay[i] - start]++;
    for (let k = purchases.offsets[c] + 1; k < purchases.offsets[c + 1] && purchases.day[k] <= holdoutEnd; k++) {
      repeatsOnDay[purchases.day[k] - start]++;
    }
  }
  const expectedAfterDays = Float64Array.from({ length: span }, (_, d) => bgnbdExpectedPurchasesNewCustomer(params, d / u));

  const cumulative: CumulativePoint[] = [];
  let actual = 0;
  let counted = 0;
  const firstPoint = calibrationEnd - 7 * Math.floor((calibrationEnd - start) / 7);
  for (let end = firstPoint; ; end += 7) {
    const day = Math.min(end, holdoutEnd);
    for (; counted <= day - start; counted++) actual += repeatsOnDay[counted];
    let expected = 0;
    for (let s = 0; s <= day - start; s++) if (firstOnDay[s] > 0) expected += firstOnDay[s] * expectedAfterDays[day - start - s];
    cumulative.push({ day, actual, expected });
    if (day === holdoutEnd) break;
  }

  return {
    ok: true,
    value: {
      holdoutLength,
      totalActual: byFrequency.reduce((sum, row) => sum + row.actual, 0),
      totalExpected: byFrequency.reduce((sum, row) => sum + row.expected, 0),
      byFrequency,
      cumulative,
      calibrationWeeks: Math.floor((calibrationEnd - start) / 7) + 1,
    },
  };
}
