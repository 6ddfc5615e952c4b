import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDayToIso, subtractMonths } from '../../../src/domain/dates';
import type { MetricId } from '../../../src/domain/metric-ids';
import { diagnose } from '../../../src/domain/metrics/diagnose';
import type { Diagnosis } from '../../../src/domain/metrics/diagnosis';
import { DEFAULT_PARAMS, type AnalysisParams } from '../../../src/domain/metrics/params';
import { day, transactionTable, type Row } from './tables';

const START = day('2022-01-01');
const T = day('2025-12-31');

const rowArb: fc.Arbitrary<Row> = fc.tuple(
  fc.constantFrom('C1', 'c1', 'C2', ' C3', 'c4', 'C5', 'C6', 'C7'),
  // Mostly a few distinct days, so that one customer often buys several times on one day.
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 12 }).map((k) => START + 123 * k) },
    { weight: 1, arbitrary: fc.integer({ min: START, max: T + 40 }) },
  ).map(epochDayToIso),
  fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 50_000 }) }, { weight: 1, arbitrary: fc.integer({ min: -5_000, max: 0 }) }).map((c) => c / 100),
  fc.option(fc.integer({ min: 0, max: 30 }).map((n): string => `O${n}`), { nil: null }),
);
const rowsArb = fc.array(rowArb, { maxLength: 60 });
const paramsArb = fc.record({
  analysisDate: fc.constantFrom(T, null, day('2025-06-15')),
  periodMonths: fc.integer({ min: 1, max: 18 }),
  cohortUnit: fc.constantFrom('month' as const, 'quarter' as const),
  manualChurn: fc.constantFrom(null, 0.2),
});

const run = (rows: readonly Row[], change: Partial<AnalysisParams>) =>
  diagnose({ transactions: transactionTable(rows), customers: null }, { ...DEFAULT_PARAMS, ...change });

const MONEY: MetricId[] = ['revenue', 'revenue_prev', 'revenue_per_customer', 'average_order_value', 'margin_per_customer', 'clv_simple', 'clv_discounted', 'real_value'];
const UNCHANGED: MetricId[] = ['churn_rate', 'retention_rate', 'average_life', 'active_customers', 'active_customers_prev', 'orders', 'orders_prev', 'purchase_frequency', 'abc_a', 'abc_b', 'abc_c', 'pyramid_active', 'pyramid_inactive', 'rfm_champions', 'rfm_lost', 'rfm_at_risk'];
const scoresOf = (d: Diagnosis) => d.customers.map((c) => [c.id, c.r, c.f, c.m, c.segment, c.abc, c.pyramid]);

describe('diagnose: properties', () => {
  it('shuffling the rows gives an identical diagnosis', () => {
    fc.assert(
      fc.property(
        rowsArb.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))),
        paramsArb,
        ([rows, shuffled], params) => {
          expect(run(shuffled, params)).toEqual(run(rows, params));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('scaling every amount by a power of two scales money figures exactly and leaves the rest unchanged', () => {
    fc.assert(
      fc.property(rowsArb, paramsArb, fc.constantFrom(0.25, 0.5, 2, 8), (rows, params, k) => {
        const base = run(rows, params);
        const scaled = run(rows.map(([c, d, a, o]) => [c, d, a * k, o] as Row), params);
        for (const id of MONEY) expect(scaled.figures[id]).toBe(base.figures[id] === undefined ? undefined : base.figures[id]! * k);
        for (const id of UNCHANGED) expect(scaled.figures[id]).toBe(base.figures[id]);
        expect(scoresOf(scaled)).toEqual(scoresOf(base));
      }),
    );
  });

  it('scaling by any k > 0 scales money figures by k (to rounding) and leaves churn and scores unchanged', () => {
    fc.assert(
      fc.property(rowsArb, paramsArb, fc.double({ min: 0.01, max: 1000, noNaN: true }), (rows, params, k) => {
        const base = run(rows, params);
        const scaled = run(rows.map(([c, d, a, o]) => [c, d, a * k, o] as Row), params);
        for (const id of MONEY) {
          if (base.figures[id] === undefined) expect(scaled.figures[id]).toBeUndefined();
          else expect(Math.abs(scaled.figures[id]! - base.figures[id]! * k)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(base.figures[id]! * k)));
        }
        expect(scaled.figures.churn_rate).toBe(base.figures.churn_rate);
        expect(scoresOf(scaled)).toEqual(scoresOf(base));
      }),
    );
  });

  it('A1 is the customers with a purchase in the current period, all of them among the customers', () => {
    fc.assert(
      fc.property(rowsArb, paramsArb, (rows, params) => {
        const result = run(rows, params);
        if (rows.length === 0) {
          expect(result.unavailable.active_customers).toEqual({ code: 'needs-dataset', dataset: 'transactions' });
          return;
        }
        const t = result.analysisDate!;
        const from = subtractMonths(t, params.periodMonths);
        const inCurrent = rows.filter(([, iso]) => day(iso) > from && day(iso) <= t);
        // A row of 0 is a purchase (METRICS.md: a free order); a negative one is not.
        const expected = new Set(inCurrent.filter(([, , a]) => a > 0 || Object.is(a, 0)).map(([c]) => c.trim().toLowerCase()));
        const active = result.customers.filter((c) => c.pyramid === 'active').map((c) => c.id.toLowerCase());
        const everyone = new Set(result.customers.map((c) => c.id.toLowerCase()));
        expect(new Set(active)).toEqual(expected);
        active.forEach((id) => expect(everyone.has(id)).toBe(true));
        expect(result.figures.active_customers).toBe(expected.size);
        expect(result.figures.revenue).toBeCloseTo(inCurrent.reduce((s, [, , a]) => s + a, 0), 6);
      }),
    );
  });
});
