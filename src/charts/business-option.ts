import type { PlanBusinessCase } from '../domain/business/plan-business-case';
import type { SpecificObjective } from '../domain/objectives/objective';
import type { BusinessWords } from '../i18n/business-words';
import { baseOption, grid, SPLIT_LINE, wrapWords, type DiagnosisOption } from './base-option';
import type { ChartCell, ChartOutcome } from './chart-types';
import { DECALS, INK_SOFT, PRIMARY, REFERENCE, SECONDARY } from './palette';

/** Height of the chart for `rows` categories: room for two bars each. */
export function businessChartHeight(rows: number): number {
  return 90 + Math.max(1, rows) * 64;
}

/**
 * Value against budget per objective (base scenario), as horizontal bars: the expected value
 * of each objective (grey and marked when it is not counted, because a larger objective on the
 * same customers counts instead) beside the budget of the strategies that serve it, and the
 * budget of actions that serve no objective on its own row. Null value (no value yet): no bar.
 */
export function businessChart(
  result: PlanBusinessCase,
  objectives: readonly Pick<SpecificObjective, 'id' | 'metric' | 'customName' | 'unit' | 'segment'>[],
  words: BusinessWords,
): ChartOutcome<never> {
  const title = words.t('business.chart.title');
  if (objectives.length === 0) return { ok: false, id: 'business-case', title, reason: words.t('business.gap.no-objectives') };

  const rows = result.lines.map((line, i) => ({
    name: words.objectiveName(objectives[i], i),
    value: line.result.ok ? line.result.value : null,
    counted: line.counted,
    budget: result.budgets.byObjective[line.objective.id] ?? 0,
  }));
  if (result.budgets.unassigned > 0) rows.push({ name: words.t('business.unassigned'), value: null, counted: false, budget: result.budgets.unassigned });
  // Bars read top to bottom in the plan's order: ECharts draws the first category at the bottom.
  const shown = [...rows].reverse();
  const { compact } = words;

  const option: DiagnosisOption = {
    ...baseOption(),
    grid: grid(40, 8),
    legend: { top: 0, left: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, valueFormatter: (v) => (typeof v === 'number' ? words.money(v) : '—') },
    xAxis: { type: 'value', splitNumber: 4, axisLabel: { formatter: (v: number) => compact(v), hideOverlap: true }, splitLine: SPLIT_LINE },
    yAxis: { type: 'category', data: shown.map((r) => wrapWords(r.name, 18)), axisLabel: { color: INK_SOFT, lineHeight: 15 } },
    series: [
      {
        type: 'bar',
        name: words.t('business.value'),
        data: shown.map((r) => (r.value === null ? null : {
          value: r.value,
          itemStyle: r.counted ? { color: PRIMARY } : { color: REFERENCE, decal: DECALS[0] },
          label: r.counted ? undefined : { show: true, position: 'insideLeft', formatter: words.t('business.chart.leftOut'), color: '#1d2430' },
        })),
        itemStyle: { color: PRIMARY },
        barGap: '15%',
      },
      {
        type: 'bar',
        name: words.t('business.budget'),
        data: shown.map((r) => r.budget),
        itemStyle: { color: SECONDARY, decal: DECALS[3] },
      },
    ],
  };

  const cell = (n: number | null): ChartCell => (n === null ? '—' : { text: words.money(n), value: n });
  const reading = result.budget > 0 && result.roi !== null
    ? words.t('business.chart.reading', { value: words.moneyWhole(result.value), budget: words.moneyWhole(result.budget), roi: words.percent(result.roi, 0) })
    : words.t('business.chart.readingNoBudget', { value: words.moneyWhole(result.value) });
  return {
    ok: true,
    chart: {
      id: 'business-case',
      option,
      title,
      reading,
      units: words.t('business.chart.units', { currency: words.currency }),
      table: {
        columns: [words.t('business.col.objective'), words.t('business.value'), words.t('business.budget')],
        rows: [
          ...rows.map((r) => [r.counted || r.value === null ? r.name : `${r.name} (${words.t('business.chart.leftOut')})`, cell(r.value), cell(r.budget)]),
          [words.t('business.total'), { text: words.money(result.value), value: result.value }, { text: words.money(result.budget), value: result.budget }],
        ],
      },
    },
  };
}
