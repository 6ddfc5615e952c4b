import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../../src/domain/metrics/params';
import { day, transactionTable } from './tables';
import { WORKED_EXAMPLE } from './worked-example';

const cohortsOf = (unit: 'month' | 'quarter') =>
  diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers: null }, { ...DEFAULT_PARAMS, analysisDate: day('2025-12-31'), cohortUnit: unit }).cohorts!;

describe('cohorts (worked example)', () => {
  it('groups customers by month of first purchase, oldest first, skipping empty months', () => {
    const { cohorts } = cohortsOf('month');
    expect(cohorts.map((c) => [c.label, c.size])).toEqual([
      ['2023-05', 1], ['2024-03', 1], ['2024-06', 1], ['2024-09', 1], ['2024-12', 1], ['2025-08', 1],
    ]);
  });

  it('marks the months after the first in which the cohort bought, up to T', () => {
    const c1 = cohortsOf('month').cohorts.find((c) => c.label === '2024-03')!; // C1: 2024-03, 2025-02, 2025-11
    expect(c1.active).toHaveLength(22); // 2024-03 … 2025-12
    expect(c1.active.flatMap((n, k) => (n ? [k] : []))).toEqual([0, 11, 20]);
    expect(c1.share[0]).toBe(1);
    const c6 = cohortsOf('month').cohorts.find((c) => c.label === '2024-12')!; // C6: 2024-12-31, 2025-01-01
    expect(c6.active.slice(0, 3)).toEqual([1, 1, 0]);
  });

  it('works by quarter', () => {
    const { cohorts, unit } = cohortsOf('quarter');
    expect(unit).toBe('quarter');
    const c1 = cohorts.find((c) => c.label === '2024-Q1')!; // 2024-Q1, 2025-Q1, 2025-Q4
    expect(c1.active.flatMap((n, k) => (n ? [k] : []))).toEqual([0, 4, 7]);
    expect(cohorts.find((c) => c.label === '2024-Q4')!.active.slice(0, 2)).toEqual([1, 1]); // C6
  });

  it('several customers in a cohort give fractional shares', () => {
    const rows = [['A', '2025-01-05', 10], ['B', '2025-01-20', 10], ['A', '2025-02-01', 10]] as const;
    const result = diagnose({ transactions: transactionTable(rows), customers: null }, { ...DEFAULT_PARAMS, analysisDate: day('2025-03-31') });
    expect(result.cohorts!.cohorts).toEqual([{ label: '2025-01', size: 2, active: [2, 1, 0], share: [1, 0.5, 0] }]);
  });

  it('no transactions: no cohorts', () => {
    expect(diagnose({ transactions: null, customers: null }, DEFAULT_PARAMS).cohorts).toBeNull();
  });
});
