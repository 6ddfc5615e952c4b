import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../../src/domain/metrics/params';
import { day, transactionTable } from './tables';
import { WORKED_EXAMPLE } from './worked-example';

describe('monthly series (worked example)', () => {
  const monthly = diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers: null }, { ...DEFAULT_PARAMS, analysisDate: day('2025-12-31') }).monthly!;
  const at = (month: string) => monthly.months.indexOf(month);

  it('has every month from the first row to T, gaps included', () => {
    expect(monthly.months).toHaveLength(32);
    expect(monthly.months[0]).toBe('2023-05');
    expect(monthly.months.at(-1)).toBe('2025-12');
  });

  it('sums revenue and counts distinct buyers per month', () => {
    expect(monthly.revenue.reduce((a, b) => a + b, 0)).toBe(1140);
    expect(monthly.revenue[at('2025-11')]).toBe(50);
    expect(monthly.revenue[at('2024-07')]).toBe(0);
    expect(monthly.activeCustomers[at('2025-01')]).toBe(1);
    expect(monthly.activeCustomers.reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('counts a customer once in a month, and nets returns', () => {
    const rows = [['A', '2025-01-05', 10], ['A', '2025-01-20', 10], ['B', '2025-01-21', -5]] as const;
    const series = diagnose({ transactions: transactionTable(rows), customers: null }, DEFAULT_PARAMS).monthly!;
    expect(series).toEqual({ months: ['2025-01'], revenue: [15], activeCustomers: [1] });
  });
});
