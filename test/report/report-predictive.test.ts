import { describe, expect, it, vi } from 'vitest';
import { diagnose } from '../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../src/domain/metrics/params';
import { createPlan, type Plan } from '../../src/domain/plan';
import { reportPredictive } from '../../src/report/report-predictive';
import { answerPredictive } from '../../src/workers/clv-requests';
import { seededRandom, simulateTable } from '../domain/clv-models/simulate';

const TABLE = simulateTable(seededRandom(8), {
  params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  spend: { p: 6.25, q: 3.74, gamma: 15.44 },
  customers: 600, firstDay: 0, acquisitionDays: 84, lastDay: 400, unitDays: 7,
});
const diagnosis = diagnose({ transactions: TABLE, customers: null }, { ...DEFAULT_PARAMS, analysisDate: 400 });

function plan(predictive: unknown): Plan {
  const base = createPlan({ name: 'P', company: '', sector: '', currency: 'EUR', language: 'es' }, 'p1', new Date('2026-01-01T00:00:00Z'));
  return { ...base, sections: { ...base.sections, predictive } };
}

const source = () => ({ diagnosis, dataVersion: 1, fitPredictive: vi.fn(async (request) => answerPredictive(TABLE, request)), stopPredictive: () => {} });

describe('reportPredictive', () => {
  it('fits nothing for a plan that does not ask for the models in its PDF', async () => {
    const s = source();
    expect(await reportPredictive(plan({ unit: 'months', horizon: 12 }), s)).toBeNull();
    expect(await reportPredictive(plan(undefined), s)).toBeNull();
    expect(s.fitPredictive).not.toHaveBeenCalled();
  });

  it('fits the models again with the plan’s settings when it asks', async () => {
    const s = source();
    const result = await reportPredictive(plan({ unit: 'months', horizon: 12, calibrationEnd: 250, inReport: true }), s);
    expect(s.fitPredictive).toHaveBeenCalledOnce();
    if (!result?.ok) throw new Error('no fit');
    expect(result.value.request).toMatchObject({ unit: 'months', horizon: 12, calibrationEnd: 250, analysisDate: 400 });
    expect(result.value.figures.bgnbd_r).toBeGreaterThan(0);
  });

  it('gives nothing without a diagnosis', async () => {
    expect(await reportPredictive(plan({ inReport: true }), { ...source(), diagnosis: null })).toBeNull();
    expect(await reportPredictive(plan({ inReport: true }), null)).toBeNull();
  });
});
