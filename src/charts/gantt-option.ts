import type { CustomSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { EpochDay } from '../domain/dates';
import type { Action } from '../domain/implementation/action';
import { ganttData, type GanttRow } from '../domain/implementation/gantt';
import type { Strategy, StrategyFamily } from '../domain/strategies/strategy';
import { wordsIn } from '../i18n/words';
import { baseOption, grid } from './base-option';
import type { ChartLocale } from './chart-text';
import type { ChartCell, ChartOutcome } from './chart-types';
import { FAMILY_COLOURS } from './family-colours';
import { INK, INK_SOFT, LINE, REFERENCE, SECONDARY } from './palette';

export type GanttOption = ComposeOption<
  CustomSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | MarkLineComponentOption
>;

type Group = StrategyFamily | 'unassigned';

type RenderItem = NonNullable<CustomSeriesOption['renderItem']>;

const GROUPS: readonly Group[] = ['acquisition', 'retention', 'extension', 'recovery', 'unassigned'];

/** Each family in its one colour (the badges' too); no strategy is pale grey. */
export const GANTT_COLOURS: Record<Group, string> = { ...FAMILY_COLOURS, unassigned: REFERENCE };

const MS_PER_DAY = 86_400_000;
/** Charts narrower than this (pixels) get the phone layout. */
const NARROW = 480;
/** Top of the rows on a phone: the legend's three lines (five families, two a line) and the «Hoy» label. */
export const NARROW_TOP = 100;
/** Height of one action's row, in pixels. */
export const GANTT_ROW_HEIGHT = 30;


function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The part of a bar past the plan's horizon, and the horizon's line. */
export const LATE_COLOUR = '#b3261e';

/**
 * Draws one bar from its start to the day after its end on its row. Values: [row, start ms,
 * end-exclusive ms, 1 when cancelled, and in print the horizon's end-exclusive ms when the action
 * ends after it]; a cancelled action is drawn faded, the days past the horizon in red.
 */
export const renderGanttBar: RenderItem = (_params, api) => {
  const row = Number(api.value(0));
  const [x0, y] = api.coord([api.value(1), row]);
  const [x1] = api.coord([api.value(2), row]);
  const size = api.size?.([0, 1]);
  const height = (Array.isArray(size) ? size[1] : GANTT_ROW_HEIGHT) * 0.6;
  const bar = {
    type: 'rect' as const,
    shape: { x: x0, y: y - height / 2, width: Math.max(x1 - x0, 2), height },
    style: { fill: api.visual('color') as string, stroke: INK, lineWidth: 0.5, opacity: api.value(3) === 1 ? 0.4 : 1 },
  };
  const lateFrom = Number(api.value(4));
  if (!(lateFrom > 0)) return bar;
  const [xl] = api.coord([lateFrom, row]);
  const overrun = { type: 'rect' as const, shape: { x: xl, y: y - height / 2, width: Math.max(x1 - xl, 2), height }, style: { fill: LATE_COLOUR, stroke: INK, lineWidth: 0.5 } };
  return { type: 'group', children: [bar, overrun] };
};

/**
 * The Gantt chart of the action plan: one row per action with valid dates (grouped by
 * strategy as `ganttData` orders them), a bar per action coloured by its strategy's family,
 * and today's line. Rows are named by the action's number in the plan, as the editor numbers
 * them. The table lists the same actions with their dates, days, owner, status and predecessor.
 * In print, an action that ends after the plan's horizon (`horizonEnd`, its last day) has the
 * days past it in red and the horizon drawn as a line.
 */
export function ganttChart(
  actions: readonly Action[],
  strategies: readonly Pick<Strategy, 'id' | 'name' | 'family'>[],
  today: EpochDay,
  { language }: ChartLocale,
  /** For a document: rows by start date, full names wrapped, no line for today. */
  print = false,
  horizonEnd: EpochDay | null = null,
): ChartOutcome {
  const words = wordsIn(language);
  const t = words.t;
  const title = t('implementation.gantt.title');
  const data = ganttData(actions, strategies, today);
  if (data.range === null) return { ok: false, id: 'gantt', title, reason: t('implementation.gantt.empty') };
  const range = data.range;
  const ordered = print ? [...data.rows].sort((a, b) => a.start - b.start || a.endExclusive - b.endExclusive) : data.rows;

  const number = new Map(actions.map((a, i) => [a.id, i + 1]));
  const label = (id: string, name: string) => `${number.get(id)}. ${name.trim() || t('implementation.action.untitled')}`;
  const labels = ordered.map((row) => label(row.actionId, row.name));
  const groupOf = (row: GanttRow): Group => row.family ?? 'unassigned';
  const groupName = (group: Group) => t(`implementation.family.${group}`);
  const strategyName = (row: GanttRow) => (row.family === null ? groupName('unassigned') : row.strategyName.trim() || groupName(row.family));
  const day = words.day;
  const lastDay = (row: GanttRow) => row.endExclusive - 1;
  const horizon = print && horizonEnd !== null && horizonEnd >= range.first ? horizonEnd : null;
  const late = (row: GanttRow) => horizon !== null && row.status !== 'cancelled' && lastDay(row) > horizon;
  const predecessorName = (row: GanttRow) => {
    const predecessor = actions.find((a) => a.id === row.predecessorId);
    return predecessor ? label(predecessor.id, predecessor.name) : '—';
  };

  const span = range.endExclusive - range.first;
  const tick = new Intl.DateTimeFormat(
    words.tag,
    span > 120 ? { month: 'short', year: '2-digit', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' },
  );
  const tooltips = new Map(
    ordered.map((row, i) => [
      labels[i],
      [
        `<strong>${escapeHtml(labels[i])}</strong>`,
        escapeHtml(`${strategyName(row)} · ${groupName(groupOf(row))}`),
        escapeHtml(`${day(row.start)} – ${day(lastDay(row))}`),
        escapeHtml([row.owner.trim(), t(`implementation.status.${row.status}`)].filter(Boolean).join(' · ')),
      ].join('<br>'),
    ]),
  );

  const groups = GROUPS.filter((group) => ordered.some((row) => groupOf(row) === group));
  const series: CustomSeriesOption[] = groups.map((group, g) => ({
    type: 'custom',
    name: groupName(group),
    renderItem: renderGanttBar,
    clip: true,
    itemStyle: { color: GANTT_COLOURS[group] },
    encode: { x: [1, 2], y: 0, tooltip: [1, 2] },
    data: ordered.flatMap((row, i) =>
      groupOf(row) === group
        ? [{
          name: labels[i],
          value: [
            i, row.start * MS_PER_DAY, row.endExclusive * MS_PER_DAY, row.status === 'cancelled' ? 1 : 0,
            // In print every row has the fifth value (ECharts takes the count of values from the first row).
            ...(print ? [late(row) ? (Math.max(horizon!, row.start - 1) + 1) * MS_PER_DAY : 0] : []),
          ],
        }]
        : [],
    ),
    ...(g === 0 && !print && {
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { color: SECONDARY, type: 'dashed', width: 2 },
        label: { formatter: t('implementation.gantt.today'), color: SECONDARY, fontWeight: 600, position: 'start' },
        data: [{ xAxis: today * MS_PER_DAY }],
      },
    }),
    ...(g === 0 && ordered.some(late) && {
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { color: LATE_COLOUR, type: 'dashed', width: 1.5 },
        label: { formatter: t('implementation.gantt.horizon'), color: LATE_COLOUR, fontWeight: 600, position: 'start' },
        data: [{ xAxis: (horizon! + 1) * MS_PER_DAY }],
      },
    }),
  }));

  const base = baseOption();
  const option: GanttOption = {
    animationDuration: base.animationDuration,
    textStyle: base.textStyle,
    grid: grid(36, 8),
    legend: { top: 0, left: 0, data: groups.map(groupName), textStyle: { color: INK } },
    tooltip: {
      confine: true,
      trigger: 'item',
      formatter: (params) => tooltips.get(String((params as { name?: string }).name)) ?? '',
    },
    xAxis: {
      type: 'time',
      min: range.first * MS_PER_DAY,
      max: range.endExclusive * MS_PER_DAY,
      splitNumber: 6,
      axisLabel: { color: INK_SOFT, hideOverlap: true, formatter: (value: number) => tick.format(new Date(value)) },
      splitLine: { show: true, lineStyle: { color: LINE } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: labels,
      axisTick: { show: false },
      axisLabel: print ? { color: INK, width: 190, overflow: 'break', lineHeight: 13 } : { color: INK, width: 150, overflow: 'truncate' },
    },
    series,
    // On a phone: shorter row names, fewer dates, room for the legend on three lines above the rows.
    media: [
      {
        query: { maxWidth: NARROW },
        option: { grid: grid(NARROW_TOP, 8), legend: { itemGap: 8, itemWidth: 18 }, xAxis: { splitNumber: 3 }, yAxis: { axisLabel: { width: 90 } } },
      },
    ],
  };

  const rows: ChartCell[][] = ordered.map((row, i) => [
    labels[i],
    strategyName(row),
    groupName(groupOf(row)),
    { text: day(row.start), value: row.start },
    { text: day(lastDay(row)), value: lastDay(row) },
    { text: String(row.endExclusive - row.start), value: row.endExclusive - row.start },
    row.owner,
    t(`implementation.status.${row.status}`),
    predecessorName(row),
  ]);
  const first = Math.min(...ordered.map((r) => r.start));
  const last = Math.max(...ordered.map(lastDay));
  const reading = [
    t('implementation.gantt.reading', { n: ordered.length, first: day(first), last: day(last) }),
    data.undrawable.length > 0 ? t('implementation.gantt.undrawable', { n: data.undrawable.length }) : '',
  ].filter(Boolean).join(' ');

  return {
    ok: true,
    chart: {
      id: 'gantt',
      option,
      title,
      reading,
      units: t('implementation.gantt.units'),
      table: {
        columns: [
          t('implementation.action.name'), t('implementation.action.strategy'), t('implementation.budget.family'),
          t('implementation.action.start'), t('implementation.action.end'), t('implementation.gantt.days'),
          t('implementation.action.owner'), t('implementation.action.status'), t('implementation.action.predecessor'),
        ],
        rows,
      },
    },
  };
}

/** Drawing height for `rows` actions: the rows plus room for the legend and the date axis. */
export function ganttHeight(rows: number, narrow = false): number {
  return Math.max(160, rows * GANTT_ROW_HEIGHT + (narrow ? NARROW_TOP + 44 : 80));
}
