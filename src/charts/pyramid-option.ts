import type { Diagnosis } from '../domain/metrics/diagnosis';
import type { PyramidLevel } from '../domain/metrics/pyramid';
import type { MetricId } from '../domain/metric-ids';
import { AXIS_NAME_STYLE, baseOption, grid, unlockText, type DiagnosisOption } from './base-option';
import { chartWords, type ChartLocale } from './chart-text';
import type { ChartCell, ChartOutcome } from './chart-types';
import { DECALS, INK_SOFT, inkOn, orderedColours } from './palette';
import type { CustomerSelection } from './selection';

type Level = PyramidLevel | 'rest';

/** Top of the pyramid first. */
const LEVELS: readonly { level: Level; metric: MetricId }[] = [
  { level: 'active', metric: 'pyramid_active' },
  { level: 'inactive', metric: 'pyramid_inactive' },
  { level: 'potential', metric: 'pyramid_potential' },
  { level: 'probable', metric: 'pyramid_probable' },
  { level: 'rest', metric: 'pyramid_rest' },
];

/** Above this ratio of the widest to the narrowest level, widths follow a logarithmic scale. */
const LOG_RATIO = 50;

/**
 * The customer pyramid (seed 001): one centred bar per level, widest at the bottom as the
 * levels come. Levels the data does not give are named as missing, never drawn as zero.
 */
export function pyramidChart(diagnosis: Diagnosis, locale: ChartLocale): ChartOutcome<CustomerSelection> {
  const words = chartWords(locale);
  const title = words.t('pyramid.title');
  const known = LEVELS.filter(({ metric }) => diagnosis.figures[metric] !== undefined).map((l) => ({
    ...l,
    count: diagnosis.figures[l.metric]!,
    name: words.t(`pyramid.${l.level}`),
  }));
  const missing = LEVELS.filter(({ metric }) => diagnosis.figures[metric] === undefined);
  if (known.every((l) => l.count === 0)) {
    return { ok: false, id: 'pyramid', title, reason: unlockText(words, diagnosis.unavailable.pyramid_active) };
  }

  const positive = known.filter((l) => l.count > 0).map((l) => l.count);
  const logScale = Math.max(...positive) / Math.min(...positive) > LOG_RATIO;
  const width = (n: number) => (logScale ? Math.log10(1 + n) : n);
  const widest = Math.max(...known.map((l) => width(l.count)));
  const colours = orderedColours(LEVELS.length);
  const colourOf = (level: Level) => colours[LEVELS.findIndex((l) => l.level === level)];
  const people = known.filter((l) => l.level !== 'rest').reduce((s, l) => s + l.count, 0);

  const missingNames = missing.map(({ level }) => words.t(`pyramid.${level}`)).join(', ');
  const missingLine = missing.length ? words.t('pyramid.missing', { levels: missingNames }) : '';

  const option: DiagnosisOption = {
    ...baseOption(),
    grid: grid(8, missing.length ? 36 : 8),
    xAxis: { type: 'value', show: false, max: widest },
    yAxis: {
      type: 'category',
      inverse: true,
      data: known.map((l) => l.name),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { fontSize: 13, color: '#1d2430' },
      nameTextStyle: AXIS_NAME_STYLE,
    },
    tooltip: { show: false },
    series: [
      {
        type: 'bar',
        stack: 'pyramid',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: known.map((l) => (widest - width(l.count)) / 2),
      },
      {
        type: 'bar',
        stack: 'pyramid',
        barCategoryGap: '12%',
        cursor: 'pointer',
        data: known.map((l) => ({
          value: width(l.count),
          name: l.name,
          itemStyle: { color: colourOf(l.level), decal: DECALS[LEVELS.findIndex((x) => x.level === l.level)] },
          label: {
            show: true,
            position: width(l.count) / widest > 0.3 ? 'inside' : 'right',
            color: width(l.count) / widest > 0.3 ? inkOn(colourOf(l.level)) : '#1d2430',
            fontWeight: 600,
            formatter: words.count(l.count),
          },
        })),
      },
    ],
    ...(missing.length
      ? { graphic: [{ type: 'text', left: 8, bottom: 6, style: { text: missingLine, fill: INK_SOFT, fontSize: 12 } }] }
      : {}),
  };

  const rows: ChartCell[][] = LEVELS.map(({ level, metric }) => {
    const value = diagnosis.figures[metric];
    const name = words.t(`pyramid.${level}`);
    if (value === undefined) return [name, words.t('chart.noData'), '—', unlockText(words, diagnosis.unavailable[metric])];
    const share = level === 'rest' || people === 0 ? '—' : words.percentCell(value / people);
    return [name, words.countCell(value, metric), share, words.t(`pyramid.describe.${level}`)];
  });
  const selectionOf = (level: Level): CustomerSelection | null =>
    level === 'rest' || diagnosis.figures[LEVELS.find((l) => l.level === level)!.metric] === undefined ? null : { kind: 'pyramid', level };

  const active = diagnosis.figures.pyramid_active;
  const inactive = diagnosis.figures.pyramid_inactive;
  const reading =
    active !== undefined && inactive !== undefined && active + inactive > 0
      ? words.t('pyramid.reading', { active: words.count(active), inactive: words.count(inactive), share: words.percent(active / (active + inactive), 0) })
      : words.t('pyramid.readingPeople', { people: words.count(people) });

  return {
    ok: true,
    chart: {
      id: 'pyramid',
      option,
      title,
      reading: missingLine ? `${reading} ${missingLine}` : reading,
      units: words.t(logScale ? 'pyramid.unitsLog' : 'pyramid.units'),
      table: {
        columns: [words.t('pyramid.level'), words.t('unit.people'), words.t('pyramid.shareOfPeople'), words.t('pyramid.meaning')],
        rows,
        selections: LEVELS.map(({ level }) => selectionOf(level)),
      },
      select: (click) =>
        click.componentType === 'series' && click.seriesIndex === 1 && click.dataIndex !== undefined
          ? selectionOf(known[click.dataIndex].level)
          : null,
    },
  };
}
