import { describe, expect, it } from 'vitest';
import { DIAGNOSIS_CHARTS } from '../../src/charts/diagnosis-charts';
import { warmUpOptions } from '../../src/charts/warm-up-options';
import { fontsOf } from '../../src/components/warm-fonts';
import { drawn, syntheticDiagnosis, type Loose } from './fixtures';

/** The series types, the components and the series' marks an option uses. */
function parts(option: Loose): Set<string> {
  const found = new Set<string>();
  for (const key of ['legend', 'visualMap', 'graphic', 'tooltip']) if (option[key]) found.add(key);
  for (const series of [option.series].flat()) {
    found.add(`series ${series.type}`);
    for (const mark of ['markLine', 'markArea', 'label']) if (series[mark] && series[mark].show !== false) found.add(`${series.type} ${mark}`);
  }
  return found;
}

describe('warm-up charts', () => {
  const charts = DIAGNOSIS_CHARTS.map((entry) => drawn(entry.build(syntheticDiagnosis(300), { language: 'es', currency: 'EUR' }, {})));
  const warm = warmUpOptions();

  it('take ECharts through every series type, component and mark the diagnosis charts use', () => {
    const used = new Set(charts.flatMap((chart) => [...parts(chart.option as Loose)]));
    const warmed = new Set(warm.flatMap((option) => [...parts(option as Loose)]));
    expect([...used].filter((part) => !warmed.has(part))).toEqual([]);
  });

  it('measure the fonts the diagnosis charts draw in', () => {
    const used = new Set(charts.flatMap((chart) => fontsOf(chart.option)));
    const warmed = new Set(warm.flatMap((option) => fontsOf(option)));
    expect([...used].filter((font) => !warmed.has(font))).toEqual([]);
  });
});
