import { describe, it, expect } from 'vitest';
import { measurementsFromFigures, recordFigureMeasurements } from '../../../src/domain/evaluation/figure-measurements';
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

  it.each([
    ['on the baseline date', '2025-12-31'],
    ['before the baseline date', '2025-06-30'],
  ])('does not offer a figure dated %s: it is the baseline, not an after', (_, date) => {
    expect(measurementsFromFigures(kpis, { churn_rate: 0.22 }, date)).toEqual([]);
  });

  it('offers a figure to a KPI with no start date', () => {
    expect(measurementsFromFigures([kpi('c', { metric: 'churn_rate', startDate: '' })], { churn_rate: 0.2 }, '2026-01-31')).toHaveLength(1);
  });
});

describe('recordFigureMeasurements', () => {
  const kpis = [
    kpi('churn', { metric: 'churn_rate', measurements: [{ date: '2026-09-30', value: 0.21, note: 'manual' }] }),
    kpi('ratio', { ratio: 'email-open-rate' }),
  ];

  it('records each offered figure in date order with the note, and says what it recorded', () => {
    const { kpis: after, recorded } = recordFigureMeasurements(kpis, { churn_rate: 0.22 }, '2026-06-30', 'Importación de julio');
    expect(after[0].measurements).toEqual([
      { date: '2026-06-30', value: 0.22, note: 'Importación de julio' },
      { date: '2026-09-30', value: 0.21, note: 'manual' },
    ]);
    expect(after[1]).toBe(kpis[1]);
    expect(recorded).toEqual([
      { kpiId: 'churn', metric: 'churn_rate', measurement: { date: '2026-06-30', value: 0.22, note: 'Importación de julio' }, baseline: 0.25 },
    ]);
    expect(kpis[0].measurements).toHaveLength(1);
  });

  it('records nothing twice', () => {
    const once = recordFigureMeasurements(kpis, { churn_rate: 0.22 }, '2026-06-30').kpis;
    const twice = recordFigureMeasurements(once, { churn_rate: 0.22 }, '2026-06-30');
    expect(twice.recorded).toEqual([]);
    expect(twice.kpis[0].measurements).toHaveLength(2);
  });

  it('records nothing on a date that is not a date', () => {
    expect(recordFigureMeasurements(kpis, { churn_rate: 0.22 }, '2026-13-01').recorded).toEqual([]);
  });
});
