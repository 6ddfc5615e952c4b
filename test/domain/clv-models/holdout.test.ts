import { describe, expect, it } from 'vitest';
import { bgnbdExpectedPurchases, bgnbdExpectedPurchasesNewCustomer, type BgNbdParams } from '../../../src/domain/clv-models/bgnbd';
import { holdoutValidation } from '../../../src/domain/clv-models/holdout';
import { rfmSummary } from '../../../src/domain/clv-models/rfm-summary';
import { seededRandom, simulateTable } from './simulate';
import { tableOf } from './table';

const PARAMS: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

function validate(table: ReturnType<typeof tableOf>, calibrationEnd: number, holdoutEnd: number | undefined, params = PARAMS) {
  const summary = rfmSummary(table, { unit: 'weeks', calibrationEnd, holdoutEnd });
  if (!summary.ok) throw new Error(summary.error.code);
  return { summary: summary.value, result: holdoutValidation(table, summary.value, params) };
}

describe('holdoutValidation', () => {
  const table = tableOf([
    ['A', 0, 10], ['A', 3, 10], ['A', 9, 10], ['A', 15, 10], ['A', 16, 10],
    ['B', 0, 5], ['B', 20, 5],
    ['C', 0, 7],
    ['D', 5, 7], ['D', 6, 7], ['D', 7, 7], ['D', 8, 7], ['D', 9, 7], ['D', 10, 7], ['D', 11, 7], ['D', 12, 7],
    ['D', 17, 7], ['D', 18, 7], ['D', 19, 7],
    ['E', 19, 3],
  ]);

  it('counts holdout purchases per calibration frequency class, 7 and more together', () => {
    const { summary, result } = validate(table, 13, 20);
    if (!result.ok) throw new Error(result.error.code);
    const v = result.value;
    expect(v.holdoutLength).toBe(1);
    expect(v.byFrequency.map((c) => c.customers)).toEqual([2, 0, 1, 0, 0, 0, 0, 1]);
    expect(v.byFrequency.map((c) => c.actual)).toEqual([1, 0, 2, 0, 0, 0, 0, 3]);
    expect(v.totalActual).toBe(6);
    let expected = 0;
    for (let i = 0; i < summary.length; i++) expected += bgnbdExpectedPurchases(PARAMS, summary.x[i], summary.tx[i], summary.T[i], 1);
    expect(v.totalExpected).toBeCloseTo(expected, 12);
    expect(v.byFrequency[0].actualMean).toBe(0.5);
    expect(v.byFrequency[1].actualMean).toBe(0);
  });

  it('cumulates repeat purchases week by week from the first purchase, ending on the holdout end', () => {
    const { result } = validate(table, 13, 20);
    if (!result.ok) throw new Error(result.error.code);
    const v = result.value;
    expect(v.cumulative.map((p) => p.day)).toEqual([6, 13, 20]);
    // Repeat purchases of A, B, C and D (E starts after the calibration end) by day 6, 13 and 20:
    // A 3 | 9 | 15 16, B – | – | 20, D 6 | 7–12 | 17–19.
    expect(v.cumulative.map((p) => p.actual)).toEqual([2, 9, 15]);
    expect(v.calibrationWeeks).toBe(2);
    const expectedAt = (day: number) =>
      3 * bgnbdExpectedPurchasesNewCustomer(PARAMS, day / 7) + bgnbdExpectedPurchasesNewCustomer(PARAMS, (day - 5) / 7);
    v.cumulative.forEach((p) => expect(p.expected).toBeCloseTo(expectedAt(p.day), 12));
  });

  it('lays the weekly grid through the calibration end when weeks do not fit evenly', () => {
    const { result } = validate(table, 15, 20);
    if (!result.ok) throw new Error(result.error.code);
    const v = result.value;
    expect(v.cumulative.map((p) => p.day)).toEqual([1, 8, 15, 20]);
    expect(v.calibrationWeeks).toBe(3);
    expect(v.cumulative[v.calibrationWeeks - 1].day).toBe(15);
    // By day 1, 8, 15 and 20: A – | 3 | 9 15 | 16, B 20, D – | 6–8 | 9–12 | 17–19.
    expect(v.cumulative.map((p) => p.actual)).toEqual([0, 4, 10, 15]);
  });

  it('needs a summary with a holdout end', () => {
    expect(validate(table, 13, undefined).result).toEqual({ ok: false, error: { code: 'bad-date', field: 'holdoutEnd' } });
  });

  it('matches what simulated customers do when given their true parameters', () => {
    const truth: BgNbdParams = { r: 0.5, alpha: 6, a: 0.9, b: 3 };
    const simulated = simulateTable(seededRandom(8), {
      params: truth, spend: { p: 6, q: 4, gamma: 15 }, customers: 20_000,
      firstDay: 0, acquisitionDays: 84, lastDay: 545, unitDays: 7,
    });
    const { result } = validate(simulated, 272, 545, truth);
    if (!result.ok) throw new Error(result.error.code);
    const v = result.value;
    // Sampling noise of a total of ~10⁴ purchases from 2·10⁴ customers is about 1–2 %.
    expect(Math.abs(v.totalExpected / v.totalActual - 1)).toBeLessThan(0.05);
    const end = v.cumulative[v.cumulative.length - 1];
    expect(Math.abs(end.expected / end.actual - 1)).toBeLessThan(0.05);
    expect(v.cumulative).toHaveLength(78);
    for (const c of v.byFrequency.slice(0, 4)) expect(Math.abs(c.expectedMean - c.actualMean)).toBeLessThan(0.1 * c.actualMean + 0.05);
  });
});
