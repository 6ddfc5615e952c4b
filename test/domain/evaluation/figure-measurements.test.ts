import { describe, it, expect } from 'vitest';
import { measurementsFromFigures } from '../../../src/domain/evaluation/figure-measurements';
import type { Kpi } from '../../../src/domain/evaluation/kpi';

const kpi = (id: string, changes: Partial<Kpi>): Kpi => ({
  id, name: '', unit: '%', baseline: 0.25, target: 0.2, direction: 'lower', startDate: '2025-12-31',
  deadline: '2026-12-31', owner: '', measurements: [], ...changes,
});

describe('measurementsFromFigures', () => {
  const kpis = [
    kpi('churn', { metric: 'churn_rate' }),
    kpi('ratio', { ratio: 'email-open-rate' }),
    kpi('sow', { metric: 'share_of_wallet', baseline: 0.4 }),
    kpi('active', { metric: 'active_customers', baseline: 400, measurements: [{ date: '2026-06-30', value: 420, note: '' }] }),
  ];

  it('offers each new figure to the KPI that follows it, beside the frozen baseline', () => {
    const proposals = measurementsFromFigures(kpis, { churn_rate: 0.22, active_customers: 430, retention_rate: 0.78 }, '2026-06-30');
    expect(proposals).toEqual([
      { kpiId: 'churn', metric: 'churn_rate', measurement: { date: '2026-06-30', value: 0.22, note: '' }, baseline: 0.25 },
      { kpiId: 'active', metric: 'active_customers', measurement: { date: '2026-06-30', value: 430, note: '' }, baseline: 400 },
    ]);
  });

  it('does not offer again what was already recorded', () => {
    expect(measurementsFromFigures(kpis, { active_customers: 420 }, '2026-06-30')).toEqual([]);
  });
});
