import { describe, expect, it } from 'vitest';
import { objectiveValue } from '../../../src/domain/business/objective-value';
import { segmentFigures } from '../../../src/domain/business/segment-figures';
import { clvDiscounted } from '../../../src/domain/metrics/clv';
import { diagnose } from '../../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../../src/domain/metrics/params';
import { day, transactionTable } from '../metrics/tables';
import { WORKED_EXAMPLE } from '../metrics/worked-example';

const params = { ...DEFAULT_PARAMS, analysisDate: day('2025-12-31'), periodMonths: 12, margin: 0.3, discountRate: 0.1 };
const worked = diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers: null }, params);

describe('segmentFigures on the worked example', () => {
  it('computes class A (C4, C1) from its own customers: A1 2, churn 0, v 250, CLV on the capped horizon', () => {
    const { figures, churnSource } = segmentFigures(worked, { kind: 'abc', key: 'A' });
    expect(churnSource).toBe('segment');
    expect(figures).toMatchObject({
      customers_total: 2, active_customers: 2, active_customers_prev: 1, revenue: 500, orders: 3,
      churn_rate: 0, retention_rate: 1, revenue_per_customer: 250, purchase_frequency: 1.5,
      abc_a: 2, abc_b: 0, abc_c: 0, pyramid_active: 2, pyramid_inactive: 0,
    });
    expect(figures.average_order_value).toBeCloseTo(500 / 3, 12);
    expect(figures.margin_per_customer).toBeCloseTo(75, 12);
    expect(figures.clv_discounted).toBeCloseTo(clvDiscounted(75, 0, 0.1), 12);
    expect(figures.average_life).toBeUndefined();
  });

  it('gives the inactive level (C2, C5) its own churn of 1 and no CLV: nobody in it is active', () => {
    const { figures } = segmentFigures(worked, { kind: 'pyramid', key: 'inactive' });
    expect(figures).toMatchObject({ customers_total: 2, active_customers: 0, active_customers_prev: 1, churn_rate: 1 });
    expect(figures.clv_discounted).toBeUndefined();
    expect(objectiveValue({ metric: 'churn_rate', baseline: 1, target: 0.5 }, figures))
      .toEqual({ ok: false, issue: { code: 'missing-figure', metric: 'clv_discounted' } });
  });

  it('says a segment has no customers', () => {
    const { figures } = segmentFigures(worked, { kind: 'rfm', key: 'champions' });
    const champions = worked.customers.filter((c) => c.segment === 'champions').length;
    expect(figures.customers_total).toBe(champions);
    const empty = segmentFigures(worked, { kind: 'type', key: 'opositor' }).figures;
    expect(empty.customers_total).toBe(0);
    expect(objectiveValue({ metric: 'churn_rate', baseline: 0.2, target: 0.1 }, empty)).toEqual({ ok: false, issue: { code: 'empty-segment' } });
  });

  it('uses the whole base churn when the diagnosis churn was typed', () => {
    const typed = diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers: null }, { ...params, churnSource: 'manual', manualChurn: 0.4 });
    const { figures, churnSource } = segmentFigures(typed, { kind: 'abc', key: 'A' });
    expect(churnSource).toBe('base');
    expect(figures.churn_rate).toBe(0.4);
  });
});
