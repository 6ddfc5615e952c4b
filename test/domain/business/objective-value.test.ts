import { describe, expect, it } from 'vitest';
import { businessFormula } from '../../../src/domain/business/business-formulas';
import { METRIC_CATALOGUE, TYPED_BY_PLANNER } from '../../../src/domain/metrics/metric-catalogue';
import { objectiveValue } from '../../../src/domain/business/objective-value';
import { roi } from '../../../src/domain/business/business-case';
import { METRIC_IDS, type Figures, type MetricId } from '../../../src/domain/metric-ids';
import { diagnose } from '../../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../../src/domain/metrics/params';
import { day, transactionTable } from '../metrics/tables';
import { WORKED_EXAMPLE } from '../metrics/worked-example';

const params = { ...DEFAULT_PARAMS, analysisDate: day('2025-12-31'), periodMonths: 12, margin: 0.3, discountRate: 0.1 };
const worked = diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers: null }, params);

const objective = (metric: MetricId | 'custom', baseline: number | null, target: number | null, typed?: { value: number; reason: string }) => ({
  metric, baseline, target, plannerValue: typed?.value, plannerReason: typed?.reason,
});

describe('objectiveValue: the worked example of METRICS.md', () => {
  it('values churn from 0.25 to 0.20 on the whole base at 0.05 × 4 × 155.5714… = 31.1143…, ROI 0.5557… on a budget of 20', () => {
    const result = objectiveValue(objective('churn_rate', 0.25, 0.2), worked.figures);
    expect(result.ok && result.source).toBe('formula');
    if (!result.ok || result.source !== 'formula') return;
    const clv = (49.5 * 1.1) / 0.35;
    expect(worked.figures.clv_discounted).toBeCloseTo(155.5714285714, 9);
    expect(result.change).toBeCloseTo(0.05, 12);
    expect(result.factors).toEqual([{ metric: 'active_customers', value: 4 }, { metric: 'clv_discounted', value: worked.figures.clv_discounted }]);
    expect(result.value).toBeCloseTo(0.05 * 4 * clv, 9);
    expect(result.value).toBeCloseTo(31.1142857, 6);
    expect(roi(result.value, 20)).toBeCloseTo(0.5557142857, 9);
    expect(result.flag).toBe('none');
  });
});

describe('objectiveValue: every formula of the spec table', () => {
  const figures: Figures = {
    customers_total: 100, active_customers: 40, clv_discounted: 200, margin_rate: 0.3,
    average_order_value: 25, orders: 80,
  };
  it.each([
    ['churn_rate', 0.3, 0.2, 0.1 * 40 * 200],
    ['retention_rate', 0.7, 0.8, 0.1 * 40 * 200],
    ['active_customers', 40, 50, 10 * 200],
    ['pyramid_active', 40, 45, 5 * 200],
    ['pyramid_inactive', 60, 50, 10 * 200],
    ['revenue_per_customer', 50, 60, 10 * 40 * 0.3],
    ['margin_per_customer', 15, 18, 3 * 40],
    ['purchase_frequency', 2, 2.5, 0.5 * 40 * 25 * 0.3],
    ['average_order_value', 25, 30, 5 * 80 * 0.3],
    ['revenue', 2000, 3000, 1000 * 0.3],
  ] as const)('%s from %d to %d is worth %d', (metric, b, t, expected) => {
    const result = objectiveValue(objective(metric, b, t), figures);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toBeCloseTo(expected, 9);
  });

  it('takes the typed value of a metric without a formula, with its reasoning, and never invents one', () => {
    expect(objectiveValue(objective('share_of_wallet', 0.4, 0.45), figures)).toEqual({ ok: false, issue: { code: 'needs-typed-value' } });
    expect(objectiveValue(objective('custom', null, null), figures)).toEqual({ ok: false, issue: { code: 'needs-typed-value' } });
    expect(objectiveValue(objective('type_opositor', 30, 20, { value: 1500, reason: ' Quejas resueltas ' }), figures))
      .toEqual({ ok: true, source: 'typed', value: 1500, reason: 'Quejas resueltas', flag: 'none' });
  });

  it('has a formula or the planner\'s figure for every metric id', () => {
    for (const id of METRIC_IDS) {
      const entry: unknown = METRIC_CATALOGUE[id].business;
      expect(entry === TYPED_BY_PLANNER || businessFormula(id) !== null, id).toBe(true);
    }
  });
});

describe('objectiveValue: bad input', () => {
  const figures: Figures = { customers_total: 10, active_customers: 4, clv_discounted: 100 };
  it('values a target equal to its baseline at 0 and says so', () => {
    const result = objectiveValue(objective('churn_rate', 0.25, 0.25), figures);
    expect(result).toMatchObject({ ok: true, value: 0, flag: 'no-change' });
    expect(Object.is(result.ok && result.value, -0)).toBe(false);
  });
  it('gives a negative value for a target the wrong way and says so', () => {
    expect(objectiveValue(objective('churn_rate', 0.2, 0.25), figures)).toMatchObject({ ok: true, flag: 'wrong-way' });
    const result = objectiveValue(objective('active_customers', 40, 30), figures);
    expect(result.ok && result.value).toBe(-1000);
  });
  it('says so when the segment has no customers', () => {
    expect(objectiveValue(objective('churn_rate', 0.2, 0.1), { customers_total: 0 })).toEqual({ ok: false, issue: { code: 'empty-segment' } });
  });
  it('names the figure the data lack, and asks for baseline and target', () => {
    expect(objectiveValue(objective('churn_rate', 0.2, 0.1), { customers_total: 3, active_customers: 0 }))
      .toEqual({ ok: false, issue: { code: 'missing-figure', metric: 'clv_discounted' } });
    expect(objectiveValue(objective('churn_rate', null, 0.1), figures)).toEqual({ ok: false, issue: { code: 'no-baseline' } });
    expect(objectiveValue(objective('churn_rate', 0.2, null), figures)).toEqual({ ok: false, issue: { code: 'no-target' } });
    expect(objectiveValue(objective('churn_rate', 0.2, 0.1), null)).toEqual({ ok: false, issue: { code: 'no-diagnosis' } });
  });
});
