import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessCase, countedLines, paybackMonths, roi } from '../../../src/domain/business/business-case';
import { objectiveValue, type ObjectiveValue } from '../../../src/domain/business/objective-value';
import type { MetricId } from '../../../src/domain/metric-ids';
import type { SegmentRef } from '../../../src/domain/strategies/segment-ref';

const line = (id: string, metric: MetricId, value: number, segment?: SegmentRef) => ({
  objective: { id, metric, ...(segment ? { segment } : {}) },
  result: { ok: true, source: 'formula', value, change: 0, factors: [], flag: 'none' } as ObjectiveValue,
});
const abcA: SegmentRef = { kind: 'abc', key: 'A' };
const abcB: SegmentRef = { kind: 'abc', key: 'B' };

describe('countedLines: objectives on the same customers count once', () => {
  it('keeps the largest of churn, retention and active-customer objectives on the whole base and names it in the others', () => {
    const lines = countedLines([line('churn', 'churn_rate', 9000), line('active', 'active_customers', 14000), line('aov', 'average_order_value', 500)]);
    expect(lines.map((l) => [l.objective.id, l.counted, l.overlappedBy])).toEqual([
      ['churn', false, 'active'], ['active', true, undefined], ['aov', true, undefined],
    ]);
  });
  it('counts objectives on two different segments, but not a segment under one on the whole base', () => {
    const apart = countedLines([line('a', 'churn_rate', 100, abcA), line('b', 'retention_rate', 50, abcB)]);
    expect(apart.every((l) => l.counted)).toBe(true);
    const nested = countedLines([line('a', 'churn_rate', 100, abcA), line('base', 'active_customers', 300)]);
    expect(nested.map((l) => l.counted)).toEqual([false, true]);
    expect(nested[0].overlappedBy).toBe('base');
  });
  it('never counts an objective without a value', () => {
    const lines = countedLines([{ objective: { id: 'x', metric: 'share_of_wallet' }, result: { ok: false, issue: { code: 'needs-typed-value' } } }]);
    expect(lines[0].counted).toBe(false);
  });
});

describe('businessCase', () => {
  it('adds the counted values, sets them against the budget and gives ROI, payback and three scenarios', () => {
    const result = businessCase({ lines: [line('a', 'revenue', 6000), line('b', 'churn_rate', 6000)], budget: 8000, horizonMonths: 12, optimisticReach: 1.5 });
    expect(result.value).toBe(12000);
    expect(result.budget).toBe(8000);
    expect(result.roi).toBeCloseTo(0.5, 12);
    expect(result.paybackMonths).toBe(8);
    expect(result.scenarios.map((s) => [s.id, s.reach, s.value])).toEqual([['pessimistic', 0.5, 6000], ['base', 1, 12000], ['optimistic', 1.5, 18000]]);
    expect(result.scenarios[0].roi).toBeCloseTo(-0.25, 12);
    expect(result.scenarios[0].paybackMonths).toBeNull();
    expect(result.gaps).toEqual([]);
  });
  it('gives no ROI and says the budget is missing when step 5 has none', () => {
    const result = businessCase({ lines: [line('a', 'revenue', 600)], budget: 0, horizonMonths: 12, optimisticReach: 1.2 });
    expect(result.roi).toBeNull();
    expect(result.paybackMonths).toBeNull();
    expect(result.gaps).toEqual(['no-budget']);
  });
  it('says when there are no objectives, or none with a value', () => {
    expect(businessCase({ lines: [], budget: 10, horizonMonths: 12, optimisticReach: 1.2 }).gaps).toEqual(['no-objectives']);
    const none = businessCase({ lines: [{ objective: { id: 'x', metric: 'custom' }, result: { ok: false, issue: { code: 'needs-typed-value' } } }], budget: 10, horizonMonths: 12, optimisticReach: 1.2 });
    expect(none.gaps).toEqual(['no-values']);
    expect(none.value).toBe(0);
  });
});

describe('paybackMonths', () => {
  it.each([
    [1200, 1200, 12, 12],
    [2400, 1200, 12, 6],
    [2400, 1000, 12, 5],
    [1000, 1200, 12, null],
    [-5, 1200, 12, null],
    [100, 0, 12, null],
    [1e6, 1, 12, 1],
  ])('value %d, budget %d over %d months → %s', (value, budget, horizon, expected) => {
    expect(paybackMonths(value, budget, horizon)).toBe(expected);
  });
});

describe('business case properties', () => {
  const figures = { customers_total: 500, active_customers: 300, clv_discounted: 150, margin_rate: 0.3, average_order_value: 20, orders: 900 };
  const metrics: MetricId[] = ['churn_rate', 'retention_rate', 'active_customers', 'revenue', 'purchase_frequency', 'average_order_value', 'revenue_per_customer', 'margin_per_customer'];
  const grows = (metric: MetricId) => (metric === 'churn_rate' ? -1 : 1);

  it('values a target moved further in the good direction at least as much', () => {
    fc.assert(fc.property(
      fc.constantFrom(...metrics), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      (metric, baseline, t1, step) => {
        const t2 = t1 + grows(metric) * step;
        const v1 = objectiveValue({ metric, baseline, target: t1 }, figures);
        const v2 = objectiveValue({ metric, baseline, target: t2 }, figures);
        return v1.ok && v2.ok && v2.value >= v1.value - 1e-9 * Math.max(1, Math.abs(v1.value));
      },
    ));
  });

  it('orders the scenarios and keeps ROI = (value − budget) / budget', () => {
    fc.assert(fc.property(
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 6 }),
      fc.double({ min: 0.01, max: 1e6, noNaN: true }),
      fc.double({ min: 1, max: 5, noNaN: true }),
      fc.integer({ min: 1, max: 60 }),
      (values, budget, optimisticReach, horizonMonths) => {
        const lines = values.map((v, i) => line(`o${i}`, 'revenue', v));
        const result = businessCase({ lines, budget, horizonMonths, optimisticReach });
        const [low, base, high] = result.scenarios.map((s) => s.value);
        const ordered = result.value >= 0 ? low <= base && base <= high : low >= base && base >= high;
        const tolerance = 1e-9 * Math.max(1, Math.abs(result.value) / budget);
        return ordered && base === result.value && Math.abs(result.roi! - (result.value - budget) / budget) <= tolerance
          && result.scenarios.every((s) => Math.abs(s.roi! - roi(s.value, budget)!) <= tolerance);
      },
    ));
  });

  it('never gives a payback later than the horizon, and a longer one for a smaller value', () => {
    fc.assert(fc.property(
      fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 1, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 60 }),
      (value, budget, horizon) => {
        const months = paybackMonths(value, budget, horizon);
        const half = paybackMonths(value / 2, budget, horizon);
        if (months === null) return half === null;
        return months >= 1 && months <= horizon && (half === null || half >= months);
      },
    ));
  });
});
