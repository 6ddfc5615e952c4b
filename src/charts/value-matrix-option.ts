import type { Diagnosis } from '../domain/metrics/diagnosis';
import { AXIS_NAME_STYLE, baseOption, grid, SPLIT_LINE, unlockText, wrapWords, type DiagnosisOption } from './base-option';
import { chartWords, type ChartLocale } from './chart-text';
import type { ChartOutcome } from './chart-types';
import { INK_SOFT, ORDERED, PRIMARY } from './palette';
import { medianOfSorted, percentileIn, sortedCopy } from './value-ranks';
import { VALUE_QUADRANTS, valuePoints, valueQuadrant, type CustomerSelection, type ValueQuadrant } from './selection';

/** Characters per line of a quadrant's name on the chart. */
export const QUADRANT_LINE = 13;

/** Above this many points the scatter draws in ECharts' large mode (one path, no per-point hover). */
const LARGE_POINTS = 2000;
/**
 * At most this many customers are drawn, spread evenly over the list: past a few thousand dots
 * the picture no longer changes, while 250,000 dots kept the page busy for over 100 ms.
 */
export const MAX_DRAWN = 4000;

const QUADRANT_COLOURS: Record<ValueQuadrant, string> = {
  'high-high': ORDERED[0],
  'low-high': ORDERED[1],
  'high-low': ORDERED[2],
  'low-low': ORDERED[3],
};

/** Which of n points are drawn: all up to MAX_DRAWN, else MAX_DRAWN spread evenly from first to last. */
export function drawnPoints(n: number): Uint32Array {
  if (n <= MAX_DRAWN) return Uint32Array.from({ length: n }, (_, k) => k);
  return Uint32Array.from({ length: MAX_DRAWN }, (_, k) => Math.floor((k * n) / MAX_DRAWN));
}

/**
 * Value matrix: real value (CLV) × strategic value, one point per customer with both, split at
 * the medians into four quadrants, each with the strategy it suggests (seed 000, step 3). Points
 * sit at their percentile on each axis: values are very skewed, and ranks keep the four quadrants
 * the same size and readable (the money is in the tooltip and the table).
 */
export function valueMatrixChart(diagnosis: Diagnosis, locale: ChartLocale): ChartOutcome<CustomerSelection> {
  const words = chartWords(locale);
  const title = words.t('value.title');
  const missing = (): ChartOutcome<CustomerSelection> => {
    const hint = diagnosis.unavailable.real_value ?? diagnosis.unavailable.strategic_value;
    return { ok: false, id: 'value', title, reason: unlockText(words, hint) };
  };
  // Where the engine says either value is missing no customer has both: the list (250,000 customers at 5M rows) is not read.
  if (diagnosis.unavailable.real_value || diagnosis.unavailable.strategic_value) return missing();
  const { real, strategic } = valuePoints(diagnosis.customers);
  if (real.length === 0) return missing();
  const sortedReal = sortedCopy(real);
  const sortedStrategic = sortedCopy(strategic);
  const cuts = { real: medianOfSorted(sortedReal), strategic: medianOfSorted(sortedStrategic) };
  const stats = Object.fromEntries(VALUE_QUADRANTS.map((q) => [q, { customers: 0, real: 0, strategic: 0 }])) as Record<
    ValueQuadrant,
    { customers: number; real: number; strategic: number }
  >;
  const counted = VALUE_QUADRANTS.map((q) => stats[q]);
  for (let i = 0; i < real.length; i++) {
    // The quadrant's place in VALUE_QUADRANTS (high-high, low-high, high-low, low-low), without a string per customer.
    const q = counted[(real[i] < cuts.real ? 1 : 0) + (strategic[i] < cuts.strategic ? 2 : 0)];
    q.customers++;
    q.real += real[i];
    q.strategic += strategic[i];
  }
  const shown = drawnPoints(real.length);
  const data = new Float64Array(shown.length * 2);
  shown.forEach((i, k) => {
    data[2 * k] = percentileIn(sortedReal, real[i]);
    data[2 * k + 1] = percentileIn(sortedStrategic, strategic[i]);
  });
  const name = (q: ValueQuadrant) => words.t(`value.quadrant.${q}`);
  const box = (q: ValueQuadrant): [number, number, number, number] => {
    const [r, s] = q.split('-');
    return r === 'high' ? (s === 'high' ? [0.5, 1, 0.5, 1] : [0.5, 1, 0, 0.5]) : s === 'high' ? [0, 0.5, 0.5, 1] : [0, 0.5, 0, 0.5];
  };
  const large = shown.length > LARGE_POINTS;
  const totalStrategic = strategic.reduce((s, v) => s + v, 0);

  const option: DiagnosisOption = {
    ...baseOption(),
    grid: grid(28, 8),
    tooltip: {
      show: !large,
      trigger: 'item',
      formatter: (p) => {
        const i = shown[(p as unknown as { dataIndex: number }).dataIndex];
        return `${words.t('value.xAxis')}: ${words.money(real[i])}<br>${words.t('value.yAxis')}: ${words.money(strategic[i])}`;
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      interval: 0.25,
      name: words.t('value.xAxisRank'),
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: AXIS_NAME_STYLE,
      axisLabel: { formatter: (v: number) => words.percent(v, 0) },
      splitLine: SPLIT_LINE,
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      interval: 0.25,
      name: words.t('value.yAxisRank'),
      nameTextStyle: { ...AXIS_NAME_STYLE, align: 'left' },
      axisLabel: { formatter: (v: number) => words.percent(v, 0) },
      splitLine: SPLIT_LINE,
    },
    series: [
      {
        type: 'scatter',
        large,
        largeThreshold: LARGE_POINTS,
        // Drawn in one go, not progressively on a layer of its own that would cover the quadrant names.
        progressive: 0,
        symbolSize: large ? 3 : 6,
        cursor: 'pointer',
        itemStyle: { color: PRIMARY, opacity: large ? 0.35 : 0.7 },
        data: data as unknown as number[],
        dimensions: ['real', 'strategic'],
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: INK_SOFT, type: 'dashed' },
          label: { show: false },
          data: [{ xAxis: 0.5 }, { yAxis: 0.5 }],
        },
        markArea: {
          silent: false,
          label: { show: false },
          data: VALUE_QUADRANTS.map((q) => {
            const [xa, xb, ya, yb] = box(q);
            return [{ name: name(q), xAxis: xa, yAxis: ya, itemStyle: { color: QUADRANT_COLOURS[q], opacity: 0.1 } }, { xAxis: xb, yAxis: yb }];
          }),
        },
      },
      {
        // The quadrants' names, as a series of its own drawn above the customers' dots.
        type: 'scatter',
        z: 10,
        symbolSize: 1,
        itemStyle: { color: 'transparent' },
        cursor: 'pointer',
        tooltip: { show: false },
        label: { show: true, color: '#1d2430', fontWeight: 700, fontSize: 12, lineHeight: 15, textBorderColor: '#ffffff', textBorderWidth: 4 },
        data: VALUE_QUADRANTS.map((q) => {
          const [r, s] = q.split('-');
          return {
            value: [r === 'high' ? 0.985 : 0.015, s === 'high' ? 0.975 : 0.025],
            label: {
              // Short lines, so that two names side by side fit in half a phone-wide chart.
              formatter: `${wrapWords(name(q), QUADRANT_LINE)}\n${words.count(stats[q].customers)}`,
              position: (r === 'high' ? 'left' : 'right') as 'left',
              align: (r === 'high' ? 'right' : 'left') as 'left',
              verticalAlign: (s === 'high' ? 'top' : 'bottom') as 'top',
            },
          };
        }),
      },
    ],
  };

  const best = stats['high-high'];
  return {
    ok: true,
    chart: {
      id: 'value',
      option,
      title,
      reading: words.t('value.reading', {
        customers: words.count(best.customers),
        share: words.percent(best.customers / real.length, 0),
        strategic: words.percent(totalStrategic !== 0 ? best.strategic / totalStrategic : 0, 0),
      }),
      units:
        words.t('value.units', { currency: words.currency, real: words.money(cuts.real), strategic: words.money(cuts.strategic) }) +
        (shown.length < real.length ? words.t('value.sampled', { drawn: words.count(shown.length), customers: words.count(real.length) }) : ''),
      table: {
        columns: [words.t('value.quadrant'), words.t('value.strategy'), words.t('unit.customers'), words.t('value.realSum'), words.t('value.strategicSum')],
        rows: VALUE_QUADRANTS.map((q) => [
          name(q),
          words.t(`value.strategy.${q}`),
          words.countCell(stats[q].customers),
          words.moneyCell(stats[q].real),
          words.moneyCell(stats[q].strategic),
        ]),
        selections: VALUE_QUADRANTS.map((quadrant) => (stats[quadrant].customers > 0 ? { kind: 'value', quadrant, cuts } : null)),
      },
      select: (click) => {
        if (click.dataIndex === undefined) return null;
        if (click.componentType === 'markArea' || (click.componentType === 'series' && click.seriesIndex === 1)) {
          return { kind: 'value', quadrant: VALUE_QUADRANTS[click.dataIndex], cuts };
        }
        if (click.componentType === 'series') {
          const i = shown[click.dataIndex];
          return { kind: 'value', quadrant: valueQuadrant(real[i], strategic[i], cuts), cuts };
        }
        return null;
      },
    },
  };
}
