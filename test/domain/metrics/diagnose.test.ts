import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../../src/domain/metrics/params';
import { day, transactionTable } from './tables';
import { WORKED_EXAMPLE } from './worked-example';

const params = { ...DEFAULT_PARAMS, analysisDate: day('2025-12-31'), periodMonths: 12, margin: 0.3, discountRate: 0.1 };
const result = diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers: null }, params);
const byId = new Map(result.customers.map((c) => [c.id, c]));

describe('diagnose: the worked example of METRICS.md (golden)', () => {
  it('finds A2 = {C1, C2, C3, C6} and A1 = {C1, C3, C4, C6}', () => {
    expect(result.figures.active_customers).toBe(4);
    expect(result.figures.active_customers_prev).toBe(4);
    const active = result.customers.filter((c) => c.pyramid === 'active').map((c) => c.id);
    expect(active).toEqual(['C1', 'C3', 'C4', 'C6']);
    expect(result.customers.filter((c) => c.activePrevious).map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C6']);
  });

  it.each([
    ['churn_rate', 0.25],
    ['retention_rate', 0.75],
    ['average_life', 4],
    ['revenue', 660],
    ['orders', 5],
    ['revenue_per_customer', 165],
    ['average_order_value', 132],
    ['purchase_frequency', 1.25],
    ['margin_per_customer', 49.5],
    ['clv_simple', 198],
    ['pyramid_active', 4],
    ['pyramid_inactive', 2],
    ['customers_total', 6],
    ['abc_a', 2],
    ['abc_b', 1],
    ['abc_c', 1],
  ] as const)('%s = %d', (id, value) => {
    expect(result.figures[id]).toBeCloseTo(value, 12);
  });

  it('discounted CLV = 49.5 · 1.1 / 0.35 = 155.5714…', () => {
    expect(Math.abs(result.figures.clv_discounted! - 54.45 / 0.35)).toBeLessThan(1e-9);
    expect(result.figures.clv_discounted).toBeCloseTo(155.5714285714, 9);
  });

  it('puts C2 and C5 as inactive', () => {
    expect(result.customers.filter((c) => c.pyramid === 'inactive').map((c) => c.id)).toEqual(['C2', 'C5']);
  });

  it.each([
    ['C1', 41, '5-5-4'],
    ['C2', 564, '1-1-2'],
    ['C3', 184, '3-3-2'],
    ['C4', 145, '4-1-4'],
    ['C5', 971, '1-1-1'],
    ['C6', 364, '2-3-1'],
  ])('%s: recency %d days, RFM %s', (id, recency, rfm) => {
    const c = byId.get(id)!;
    expect(c.recencyDays).toBe(recency);
    expect(`${c.r}-${c.f}-${c.m}`).toBe(rfm);
  });

  it('classes A: C4, C1; B: C3; C: C6, and none for customers without current revenue', () => {
    expect(['C1', 'C2', 'C3', 'C4', 'C5', 'C6'].map((id) => byId.get(id)!.abc)).toEqual(['A', null, 'B', 'A', null, 'C']);
  });

  it('states the analysis date and the period boundaries', () => {
    expect(result.analysisDate).toBe(day('2025-12-31'));
    expect(result.period).toEqual({
      current: { first: day('2025-01-01'), last: day('2025-12-31') },
      previous: { first: day('2024-01-01'), last: day('2024-12-31') },
    });
  });

  it('uses the latest transaction date when no analysis date is set', () => {
    const latest = diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers: null }, { ...params, analysisDate: null });
    expect(latest.analysisDate).toBe(day('2025-11-20'));
    expect(latest.notes).toContainEqual({ code: 'analysis-date', day: day('2025-11-20'), source: 'latest-transaction' });
  });
});
