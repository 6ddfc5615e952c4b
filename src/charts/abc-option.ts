import type { AbcClass } from '../domain/metrics/abc';
import type { Diagnosis } from '../domain/metrics/diagnosis';
import { AXIS_NAME_STYLE, baseOption, grid, interpolate, SPLIT_LINE, unlockText, type DiagnosisOption } from './base-option';
import { chartWords, type ChartLocale } from './chart-text';
import type { ChartOutcome } from './chart-types';
import { DECALS, INK_SOFT, orderedColours, SECONDARY } from './palette';
import type { CustomerSelection } from './selection';

const CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];
const CLASS_METRIC = { A: 'abc_a', B: 'abc_b', C: 'abc_c' } as const;

/** Above this many bars the bar series switches to ECharts' large mode. */
const LARGE_BARS = 300;

/**
 * ABC / Pareto: customers sorted by value, largest first. Each bar (a category) is one customer,
 * or one group of consecutive customers where the engine's curve groups them (≤ 500 bars for any
 * n), with its share of the total value, in the series of its class (the three overlap, so each
 * bar keeps its place); the line is the cumulative share; mark lines at the A and B thresholds.
 */
export function abcChart(diagnosis: Diagnosis, locale: ChartLocale): ChartOutcome<CustomerSelection> {
  const words = chartWords(locale);
  const title = words.t('abc.title');
  const curve = diagnosis.abcCurve;
  const n = diagnosis.figures.abc_a === undefined ? 0 : diagnosis.figures.abc_a + (diagnosis.figures.abc_b ?? 0) + (diagnosis.figures.abc_c ?? 0);
  if (!curve || curve.customerShare.length < 2 || n === 0) {
    return { ok: false, id: 'abc', title, reason: unlockText(words, diagnosis.unavailable.abc_a) };
  }
  const { customerShare: xs, valueShare: ys } = curve;
  const [a, b] = diagnosis.params.abcThresholds;
  const basis = diagnosis.notes.find((note) => note.code === 'abc-basis')?.basis ?? 'revenue';
  const valueWord = words.t(basis === 'margin' ? 'abc.ofMargin' : 'abc.ofRevenue');
  const classOf = (cumulative: number): AbcClass => (cumulative <= a + 1e-12 ? 'A' : cumulative <= b + 1e-12 ? 'B' : 'C');
  const colours = orderedColours(3);

  // Bars: the groups between consecutive points of the curve, one category each, in its class' series.
  const groups = xs.length - 1;
  const bars: Record<AbcClass, (number | '-')[]> = { A: [], B: [], C: [] };
  for (let k = 1; k < xs.length; k++) {
    const abc = classOf(ys[k]);
    for (const c of CLASSES) bars[c].push(c === abc ? ys[k] - ys[k - 1] : '-');
  }
  const perBar = Math.max(1, Math.round(n / groups));

  // Class sizes (exact, from the figures) and value shares read off the curve at each class' end.
  let before = 0;
  let valueBefore = 0;
  const summary = CLASSES.map((abc) => {
    const customers = diagnosis.figures[CLASS_METRIC[abc]] ?? 0;
    const end = interpolate(xs, ys, (before + customers) / n);
    const row = { abc, customers, customerShare: customers / n, valueShare: end - valueBefore };
    before += customers;
    valueBefore = end;
    return row;
  });

  const option: DiagnosisOption = {
    ...baseOption(),
    grid: grid(56, 8),
    legend: { top: 0, left: 0, itemGap: 12, textStyle: { fontSize: 12 } },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const items = (Array.isArray(params) ? params : [params]) as unknown as { axisValue: string; marker: string; seriesName: string; value: unknown }[];
        const lines = items.filter((p) => typeof p.value === 'number').map((p) => `${p.marker}${p.seriesName}: ${words.percent(p.value as number)}`);
        return [words.t('abc.tooltip', { share: words.percent(Number(items[0]?.axisValue), 1) }), ...lines].join('<br>');
      },
    },
    xAxis: {
      type: 'category',
      data: xs.slice(1),
      name: words.t('abc.xAxis'),
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: AXIS_NAME_STYLE,
      axisTick: { show: false },
      // A label where the customers cross each fifth (20 %, 40 %…), rounded to it.
      axisLabel: {
        interval: (k: number) => Math.floor(xs[k + 1] * 5 + 1e-9) > Math.floor(xs[k] * 5 + 1e-9),
        formatter: (v: string) => words.percent(Math.round(Number(v) * 5) / 5, 0),
      },
    },
    yAxis: [
      {
        type: 'value',
        name: words.t('abc.yBars'),
        nameTextStyle: { ...AXIS_NAME_STYLE, align: 'left' },
        axisLabel: { formatter: (v: number) => words.percent(v, 1) },
        splitLine: SPLIT_LINE,
      },
      {
        type: 'value',
        min: 0,
        max: 1,
        name: words.t('abc.yLine'),
        nameTextStyle: { ...AXIS_NAME_STYLE, align: 'right' },
        axisLabel: { formatter: (v: number) => words.percent(v, 0) },
        splitLine: { show: false },
      },
    ],
    series: [
      ...CLASSES.map((abc, i) => ({
        type: 'bar' as const,
        name: words.t('abc.class', { abc }),
        barGap: '-100%',
        barCategoryGap: groups > 60 ? '0%' : '20%',
        large: groups > LARGE_BARS,
        largeThreshold: LARGE_BARS,
        cursor: 'pointer',
        itemStyle: { color: colours[i], decal: DECALS[i] },
        data: bars[abc],
      })),
      {
        type: 'line',
        name: words.t('abc.cumulative'),
        yAxisIndex: 1,
        showSymbol: xs.length <= 30,
        symbolSize: 5,
        sampling: 'lttb',
        lineStyle: { color: SECONDARY, width: 2.5 },
        itemStyle: { color: SECONDARY },
        data: ys.slice(1),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: INK_SOFT, type: 'dashed' },
          label: { position: 'insideEndBottom', formatter: '{b}', color: INK_SOFT },
          data: [
            { yAxis: a, name: words.percent(a, 0) },
            { yAxis: b, name: words.percent(b, 0) },
          ],
        },
      },
    ],
  };

  const top = 0.2;
  return {
    ok: true,
    chart: {
      id: 'abc',
      option,
      title,
      reading: words.t('abc.reading', { customers: words.percent(top, 0), value: words.percent(interpolate(xs, ys, top), 0), of: valueWord }),
      units: words.t(perBar > 1 ? 'abc.unitsGrouped' : 'abc.units', { n: words.count(perBar), of: valueWord }),
      table: {
        columns: [words.t('abc.classColumn'), words.t('unit.customers'), words.t('abc.customerShare'), words.t('abc.valueShare', { of: valueWord })],
        rows: summary.map((s) => [
          words.t('abc.class', { abc: s.abc }),
          words.countCell(s.customers, CLASS_METRIC[s.abc]),
          words.percentCell(s.customerShare),
          words.percentCell(s.valueShare),
        ]),
        selections: summary.map((s) => (s.customers > 0 ? { kind: 'abc', abc: s.abc } : null)),
      },
      select: (click) =>
        click.componentType === 'series' && click.seriesIndex !== undefined && click.seriesIndex < 3
          ? { kind: 'abc', abc: CLASSES[click.seriesIndex] }
          : null,
    },
  };
}
