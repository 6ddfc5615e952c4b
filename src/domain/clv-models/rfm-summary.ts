import type { TransactionTable } from '../dataset';
import type { EpochDay } from '../dates';
import { purchaseDays, type PurchaseDays } from './purchase-days';
import { fail, type ClvResult } from './result';
import { DAYS_PER_UNIT, type TimeUnit } from './time-unit';

export interface RfmSummaryOptions {
  unit: TimeUnit;
  /** Last day of the calibration period, included. */
  calibrationEnd: EpochDay;
  /** Last day of the holdout period, included; absent → no holdout counts. */
  holdoutEnd?: EpochDay;
}

/**
 * One row per customer whose first purchase is on or before the calibration end, in columns.
 * Times are in `unit`s and measured from the customer's first purchase (day granularity).
 */
export interface RfmSummary {
  unit: TimeUnit;
  calibrationEnd: EpochDay;
  holdoutEnd: EpochDay | null;
  length: number;
  /** Customer number (index into the table's `customerIds`) of each row. */
  customer: Uint32Array;
  firstDay: Int32Array;
  /** Repeat purchases x: purchase days after the first, up to the calibration end. */
  x: Uint32Array;
  /** Time of the last purchase t_x (0 when x = 0). */
  tx: Float64Array;
  /** Age T: from the first purchase to the calibration end. */
  T: Float64Array;
  /**
   * Mean spend of the repeat purchases (the first purchase excluded), 0 when x = 0:
   * the convention of the `lifetimes` library and of the Gamma-Gamma model.
   */
  monetary: Float64Array;
  /** Spend of every calibration purchase, the first included. */
  totalSpend: Float64Array;
  /** Purchase days in (calibrationEnd, holdoutEnd]; null without a holdout end. */
  holdoutX: Uint32Array | null;
}

/**
 * Summarises each customer's purchase days (see `purchaseDays`: same-day rows merged) as
 * x, t_x, T and mean repeat spend for BG/NBD and Gamma-Gamma.
 * t_x = (last − first) / u, T = (calibrationEnd − first) / u, u = days per unit.
 * Errors: `bad-date` (a non-integer day, or a holdout end not after the calibration end),
 * `no-purchases` (nobody bought by the calibration end), `single-purchase-day` (every
 * calibration purchase on one day: no time to learn from).
 */
export function rfmSummary(
  table: TransactionTable,
  options: RfmSummaryOptions,
  purchases: PurchaseDays = purchaseDays(table),
): ClvResult<RfmSummary> {
  const { unit, calibrationEnd } = options;
  const holdoutEnd = options.holdoutEnd ?? null;
  if (!Number.isInteger(calibrationEnd)) return fail('bad-date', { field: 'calibrationEnd' });
  if (holdoutEnd !== null && !(Number.isInteger(holdoutEnd) && holdoutEnd > calibrationEnd)) {
    return fail('bad-date', { field: 'holdoutEnd' });
  }
  const { offsets, day, spend } = purchases;
  const customers = offsets.length - 1;
  const rows: number[] = [];
  let firstSeen = Infinity;
  let lastSeen = -Infinity;
  for (let c = 0; c < customers; c++) {
    const start = offsets[c];
    if (start === offsets[c + 1] || day[start] > calibrationEnd) continue;
    rows.push(c);
    firstSeen = Math.min(firstSeen, day[start]);
    let k = start;
    while (k + 1 < offsets[c + 1] && day[k + 1] <= calibrationEnd) k++;
    lastSeen = Math.max(lastSeen, day[k]);
  }
  if (rows.length === 0) return fail('no-purchases');
  if (firstSeen === lastSeen) return fail('single-purchase-day');

  const n = rows.length;
  const u = DAYS_PER_UNIT[unit];
  const summary: RfmSummary = {
    unit, calibrationEnd, holdoutEnd, length: n,
    customer: Uint32Array.from(rows),
    firstDay: new Int32Array(n),
    x: new Uint32Array(n),
    tx: new Float64Array(n),
    T: new Float64Array(n),
    monetary: new Float64Array(n),
    totalSpend: new Float64Array(n),
    holdoutX: holdoutEnd === null ? null : new Uint32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const c = rows[i];
    const start = offsets[c];
    const end = offsets[c + 1];
    const first = day[start];
    let k = start + 1;
    let repeatSpend = 0;
    for (; k < end && day[k] <= calibrationEnd; k++) repeatSpend += spend[k];
    const x = k - start - 1;
    summary.firstDay[i] = first;
    summary.x[i] = x;
    summary.tx[i] = (day[k - 1] - first) / u;
    summary.T[i] = (calibrationEnd - first) / u;
    summary.monetary[i] = x > 0 ? repeatSpend / x : 0;
    summary.totalSpend[i] = spend[start] + repeatSpend;
    if (summary.holdoutX !== null && holdoutEnd !== null) {
      let h = 0;
      for (; k < end && day[k] <= holdoutEnd; k++) h++;
      summary.holdoutX[i] = h;
    }
  }
  return { ok: true, value: summary };
}
