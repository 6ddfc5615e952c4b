import type { Diagnosis } from '../domain/metrics/diagnosis';
import { AXIS_NAME_STYLE, baseOption, grid, unlockText, type DiagnosisOption } from './base-option';
import { chartWords, type ChartLocale } from './chart-text';
import type { ChartCell, ChartOutcome } from './chart-types';
import { HEAT, INK } from './palette';

/** Cells are labelled with their percentage up to this many cells. */
const LABEL_CELLS = 200;

/**
 * Cohort retention: one row per month (or quarter) of first purchase, oldest on top; column k is
 * the share of the cohort that bought again k periods later (k ≥ 1; k = 0 is everyone).
 */
export function cohortsChart(diagnosis: Diagnosis, locale: ChartLocale): ChartOutcome<never> {
  const words = chartWords(locale);
  const table = diagnosis.cohorts;
  const unit = table?.unit ?? diagnosis.params.cohortUnit;
  const title = words.t(unit === 'month' ? 'cohorts.titleMonth' : 'cohorts.titleQuarter');
  const cohorts = table?.cohorts ?? [];
  const width = Math.max(0, ...cohorts.map((c) => c.share.length - 1));
  if (cohorts.length === 0) return { ok: false, id: 'cohorts', title, reason: unlockText(words, diagnosis.unavailable.active_customers ?? { code: 'needs-dataset', dataset: 'transactions' }) };
  if (width === 0) return { ok: false, id: 'cohorts', title, reason: words.t('cohorts.onePeriod') };

  const data: [number, number, number][] = [];
  cohorts.forEach((c, row) => c.share.forEach((share, k) => k > 0 && data.push([k - 1, row, share])));
  const labelled = data.length <= LABEL_CELLS;
  // The colours span 0 to the best share seen, so that usual retention (10–40 %) is not all pale.
  const top = Math.max(0.01, ...data.map((d) => d[2]));

  // Share back one period later, over the cohorts old enough to have that period, weighted by size.
  const old = cohorts.filter((c) => c.active.length > 1);
  const back = old.reduce((s, c) => s + c.active[1], 0) / old.reduce((s, c) => s + c.size, 0);

  const option: DiagnosisOption = {
    ...baseOption(),
    grid: grid(24, 40),
    tooltip: { show: !labelled, position: 'top', formatter: (p) => {
      const [k, row, share] = (p as unknown as { value: [number, number, number] }).value;
      return `${cohorts[row].label} · +${k + 1}: ${words.percent(share)}`;
    } },
    xAxis: {
      type: 'category',
      data: Array.from({ length: width }, (_, k) => `+${k + 1}`),
      name: words.t(unit === 'month' ? 'cohorts.xAxisMonth' : 'cohorts.xAxisQuarter'),
      nameLocation: 'middle',
      nameGap: 24,
      nameTextStyle: AXIS_NAME_STYLE,
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: cohorts.map((c) => c.label),
      name: words.t('cohorts.yAxis'),
      nameLocation: 'start',
      nameTextStyle: { ...AXIS_NAME_STYLE, align: 'right' },
      splitArea: { show: false },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: top,
      dimension: 2,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemWidth: 10,
      itemHeight: 140,
      text: [words.percent(top, 0), words.percent(0, 0)],
      textStyle: { color: INK, fontSize: 11 },
      inRange: { color: HEAT },
    },
    series: [
      {
        type: 'heatmap',
        progressive: 2000,
        itemStyle: { borderColor: '#ffffff', borderWidth: data.length > 2000 ? 0 : 1 },
        label: { show: labelled, fontSize: 10, color: INK, textBorderColor: '#ffffff', textBorderWidth: 2, formatter: (p) => words.percent((p.value as number[])[2], 0) },
        data,
      },
    ],
  };

  const rows: ChartCell[][] = cohorts.map((c) => [
    c.label,
    words.countCell(c.size),
    ...Array.from({ length: width }, (_, k) => (k + 1 < c.share.length ? words.percentCell(c.share[k + 1]) : '')),
  ]);

  return {
    ok: true,
    chart: {
      id: 'cohorts',
      option,
      title,
      reading: words.t(unit === 'month' ? 'cohorts.readingMonth' : 'cohorts.readingQuarter', { share: words.percent(back, 0) }),
      units: words.t('cohorts.units'),
      table: {
        columns: [words.t('cohorts.cohort'), words.t('unit.customers'), ...Array.from({ length: width }, (_, k) => `+${k + 1}`)],
        rows,
      },
    },
  };
}
