import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS, type AnalysisParams } from '../../../src/domain/metrics/params';
import { day, transactionTable, type Row } from './tables';

const T = '2025-12-31';
const run = (rows: Row[], change: Partial<AnalysisParams> = {}) =>
  diagnose({ transactions: transactionTable(rows), customers: null }, { ...DEFAULT_PARAMS, analysisDate: day(T), ...change });
/** A purchase in the previous period, so that the history covers two periods. */
const OLD: Row = ['OLD', '2023-06-01', 10];

describe('diagnose: orders', () => {
  it.each<[string, Row[], number]>([
    ['two lines of one order id are one order', [['A', '2025-05-01', 10, 'F1'], ['A', '2025-05-01', 5, 'F1']], 1],
    ['an order id over two days is one order', [['A', '2025-05-01', 10, 'F1'], ['A', '2025-05-02', 5, 'F1']], 1],
    ['two order ids the same day are two orders', [['A', '2025-05-01', 10, 'F1'], ['A', '2025-05-01', 5, 'F2']], 2],
    ['without order ids, one customer and day is one order', [['A', '2025-05-01', 10], ['A', '2025-05-01', 5]], 1],
    ['without order ids, two days are two orders', [['A', '2025-05-01', 10], ['A', '2025-05-02', 5]], 2],
    ['without order ids, two customers the same day are two orders', [['A', '2025-05-01', 10], ['B', '2025-05-01', 5]], 2],
    ['a return is not an order', [['A', '2025-05-01', 10, 'F1'], ['A', '2025-06-01', -4, 'R1']], 1],
    ['mixed: one order id plus one day without id', [['A', '2025-05-01', 10, 'F1'], ['A', '2025-05-01', 5]], 2],
  ])('%s', (_, rows, orders) => {
    expect(run(rows).figures.orders).toBe(orders);
  });
});

describe('diagnose: returns and negative amounts', () => {
  const result = run([
    OLD,
    ['A', '2025-03-01', 100], ['A', '2025-04-01', -30],
    ['B', '2024-06-01', 80], ['B', '2025-02-01', -20],
  ]);

  it('net out of revenue', () => {
    expect(result.figures.revenue).toBe(50);
    expect(result.customers.find((c) => c.id === 'A')!.revenue).toBe(70);
    expect(result.customers.find((c) => c.id === 'B')!.revenue).toBe(60);
  });

  it('do not make a customer active', () => {
    expect(result.figures.active_customers).toBe(1);
    expect(result.customers.find((c) => c.id === 'B')!.pyramid).toBe('inactive');
    expect(result.figures.revenue_per_customer).toBe(50);
  });
});

describe('diagnose: row order', () => {
  it('sums come out bit-for-bit equal whatever the order of same-day rows ((0.01 + 0.01) + 16 ≠ (0.01 + 16) + 0.01)', () => {
    const a = run([['C1', '2024-05-11', 0.01], ['C1', '2022-01-01', 0.01], ['C1', '2024-05-11', 16]]);
    const b = run([['C1', '2024-05-11', 16], ['C1', '2024-05-11', 0.01], ['C1', '2022-01-01', 0.01]]);
    expect(b.customers[0].revenue).toBe(a.customers[0].revenue);
    expect(b).toEqual(a);
  });

  it('also for long runs of one customer on one day (sorted another way above 32 rows)', () => {
    const rows: Row[] = Array.from({ length: 45 }, (_, k) => ['C1', '2025-05-01', (k % 2 ? 1e6 : 0.01) + ((k * 37) % 45) / 7, `F${k}`, k % 3] as Row);
    const permuted = rows.map((_, k) => rows[(k * 17) % 45]); // sums in this order differ in the last digit
    const a = run(rows);
    expect(run(permuted)).toEqual(a);
    expect(a.figures.orders).toBe(45);
  });
});

describe('diagnose: customers', () => {
  it('joins ids trimmed and case-insensitively', () => {
    const result = run([['C1', '2025-01-10', 10], ['c1 ', '2025-02-10', 20], [' C2', '2025-03-10', 5]]);
    expect(result.figures.customers_total).toBe(2);
    expect(result.customers.map((c) => [c.id, c.orders, c.revenue])).toEqual([['C1', 2, 30], ['C2', 1, 5]]);
  });

  it('leaves out rows after T and says so', () => {
    const result = run([OLD, ['A', '2025-06-01', 10], ['A', '2026-01-05', 99], ['B', '2026-02-01', 50]]);
    expect(result.figures.revenue).toBe(10);
    expect(result.figures.rows_used).toBe(2);
    expect(result.basis.rowsAfterAnalysisDate).toBe(2);
    expect(result.notes).toContainEqual({ code: 'rows-after-analysis-date', count: 2 });
    expect(result.customers.find((c) => c.id === 'B')!.pyramid).toBeNull();
  });
});

describe('diagnose: churn', () => {
  it('churn 0: no average life, CLV over a capped horizon of 10 periods, flagged', () => {
    const result = run([['A', '2024-05-01', 100], ['A', '2025-05-01', 100], ['B', '2024-01-01', 50], ['B', '2025-02-01', 100]]);
    expect(result.figures.churn_rate).toBe(0);
    expect(result.figures.retention_rate).toBe(1);
    expect(result.figures.average_life).toBeUndefined();
    expect(result.unavailable.average_life).toEqual({ code: 'no-churn-observed' });
    // v = 200 / 2, M = 0.3 · 100
    expect(result.figures.clv_simple).toBeCloseTo(300, 10);
    expect(result.notes).toContainEqual({ code: 'clv-horizon-capped', periods: 10 });
  });

  it('less than two periods of history: churn cannot be computed, the user can type it', () => {
    const rows: Row[] = [['A', '2025-02-01', 100], ['B', '2025-03-01', 50]];
    const short = run(rows);
    expect(short.figures.churn_rate).toBeUndefined();
    expect(short.unavailable.churn_rate).toEqual({ code: 'short-history', longestPeriod: 5 });
    expect(short.unavailable.clv_simple).toEqual({ code: 'short-history', longestPeriod: 5 });
    expect(short.figures.revenue).toBe(150);

    const typed = run(rows, { manualChurn: 0.2 });
    expect(typed.figures.churn_rate).toBe(0.2);
    expect(typed.figures.average_life).toBe(5);
    expect(typed.notes).toContainEqual({ code: 'churn-source', source: 'manual' });
  });

  it('the manual source without a typed rate asks for one', () => {
    expect(run([OLD], { churnSource: 'manual' }).unavailable.churn_rate).toEqual({ code: 'needs-input', field: 'manualChurn' });
  });

  it('nobody active in the previous period: no churn', () => {
    const result = run([['A', '2022-01-01', 10], ['A', '2025-05-01', 10]]);
    expect(result.unavailable.churn_rate).toEqual({ code: 'no-previous-customers' });
  });
});

describe('diagnose: margin', () => {
  const rows: Row[] = [
    ['A', '2025-03-01', 100, null, 10], ['B', '2025-04-01', 50, null, 40],
    ['B', '2024-03-01', 999, null, 500], ['C', '2023-01-01', 10, null, 1],
  ];

  it('takes m from the margin column of the current period: Σ margin / Σ revenue', () => {
    const result = run(rows);
    expect(result.figures.margin_rate).toBeCloseTo(50 / 150, 12);
    expect(result.figures.margin_per_customer).toBeCloseTo(25, 10);
    expect(result.notes).toContainEqual({ code: 'margin', value: 50 / 150, source: 'column' });
  });

  it('ranks ABC by margin where known', () => {
    const byId = new Map(run(rows).customers.map((c) => [c.id, c.abc]));
    expect([byId.get('A'), byId.get('B')]).toEqual(['C', 'A']); // margins 10 and 40 of 50
    expect(run(rows).notes).toContainEqual({ code: 'abc-basis', basis: 'margin' });
  });

  it('a typed margin wins over the column', () => {
    const result = run(rows, { margin: 0.5 });
    expect(result.figures.margin_rate).toBe(0.5);
    expect(result.figures.margin_per_customer).toBe(37.5);
  });

  it('without a margin column, m is 0.30', () => {
    expect(run([['A', '2025-03-01', 100]]).figures.margin_rate).toBe(0.3);
  });
});

describe('diagnose: empty and odd input', () => {
  it('no data at all: nothing thrown, every figure says what it needs', () => {
    const result = diagnose({ transactions: null, customers: null }, DEFAULT_PARAMS);
    expect(result.figures.customers_total).toBe(0);
    expect(result.unavailable.revenue).toEqual({ code: 'needs-dataset', dataset: 'transactions' });
    expect(result.unavailable.churn_rate).toEqual({ code: 'needs-dataset', dataset: 'transactions' });
    expect(result.unavailable.type_prescriptor).toEqual({ code: 'needs-dataset', dataset: 'customers' });
    expect(result.customers).toEqual([]);
    expect(result.analysisDate).toBeNull();
  });

  it('an empty transaction table is no transactions', () => {
    const result = diagnose({ transactions: transactionTable([]), customers: null }, DEFAULT_PARAMS);
    expect(result.unavailable.active_customers).toEqual({ code: 'needs-dataset', dataset: 'transactions' });
  });

  it('an analysis date before every purchase: no active customers, no averages', () => {
    const result = run([['A', '2025-03-01', 100]], { analysisDate: day('2020-01-01') });
    expect(result.figures.active_customers).toBe(0);
    expect(result.unavailable.revenue_per_customer).toEqual({ code: 'no-active-customers' });
    expect(result.unavailable.average_order_value).toEqual({ code: 'no-orders' });
  });

  it('replaces invalid parameters by defaults and says which', () => {
    const result = run([OLD, ['A', '2025-03-01', 100]], { periodMonths: 0 });
    expect(result.params.periodMonths).toBe(12);
    expect(result.notes).toContainEqual({ code: 'param-replaced', field: 'periodMonths' });
  });

  it('a shorter period moves the boundaries', () => {
    const result = run([['A', '2025-06-15', 100], ['A', '2025-08-01', 50], ['B', '2025-09-01', 30]], { periodMonths: 6 });
    expect(result.period!.current.first).toBe(day('2025-07-01'));
    expect(result.figures.revenue).toBe(80);
    expect(result.figures.active_customers_prev).toBe(1);
    expect(result.figures.revenue_prev).toBe(100);
  });
});
