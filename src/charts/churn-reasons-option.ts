import type { Diagnosis } from '../domain/metrics/diagnosis';
import { AXIS_NAME_STYLE, baseOption, grid, SPLIT_LINE, unlockText, wrapWords, type DiagnosisOption } from './base-option';
import { chartWords, type ChartLocale } from './chart-text';
import type { ChartOutcome } from './chart-types';
import { DECALS, PRIMARY, REFERENCE, SECONDARY } from './palette';
import type { CustomerSelection } from './selection';

/**
 * Churn reasons as a Pareto: the categories found, most frequent first, as shares of the reasons
 * given, with the cumulative share, beside the reference shares of seed 004. A found category
 * selects the customers who gave it.
 */
export function churnReasonsChart(diagnosis: Diagnosis, locale: ChartLocale): ChartOutcome<CustomerSelection> {
  const words = chartWords(locale);
  const title = words.t('churn.title');
  const summary = diagnosis.churnReasons;
  if (!summary || summary.total === 0) {
    return { ok: false, id: 'churn', title, reason: unlockText(words, diagnosis.unavailable.churn_reasons_total) };
  }
  // Found categories by count (the seed's order breaks ties), then the reference ones not found.
  const found = summary.categories.filter((c) => c.count > 0).sort((x, y) => y.count - x.count);
  const rest = summary.categories.filter((c) => c.count === 0 && c.referenceShare !== null);
  const shown = [...found, ...rest];
  let running = 0;
  const cumulative = found.map((c) => (running += c.share));
  const name = (category: string) => words.t(`churn.category.${category}` as 'churn.category.other');
  const top = found[0];
  const selectionAt = (i: number): CustomerSelection | null => (i < found.length ? { kind: 'churn', category: shown[i].category } : null);

  // Horizontal bars, most frequent on top, so that long reason names read without breaking words.
  const option: DiagnosisOption = {
    ...baseOption(),
    grid: grid(56, 8),
    legend: { top: 0, left: 0, itemGap: 12 },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (v) => (typeof v === 'number' ? words.percent(v) : '—') },
    yAxis: {
      type: 'category',
      inverse: true,
      data: shown.map((c) => wrapWords(name(c.category), 14)),
      axisLabel: { interval: 0, fontSize: 11, lineHeight: 13 },
      axisTick: { show: false },
    },
    xAxis: [
      {
        type: 'value',
        name: words.t('churn.yAxis'),
        nameLocation: 'middle',
        nameGap: 24,
        nameTextStyle: AXIS_NAME_STYLE,
        axisLabel: { formatter: (v: number) => words.percent(v, 0), hideOverlap: true },
        splitLine: SPLIT_LINE,
      },
      {
        type: 'value',
        min: 0,
        max: 1,
        position: 'top',
        interval: 0.5,
        axisLabel: { formatter: (v: number) => words.percent(v, 0), color: SECONDARY },
        axisLine: { show: false },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'bar',
        cursor: 'pointer',
        name: words.t('churn.found', { n: words.count(summary.total) }),
        itemStyle: { color: PRIMARY },
        barGap: '10%',
        label: { show: true, position: 'right', formatter: (p) => words.percent(p.value as number, 0), fontSize: 11 },
        data: shown.map((c) => c.share),
      },
      {
        type: 'bar',
        name: words.t('churn.reference'),
        itemStyle: { color: REFERENCE, decal: DECALS[3] },
        data: shown.map((c) => c.referenceShare ?? '-'),
      },
      {
        type: 'line',
        name: words.t('churn.cumulative'),
        xAxisIndex: 1,
        symbolSize: 6,
        lineStyle: { color: SECONDARY, width: 2 },
        itemStyle: { color: SECONDARY },
        data: cumulative,
      },
    ],
  };

  return {
    ok: true,
    chart: {
      id: 'churn',
      option,
      title,
      reading:
        top.referenceShare === null
          ? words.t('churn.readingOther', { reason: name(top.category), share: words.percent(top.share, 0) })
          : words.t('churn.reading', { reason: name(top.category), share: words.percent(top.share, 0), reference: words.percent(top.referenceShare, 0) }),
      units: words.t('churn.units', { n: words.count(summary.total) }),
      table: {
        columns: [words.t('churn.reason'), words.t('churn.count'), words.t('churn.share'), words.t('churn.reference'), words.t('churn.cumulative')],
        rows: shown.map((c, i) => [
          name(c.category),
          words.countCell(c.count),
          words.percentCell(c.share),
          c.referenceShare === null ? '—' : words.percentCell(c.referenceShare),
          i < cumulative.length ? words.percentCell(cumulative[i]) : '—',
        ]),
        selections: shown.map((_, i) => selectionAt(i)),
      },
      select: (click) => (click.componentType === 'series' && click.dataIndex !== undefined ? selectionAt(click.dataIndex) : null),
    },
  };
}
