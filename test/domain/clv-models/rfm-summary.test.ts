import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { purchaseDays } from '../../../src/domain/clv-models/purchase-days';
import { rfmSummary } from '../../../src/domain/clv-models/rfm-summary';
import { tableOf } from './table';

const rows: [string, number, number][] = [
  ['A', 31, 40], ['A', 10, 20], ['A', 10, 5], ['A', 17, 30], ['A', 24, -10], ['A', 50, 10], ['A', 50, 3], ['A', 60, 7], ['A', 61, 9],
  ['B', 40, 15],
  ['C', 50, 99],
  ['D', 20, -5],
  ['E', 12, 50], ['E', 12, -20], ['E', 13, 0],
];
const table = tableOf(rows);

function summarise(options: Parameters<typeof rfmSummary>[1]) {
  const result = rfmSummary(table, options);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('purchaseDays', () => {
  it('merges rows of one day, sorts days and drops days with returns only', () => {
    const p = purchaseDays(table);
    const of = (c: number) => Array.from(p.day.subarray(p.offsets[c], p.offsets[c + 1]));
    const spent = (c: number) => Array.from(p.spend.subarray(p.offsets[c], p.offsets[c + 1]));
    expect(of(0)).toEqual([10, 17, 31, 50, 60, 61]);
    expect(spent(0)).toEqual([25, 30, 40, 13, 7, 9]);
    expect(of(3)).toEqual([]);
    expect(of(4)).toEqual([12, 13]);
    expect(spent(4)).toEqual([30, 0]);
  });
});

describe('rfmSummary', () => {
  it('summarises calibration and holdout in weeks from each first purchase', () => {
    const s = summarise({ unit: 'weeks', calibrationEnd: 45, holdoutEnd: 60 });
    expect(Array.from(s.customer, (c) => table.customerIds[c])).toEqual(['A', 'B', 'E']);
    expect(Array.from(s.firstDay)).toEqual([10, 40, 12]);
    expect(Array.from(s.x)).toEqual([2, 0, 1]);
    expect(Array.from(s.tx)).toEqual([21 / 7, 0, 1 / 7]);
    expect(Array.from(s.T)).toEqual([35 / 7, 5 / 7, 33 / 7]);
    expect(Array.from(s.monetary)).toEqual([35, 0, 0]);
    expect(Array.from(s.totalSpend)).toEqual([95, 15, 30]);
    expect(Array.from(s.holdoutX!)).toEqual([2, 0, 0]);
  });

  it.each([
    ['days', 1], ['weeks', 7], ['months', 30.4375],
  ] as const)('measures t_x and T in %s (%s days each)', (unit, days) => {
    const s = summarise({ unit, calibrationEnd: 45 });
    expect(s.tx[0]).toBeCloseTo(21 / days, 12);
    expect(s.T[0]).toBeCloseTo(35 / days, 12);
    expect(s.holdoutX).toBeNull();
  });

  it.each([
    ['nobody bought by the calibration end', { unit: 'weeks', calibrationEnd: 5 }, 'no-purchases'],
    ['a holdout end before the calibration end', { unit: 'weeks', calibrationEnd: 45, holdoutEnd: 45 }, 'bad-date'],
    ['a fractional calibration end', { unit: 'weeks', calibrationEnd: 45.5 }, 'bad-date'],
  ] as const)('fails when %s', (_, options, code) => {
    const result = rfmSummary(table, options);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('fails with single-purchase-day when every calibration purchase is on one day', () => {
    const sameDay = tableOf([['A', 10, 5], ['B', 10, 7], ['A', 10, 1], ['C', 30, 4]]);
    expect(rfmSummary(sameDay, { unit: 'days', calibrationEnd: 20 })).toEqual({ ok: false, error: { code: 'single-purchase-day' } });
  });

  it('keeps its invariants on any table (property)', () => {
    const row = fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), fc.integer({ min: 0, max: 120 }), fc.integer({ min: -50, max: 200 }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 120 }), (data, calibrationEnd) => {
        const t = tableOf(data);
        const result = rfmSummary(t, { unit: 'weeks', calibrationEnd, holdoutEnd: 130 });
        if (!result.ok) return;
        const s = result.value;
        const purchaseDaysOf = (id: string, from: number, to: number) => new Set(data
          .filter(([c, d]) => c === id && d >= from && d <= to && data.some(([c2, d2, a2]) => c2 === id && d2 === d && a2 >= 0))
          .map(([, d]) => d)).size;
        for (let i = 0; i < s.length; i++) {
          const id = t.customerIds[s.customer[i]];
          expect(s.x[i] + 1).toBe(purchaseDaysOf(id, -1, calibrationEnd));
          expect(s.holdoutX![i]).toBe(purchaseDaysOf(id, calibrationEnd + 1, 130));
          expect(s.tx[i]).toBeGreaterThanOrEqual(0);
          expect(s.tx[i]).toBeLessThanOrEqual(s.T[i]);
          if (s.x[i] === 0) expect(s.tx[i]).toBe(0);
          expect(s.T[i]).toBe((calibrationEnd - s.firstDay[i]) / 7);
        }
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
