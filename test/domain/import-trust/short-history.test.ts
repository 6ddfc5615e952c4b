import { describe, expect, it } from 'vitest';
import type { TransactionTable } from '../../../src/domain/dataset';
import { epochDay } from '../../../src/domain/dates';
import { diagnose } from '../../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../../src/domain/metrics/params';
import { longestPeriodAllowed, monthsOfHistory } from '../../../src/domain/metrics/short-history';

/** Sales from 2025-03-10 to 2025-12-20 (9 months and 10 days): too short for two periods of 12 months. */
function shortSales(): TransactionTable {
  const rows: [number, number, number][] = [];
  for (let k = 0; k < 60; k++) rows.push([k % 12, epochDay(2025, 3, 10) + Math.floor((k * 285) / 59), 20 + k]);
  return {
    length: rows.length,
    customerIds: Array.from({ length: 12 }, (_, i) => `C${i}`),
    customer: Uint32Array.from(rows.map((r) => r[0])),
    day: Int32Array.from(rows.map((r) => r[1])),
    amount: Float64Array.from(rows.map((r) => r[2])),
    order: new Int32Array(rows.length).fill(-1),
    margin: null,
    channel: null,
    channels: [],
  };
}

describe('short histories', () => {
  it('counts whole months of history and halves them', () => {
    expect(monthsOfHistory(epochDay(2025, 3, 10), epochDay(2025, 12, 20))).toBe(9);
    expect(monthsOfHistory(epochDay(2025, 3, 25), epochDay(2025, 12, 20))).toBe(8);
    expect(longestPeriodAllowed(epochDay(2025, 3, 10), epochDay(2025, 12, 20))).toBe(4);
    expect(longestPeriodAllowed(epochDay(2025, 12, 1), epochDay(2025, 12, 20))).toBeNull();
  });

  it('offers the longest period the history allows, and that period gives a churn', () => {
    const transactions = shortSales();
    const short = diagnose({ transactions, customers: null }, DEFAULT_PARAMS);
    expect(short.figures.churn_rate).toBeUndefined();
    expect(short.unavailable.churn_rate).toEqual({ code: 'short-history', longestPeriod: 4 });
    const offered = diagnose({ transactions, customers: null }, { ...DEFAULT_PARAMS, periodMonths: 4 });
    expect(offered.figures.churn_rate).toBeGreaterThanOrEqual(0);
    expect(offered.figures.churn_rate).toBeLessThanOrEqual(1);
  });
});
