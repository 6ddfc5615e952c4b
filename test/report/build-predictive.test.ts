import { describe, expect, it } from 'vitest';
import { predictiveWords } from '../../src/charts/predictive-words';
import { diagnose } from '../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../src/domain/metrics/params';
import { predictiveBlocks } from '../../src/report/build-predictive';
import type { ReportCell, TableBlock } from '../../src/report/report-model';
import { answerPredictive, type PredictiveRequest, type PredictiveResults } from '../../src/workers/clv-requests';
import { seededRandom, simulateTable } from '../domain/clv-models/simulate';

const TABLE = simulateTable(seededRandom(5), {
  params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  spend: { p: 6.25, q: 3.74, gamma: 15.44 },
  customers: 1500, firstDay: 0, acquisitionDays: 84, lastDay: 545, unitDays: 7,
});
const REQUEST: PredictiveRequest = {
  unit: 'weeks', calibrationEnd: 272, analysisDate: 545, horizon: 52, margin: 0.3, discountRate: 0.1, periodMonths: 12,
};
const diagnosis = diagnose({ transactions: TABLE, customers: null }, { ...DEFAULT_PARAMS, analysisDate: 545 });
const es = predictiveWords({ language: 'es', currency: 'EUR' });

function fitted(request: Partial<PredictiveRequest> = {}): PredictiveResults {
  const answer = answerPredictive(TABLE, { ...REQUEST, ...request });
  if (!answer.ok) throw new Error(answer.error.code);
  return answer.value;
}

const tableOf = (blocks: ReturnType<typeof predictiveBlocks>, id: string) => blocks.find((b): b is TableBlock => b.kind === 'table' && b.id === id);
const metricCells = (table: TableBlock | undefined) =>
  (table?.rows ?? []).flat().filter((c): c is Exclude<ReportCell, string> => typeof c !== 'string' && c.metric !== undefined);

describe('predictiveBlocks', () => {
  const result = fitted();
  const blocks = predictiveBlocks({ ok: true, value: result }, diagnosis, es);

  it('prints every fitted parameter with its id and unrounded value', () => {
    const cells = metricCells(tableOf(blocks, 'predictive-params'));
    expect(cells.map((c) => c.metric)).toEqual(['bgnbd_r', 'bgnbd_alpha', 'bgnbd_a', 'bgnbd_b', 'bgnbd_ll', 'gg_p', 'gg_q', 'gg_gamma']);
    for (const cell of cells) expect(cell.value).toBe(result.figures[cell.metric as 'bgnbd_r']);
  });

  it('prints the holdout check, the comparison with the simple CLV and the size of each list', () => {
    expect(metricCells(tableOf(blocks, 'predictive-holdout')).map((c) => [c.metric, c.value])).toEqual([
      ['holdout_expected', result.figures.holdout_expected],
      ['holdout_actual', result.figures.holdout_actual],
    ]);
    const compare = tableOf(blocks, 'predictive-compare')!.rows;
    expect(compare.map((row) => (typeof row[1] === 'string' ? null : row[1].value))).toEqual([
      result.predictions.ok ? result.predictions.value.meanClv : null,
      diagnosis.figures.clv_simple,
      diagnosis.figures.clv_discounted,
    ]);
    const lists = tableOf(blocks, 'predictive-lists')!.rows.map((row) => (typeof row[1] === 'string' ? null : row[1].value));
    const p = result.predictions.ok ? result.predictions.value : null;
    expect(lists).toEqual([p!.probablyLost.length, p!.valuableAtRisk.length, p!.topClv.length]);
    expect(blocks[0]).toEqual({ kind: 'heading', id: 'dx-predictive', text: 'Valor de vida predictivo (BG/NBD y Gamma-Gamma)' });
  });

  it('says there is no holdout when the split is the analysis date', () => {
    const noHoldout = predictiveBlocks({ ok: true, value: fitted({ calibrationEnd: 545 }) }, diagnosis, es);
    expect(tableOf(noHoldout, 'predictive-holdout')).toBeUndefined();
    expect(noHoldout).toContainEqual({ kind: 'paragraph', text: es.t('predictive.noHoldout'), tone: 'muted' });
  });

  it('says why, under the same heading, when the data no longer allow a fit', () => {
    const few = answerPredictive(TABLE, { ...REQUEST, calibrationEnd: 1 });
    expect(few.ok).toBe(false);
    const failed = predictiveBlocks(few, diagnosis, es);
    expect(failed[0]).toEqual(blocks[0]);
    expect(failed).toHaveLength(2);
    expect(failed[1]).toMatchObject({ kind: 'paragraph', text: expect.stringMatching(/^No se puede (preparar|ajustar) .+: .+/) });
  });
});
