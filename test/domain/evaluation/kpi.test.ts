import { describe, it, expect } from 'vitest';
import { addMeasurement, kpiFromObjective, latestMeasurement, type Kpi } from '../../../src/domain/evaluation/kpi';
import type { SpecificObjective } from '../../../src/domain/objectives/objective';

const objective: SpecificObjective = {
  id: 'o1', metric: 'churn_rate', unit: '%', baseline: 0.25, baselineDate: '2025-12-31', target: 0.2,
  direction: 'lower', deadline: '2026-12-15', owner: 'Ana', description: 'x', linkedToGeneral: true,
};

describe('kpiFromObjective', () => {
  it('carries baseline, target, direction, deadline and owner over, and starts its clock at the baseline date', () => {
    expect(kpiFromObjective(objective, 'k1')).toEqual({
      id: 'k1', objectiveId: 'o1', metric: 'churn_rate', name: '', unit: '%', baseline: 0.25, target: 0.2,
      direction: 'lower', startDate: '2025-12-31', deadline: '2026-12-15', owner: 'Ana', measurements: [],
    });
  });

  it('names a custom KPI after its custom metric and follows no figure', () => {
    const kpi = kpiFromObjective({ ...objective, metric: 'custom', customName: 'NPS' }, 'k2');
    expect(kpi.name).toBe('NPS');
    expect(kpi.metric).toBeUndefined();
  });
});

describe('measurements', () => {
  const empty = kpiFromObjective(objective, 'k1');
  const add = (kpi: Kpi, date: string, value: number, note = '') => {
    const result = addMeasurement(kpi, { date, value, note });
    if (!result.ok) throw new Error(result.error);
    return result.value;
  };

  it('keeps them in date order, same-date entries in the order entered', () => {
    let kpi = add(empty, '2026-05-01', 0.24);
    kpi = add(kpi, '2026-02-01', 0.25);
    kpi = add(kpi, '2026-05-01', 0.23, 'corregido');
    expect(kpi.measurements.map((m) => [m.date, m.value])).toEqual([['2026-02-01', 0.25], ['2026-05-01', 0.24], ['2026-05-01', 0.23]]);
    expect(latestMeasurement(kpi)).toEqual({ date: '2026-05-01', value: 0.23, note: 'corregido' });
    expect(empty.measurements).toEqual([]);
  });

  it.each([
    [{ date: '2026-02-30', value: 1, note: '' }, 'bad-date', 'date'],
    [{ date: '', value: 1, note: '' }, 'bad-date', 'date'],
    [{ date: '2026-02-01', value: Number.NaN, note: '' }, 'bad-value', 'value'],
  ])('refuses %j', (measurement, error, field) => {
    expect(addMeasurement(empty, measurement)).toEqual({ ok: false, error, field });
  });

  it('finds the latest even in an unsorted stored list', () => {
    const stored = { measurements: [{ date: '2026-06-01', value: 2, note: '' }, { date: '2026-01-01', value: 1, note: '' }] };
    expect(latestMeasurement(stored)?.value).toBe(2);
    expect(latestMeasurement({ measurements: [] })).toBeNull();
  });
});
