import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { restoreEvaluation } from '../../../src/domain/evaluation/restore-evaluation';

const complete = {
  id: 'k1', objectiveId: 'o1', metric: 'churn_rate', name: '', unit: '%', baseline: 0.25, target: 0.2,
  direction: 'lower', startDate: '2026-01-01', deadline: '2026-12-31', owner: 'Ana',
  measurements: [{ date: '2026-03-31', value: 0.24, note: 'primer trimestre' }],
};

describe('restoreEvaluation', () => {
  it.each([undefined, null, 1, 'x', [], {}])('gives the defaults for %j', (raw) => {
    expect(restoreEvaluation(raw)).toEqual({ kpis: [], roi: [] });
  });

  it('keeps a complete KPI as it was', () => {
    expect(restoreEvaluation({ kpis: [complete] }).kpis).toEqual([complete]);
  });

  it('keeps a control-ratio KPI with its ratio', () => {
    const ratio = { ...complete, id: 'k2', ratio: 'email-open-rate' } as Record<string, unknown>;
    delete ratio.objectiveId;
    delete ratio.metric;
    expect(restoreEvaluation({ kpis: [ratio] }).kpis).toEqual([ratio]);
  });

  it('forgets unknown metrics, ratios and units and fills the other defaults', () => {
    expect(restoreEvaluation({ kpis: [{ id: 'k', metric: 'happiness', ratio: 'tv-audience', unit: 'kg', baseline: 'high', target: Infinity, direction: 'up' }] }).kpis).toEqual([
      {
        id: 'k', name: '', unit: null, baseline: null, target: null, direction: 'raise', startDate: '', deadline: '',
        owner: '', measurements: [],
      },
    ]);
  });

  it('drops measurements with a bad date or value and sorts the rest by date, same-day entries in entry order', () => {
    const { kpis } = restoreEvaluation({
      kpis: [{
        ...complete,
        measurements: [
          { date: '2026-06-30', value: 0.22, note: 'b' },
          { date: '2026-02-30', value: 0.2 },
          { date: '2026-03-31', value: 0.24, note: 'a' },
          { date: '2026-06-30', value: 0.21, note: 'c' },
          { date: '2026-04-30', value: null },
          { date: '2026-04-30', value: '0.2' },
          'measurement',
        ],
      }],
    });
    expect(kpis[0].measurements).toEqual([
      { date: '2026-03-31', value: 0.24, note: 'a' },
      { date: '2026-06-30', value: 0.22, note: 'b' },
      { date: '2026-06-30', value: 0.21, note: 'c' },
    ]);
  });

  it('drops KPIs without an id and repeated ids', () => {
    const { kpis } = restoreEvaluation({ kpis: [complete, { ...complete, id: '' }, { ...complete, owner: 'copy' }] });
    expect(kpis.map((k) => k.owner)).toEqual(['Ana']);
  });

  it('keeps ROI entries, with null for what was not entered', () => {
    expect(restoreEvaluation({ roi: [{ id: 'a1', revenue: 5000, margin: 'x' }, { revenue: 1 }] }).roi).toEqual([
      { id: 'a1', revenue: 5000, margin: null, cost: null },
    ]);
  });

  it('never throws, and what it gives survives a save and a second restore unchanged', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const once = restoreEvaluation(raw);
        expect(restoreEvaluation(JSON.parse(JSON.stringify(once)))).toEqual(once);
      }),
    );
  });

  it('survives a second restore unchanged for lists that look like KPIs', () => {
    const measurement = fc.record(
      { date: fc.constantFrom('2026-01-31', '2026-02-31', '2026-03-01'), value: fc.oneof(fc.double(), fc.anything()), note: fc.anything() },
      { requiredKeys: [] },
    );
    const item = fc.record(
      {
        id: fc.oneof(fc.constantFrom('k1', 'k2', ''), fc.anything()),
        metric: fc.constantFrom('churn_rate', 'joy', undefined),
        ratio: fc.constantFrom('email-open-rate', 'tv', undefined),
        unit: fc.constantFrom('%', 'kg', null),
        baseline: fc.oneof(fc.double(), fc.anything()),
        measurements: fc.oneof(fc.array(measurement), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.record({ kpis: fc.array(item), roi: fc.anything() }), (raw) => {
        const once = restoreEvaluation(raw);
        expect(restoreEvaluation(JSON.parse(JSON.stringify(once)))).toEqual(once);
        for (const kpi of once.kpis) {
          const dates = kpi.measurements.map((m) => m.date);
          expect(dates).toEqual([...dates].sort());
        }
      }),
    );
  });
});
