import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { isoToEpochDay } from '../domain/dates';
import type { Kpi } from '../domain/evaluation/kpi';
import { progress } from '../domain/evaluation/progress';
import type { ObjectiveUnit } from '../domain/objectives/objective';
import type { Language } from '../domain/plan';
import { wordsFor, wordsIn } from '../i18n/words';
import { baseOption, grid } from './base-option';
import type { ChartLocale } from './chart-text';
import type { ChartCell, ChartOutcome } from './chart-types';
import { INK, INK_SOFT, LINE, PRIMARY, SECONDARY } from './palette';

export type KpiOption = ComposeOption<
  LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | MarkLineComponentOption
>;

const MS_PER_DAY = 86_400_000;

/** A KPI value written for its unit: shares as percentages, money in the plan's currency. */
export function kpiValueText(value: number, unit: ObjectiveUnit | null, { language, currency }: ChartLocale): string {
  const words = wordsFor(language, currency);
  switch (unit) {
    case '%':
      return words.percent(value, 1);
    case 'currency':
      return words.money(value);
    case 'periods':
      return words.number(value, 1);
    default:
      return words.number(value, 2);
  }
}

/** The short axis label of a value (no currency code, shares as percentages). */
function axisText(value: number, unit: ObjectiveUnit | null, language: Language): string {
  const words = wordsIn(language);
  return unit === '%' ? words.percent(value, 0) : words.compact(value);
}

const msOf = (iso: string): number | null => {
  const day = isoToEpochDay(iso);
  return day === null ? null : day * MS_PER_DAY;
};

/**
 * One KPI's chart: its measurements over time against the target line, with the baseline
 * and the expected pace from (start, baseline) to (deadline, target) when both dates are
 * valid, and the deadline marked. Line styles differ (markers, solid, dotted, dashed) so the
 * lines stay apart in grey print. No measurement: nothing to draw.
 */
export function kpiChart(kpi: Kpi, name: string, chartLocale: ChartLocale): ChartOutcome {
  const { language } = chartLocale;
  const words = wordsIn(language);
  const t = words.t;
  const title = t('evaluation.chart.title', { name });
  const id = `kpi-${kpi.id}`;
  if (kpi.measurements.length === 0) return { ok: false, id, title, reason: t('evaluation.chart.empty') };

  const value = (v: number) => kpiValueText(v, kpi.unit, chartLocale);
  const points = kpi.measurements.map((m) => [msOf(m.date) ?? 0, m.value] as [number, number]);
  const start = msOf(kpi.startDate);
  const deadline = msOf(kpi.deadline);
  const xs = [...points.map(([x]) => x), ...(start === null ? [] : [start]), ...(deadline === null ? [] : [deadline])];
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const flat = (y: number): [number, number][] => [[x0, y], [x1, y]];
  const hasTarget = kpi.target !== null;
  const hasBaseline = kpi.baseline !== null;

  const series: LineSeriesOption[] = [
    {
      type: 'line',
      name: t('evaluation.chart.measured'),
      data: points,
      color: PRIMARY,
      lineStyle: { width: 2 },
      symbol: 'circle',
      symbolSize: 8,
      z: 4,
      ...(deadline !== null && {
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: INK_SOFT, type: 'solid', width: 1 },
          label: { formatter: t('evaluation.chart.deadline'), color: INK_SOFT, position: 'end', align: 'right' },
          data: [{ xAxis: deadline }],
        },
      }),
    },
  ];
  if (hasTarget) {
    series.push({ type: 'line', name: t('evaluation.chart.target'), data: flat(kpi.target!), color: SECONDARY, lineStyle: { width: 3 }, symbol: 'none' });
  }
  if (hasBaseline) {
    series.push({ type: 'line', name: t('evaluation.chart.baseline'), data: flat(kpi.baseline!), color: INK_SOFT, lineStyle: { width: 1.5, type: 'dotted' }, symbol: 'none' });
  }
  if (hasTarget && hasBaseline && start !== null && deadline !== null && deadline > start) {
    series.push({
      type: 'line',
      name: t('evaluation.chart.expected'),
      data: [[start, kpi.baseline!], [deadline, kpi.target!]],
      color: INK,
      lineStyle: { width: 1, type: 'dashed' },
      symbol: 'none',
    });
  }

  const dayLabel = new Intl.DateTimeFormat(words.tag, { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' });
  const base = baseOption();
  const option: KpiOption = {
    animationDuration: base.animationDuration,
    textStyle: base.textStyle,
    grid: grid(36, 8),
    legend: { top: 0, left: 0, textStyle: { color: INK } },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (v) => (typeof v === 'number' ? value(v) : '') },
    xAxis: {
      type: 'time',
      min: x0 === x1 ? x0 - 15 * MS_PER_DAY : x0,
      max: x0 === x1 ? x1 + 15 * MS_PER_DAY : x1,
      axisLabel: { color: INK_SOFT, hideOverlap: true, formatter: (ms: number) => dayLabel.format(new Date(ms)) },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      scale: true,
      // Room above and below, so that a target or baseline at the edge is not lost on the axis,
      // but no negative values under figures that cannot be negative.
      boundaryGap: ['10%', '10%'],
      min: ({ min, max }: { min: number; max: number }) => (min >= 0 && min - (max - min) * 0.1 < 0 ? 0 : undefined),
      axisLabel: { color: INK_SOFT, formatter: (v: number) => axisText(v, kpi.unit, language) },
      splitLine: { lineStyle: { color: LINE } },
    },
    series,
    // On a phone the legend takes two lines.
    media: [{ query: { maxWidth: 480 }, option: { grid: grid(56, 8), xAxis: { splitNumber: 3 } } }],
  };

  const rows: ChartCell[][] = kpi.measurements.map((m) => {
    const p = progress(kpi.baseline, kpi.target, m.value);
    return [
      words.date(m.date),
      { text: value(m.value), value: m.value },
      p.ok ? { text: words.percent(p.value, 0), value: p.value } : '—',
      m.note,
    ];
  });
  const latest = kpi.measurements[kpi.measurements.length - 1];
  const reading = hasTarget
    ? t('evaluation.chart.reading', { latest: value(latest.value), date: words.date(latest.date), target: value(kpi.target!) })
    : t('evaluation.chart.readingNoTarget', { latest: value(latest.value), date: words.date(latest.date) });

  return {
    ok: true,
    chart: {
      id,
      option,
      title,
      reading,
      table: {
        columns: [
          t('evaluation.measurements.date'), t('evaluation.measurements.value'),
          t('evaluation.measurements.progress'), t('evaluation.measurements.note'),
        ],
        rows,
      },
    },
  };
}
