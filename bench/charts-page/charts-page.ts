/**
 * The page the charts bench drives: builds every diagnosis chart from a synthetic diagnosis of n
 * customers and draws it with ECharts (canvas), as the diagnosis step does, timing each.
 */
import { abcChart } from '../../src/charts/abc-option';
import type { ChartLocale } from '../../src/charts/chart-text';
import type { ChartOutcome } from '../../src/charts/chart-types';
import { churnReasonsChart } from '../../src/charts/churn-reasons-option';
import { cohortsChart } from '../../src/charts/cohorts-option';
import { customerTypesChart } from '../../src/charts/customer-types-option';
import { dataLevelsChart } from '../../src/charts/data-levels-option';
import { monthlyChart } from '../../src/charts/monthly-option';
import { pyramidChart } from '../../src/charts/pyramid-option';
import { chartToSvg, loadECharts } from '../../src/components/render-chart';
import { rfmGridChart } from '../../src/charts/rfm-grid-option';
import { valueMatrixChart } from '../../src/charts/value-matrix-option';
import type { Diagnosis } from '../../src/domain/metrics/diagnosis';
import { loadMessages } from '../../src/i18n/message-tables';
import { syntheticDiagnosis } from '../../test/charts/fixtures';

type Builder = (d: Diagnosis, l: ChartLocale) => ChartOutcome<unknown>;
const BUILDERS: [string, Builder][] = [
  ['pyramid', pyramidChart],
  ['abc', abcChart],
  ['rfm', (d, l) => rfmGridChart(d, l)],
  ['types', customerTypesChart],
  ['value', valueMatrixChart],
  ['churn', churnReasonsChart],
  ['cohorts', cohortsChart],
  ['monthly', monthlyChart],
  ['levels', (d, l) => {
    const f = d.figures;
    return dataLevelsChart({ atLeast: [f.customers_total!, f.data_level_1!, f.data_level_2!, f.data_level_3!, f.data_level_4!, f.data_level_5!] }, l);
  }],
];

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

interface Timing {
  id: string;
  buildMs: number;
  drawMs: number;
  svgMs: number;
}

let diagnosis: Diagnosis | null = null;

/** Draws every chart into the page; returns per chart the time to build the option and to draw it. */
async function run(language: 'es' | 'en', customers: number, svg: boolean): Promise<{ generateMs: number; loadMs: number; charts: Timing[]; totalMs: number }> {
  let start = performance.now();
  if (!diagnosis || diagnosis.customers.length !== customers) diagnosis = syntheticDiagnosis(customers);
  const generateMs = performance.now() - start;
  start = performance.now();
  const [{ init }] = await Promise.all([loadECharts(), loadMessages(language)]);
  const loadMs = performance.now() - start;
  const host = document.getElementById('charts')!;
  host.replaceChildren();
  const locale = { language, currency: 'EUR' };
  const charts: Timing[] = [];
  const all = performance.now();
  for (const [id, build] of BUILDERS) {
    const t0 = performance.now();
    const outcome = build(diagnosis, locale);
    const t1 = performance.now();
    if (!outcome.ok) throw new Error(`${id}: ${outcome.reason}`);
    const box = document.createElement('div');
    box.className = 'chart';
    box.dataset.chart = id;
    host.append(box);
    const chart = init(box, undefined, { renderer: 'canvas' });
    chart.setOption({ ...outcome.chart.option, animation: false });
    await nextFrame();
    const t2 = performance.now();
    let svgMs = 0;
    if (svg) {
      const s0 = performance.now();
      await chartToSvg(outcome.chart.option, { width: 640, height: 380 });
      svgMs = performance.now() - s0;
    }
    charts.push({ id, buildMs: t1 - t0, drawMs: t2 - t1, svgMs });
  }
  return { generateMs, loadMs, charts, totalMs: performance.now() - all };
}

(globalThis as { __chartsBench?: typeof run }).__chartsBench = run;
document.body.dataset.ready = 'yes';
