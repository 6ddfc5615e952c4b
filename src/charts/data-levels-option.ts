import type { Diagnosis } from '../domain/metrics/diagnosis';
import { DATA_LEVEL_USES } from '../domain/quality/data-levels';
import type { MetricId } from '../domain/metric-ids';
import { AXIS_NAME_STYLE, baseOption, grid, SPLIT_LINE, type DiagnosisOption } from './base-option';
import { chartWords, type ChartLocale } from './chart-text';
import type { ChartOutcome } from './chart-types';
import { DECALS, inkOn, orderedColours } from './palette';
import type { CustomerSelection } from './selection';

/** Charts narrower than this (pixels) get the phone layout. */
const NARROW = 480;

const LEVELS = [1, 2, 3, 4, 5] as const;

/** Customers at each data level or above: `atLeast[k]`, k = 0…5 (`atLeast[0]` = every customer). */
export interface DataLevelCounts {
  atLeast: readonly number[];
}

/**
 * The engine's cumulative `data_level_k` figures as counts, over the rows of the customers file
 * (the people the levels are measured on), or over every customer without that count; null
 * where the diagnosis has no data levels.
 */
export function levelsFromFigures(diagnosis: Diagnosis): DataLevelCounts | null {
  const f = diagnosis.figures;
  const all = diagnosis.basis.customerFileRows > 0 ? diagnosis.basis.customerFileRows : f.customers_total;
  if (f.data_level_1 === undefined || all === undefined) return null;
  return { atLeast: [all, f.data_level_1, f.data_level_2 ?? 0, f.data_level_3 ?? 0, f.data_level_4 ?? 0, f.data_level_5 ?? 0] };
}

/**
 * Data levels 1–5 (seed 003), cumulative: the customers whose records reach each level, with
 * what that level makes possible (mailing, telemarketing, segmentation, ROI, loyalty).
 * `selectable`: whether a click can list the customers of a level.
 */
export function dataLevelsChart(levels: DataLevelCounts | null, locale: ChartLocale, selectable = false): ChartOutcome<CustomerSelection> {
  const words = chartWords(locale);
  const title = words.t('levels.title');
  if (!levels || !(levels.atLeast[0] > 0)) return { ok: false, id: 'levels', title, reason: words.t('unlock.needs-customers') };
  const total = levels.atLeast[0];
  const colours = orderedColours(5);
  const label = (k: number) => words.t('levels.level', { k });
  const use = (k: (typeof LEVELS)[number]) => words.t(`levels.use.${DATA_LEVEL_USES[k]}`);

  const option: DiagnosisOption = {
    ...baseOption(),
    grid: grid(28, 8),
    tooltip: { show: false },
    xAxis: {
      type: 'category',
      data: LEVELS.map((k) => `${label(k)}\n${use(k)}`),
      axisLabel: { interval: 0, fontSize: 11, lineHeight: 14, width: 80, overflow: 'break' },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      name: words.t('levels.yAxis'),
      nameTextStyle: { ...AXIS_NAME_STYLE, align: 'left' },
      max: total,
      axisLabel: { formatter: (v: number) => words.compact(v) },
      splitLine: SPLIT_LINE,
    },
    series: [
      {
        type: 'bar',
        cursor: selectable ? 'pointer' : 'default',
        barCategoryGap: '25%',
        data: LEVELS.map((k, i) => ({
          value: levels.atLeast[k],
          itemStyle: { color: colours[i], decal: DECALS[i] },
          label: {
            show: true,
            position: levels.atLeast[k] / total > 0.15 ? 'insideTop' : 'top',
            color: levels.atLeast[k] / total > 0.15 ? inkOn(colours[i]) : '#1d2430',
            fontWeight: 600,
            lineHeight: 16,
            formatter: `${words.count(levels.atLeast[k])}\n${words.percent(levels.atLeast[k] / total, 0)}`,
          },
        })),
      },
    ],
    // On a phone five two-line names run into each other: the axis keeps the level, the table its use.
    media: [{ query: { maxWidth: NARROW }, option: { xAxis: { axisLabel: { formatter: (name: string) => name.split('\n')[0] } } } }],
  };

  const selectionOf = (k: (typeof LEVELS)[number]): CustomerSelection | null => (selectable && levels.atLeast[k] > 0 ? { kind: 'data-level', level: k } : null);
  return {
    ok: true,
    chart: {
      id: 'levels',
      option,
      title,
      reading: [
        words.t('levels.reading', {
          mailing: words.percent(levels.atLeast[1] / total, 0),
          loyalty: words.percent(levels.atLeast[5] / total, 0),
        }),
        LEVELS.some((k) => levels.atLeast[k] === 0) ? words.t('levels.zeroHint') : '',
      ].filter(Boolean).join(' '),
      units: words.t('levels.units', { n: words.count(total) }),
      table: {
        columns: [words.t('levels.levelColumn'), words.t('levels.useColumn'), words.t('levels.atLeast'), words.t('levels.share')],
        rows: LEVELS.map((k) => [
          label(k),
          use(k),
          words.countCell(levels.atLeast[k], `data_level_${k}` satisfies MetricId),
          words.percentCell(levels.atLeast[k] / total),
        ]),
        selections: LEVELS.map(selectionOf),
      },
      select: (click) => (click.componentType === 'series' && click.dataIndex !== undefined ? selectionOf(LEVELS[click.dataIndex]) : null),
    },
  };
}
