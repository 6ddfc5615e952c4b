import { describe, expect, it } from 'vitest';
import { DIAGNOSIS_CHARTS } from '../../src/charts/diagnosis-charts';
import { printOption } from '../../src/charts/print-option';
import { buildReport } from '../../src/report/build-report';
import type { ChartBlock } from '../../src/report/report-model';
import { SAMPLE_DATASETS, sampleDiagnosis, samplePlan } from './sample-plan';

type Series = { type?: string; name?: string; data?: unknown[]; progressive?: number };
const seriesOf = (option: Record<string, unknown>): Series[] => (Array.isArray(option.series) ? option.series : [option.series]) as Series[];
/** Series by series: type, name and how many points. */
const shape = (option: Record<string, unknown>) => seriesOf(option).map((s) => ({ type: s.type, name: s.name, points: s.data?.length ?? 0 }));

describe('each diagnosis chart of the document is the chart on screen', () => {
  const { diagnosis } = sampleDiagnosis(900);
  const report = buildReport({ plan: samplePlan('es'), diagnosis, datasets: SAMPLE_DATASETS, today: '2026-04-15' });
  const printed = new Map(report.sections.flatMap((s) => s.blocks).filter((b): b is ChartBlock => b.kind === 'chart').map((b) => [b.id, b]));

  it.each(DIAGNOSIS_CHARTS.map((entry) => [entry.id, entry] as const))('%s: shown or missing alike; same series, same points, every series drawn whole', (id, entry) => {
    const screen = entry.build(diagnosis, { language: 'es', currency: 'EUR' }, {});
    const block = printed.get(id);
    // A chart the data does not allow is missing from both, and said why in both.
    if (!screen.ok) return expect(block).toBeUndefined();
    expect(block, id).toBeDefined();
    const drawn = printOption(block!.option, 'Inter') as Record<string, unknown>;
    const onScreen = shape(screen.chart.option as Record<string, unknown>);
    expect(onScreen.reduce((n, s) => n + s.points, 0)).toBeGreaterThan(0);
    expect(shape(drawn)).toEqual(onScreen);
    expect(block!.aspect).toBeCloseTo(entry.height(diagnosis) / 640, 6);
    // A progressive series would be exported after its first chunk only.
    for (const s of seriesOf(drawn)) expect(s.progressive, `${id} ${s.name}`).toBe(0);
  });
});
