import type { Diagnosis } from '../domain/metrics/diagnosis';
import { AXIS_NAME_STYLE, baseOption, grid, SPLIT_LINE, unlockText, type DiagnosisOption } from './base-option';
import { chartWords, type ChartLocale } from './chart-text';
import type { ChartOutcome } from './chart-types';
import { INK_SOFT, ORDERED, PRIMARY } from './palette';
import { VALUE_QUADRANTS, valueCuts, valuePoints, valueQuadrant, type CustomerSelection, type ValueQuadrant } from './selection';

/** Above this many points the scatter draws in ECharts' large mode (one path, no per-point hover). */
const LARGE_POINTS = 2000;

/** Axes stop at these quantiles so that a few huge values do not squeeze everyone into a corner. */
const LOW_Q = 0.01;
const HIGH_Q = 0.99;

const QUADRANT_COLOURS: Record<ValueQuadrant, string> = {
  'high-high': ORDERED[0],
  'low-high': ORDERED[1],
  'high-low': ORDERED[2],
  'low-low': ORDERED[3],
};

function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
}

/**
 * Value matrix: real value (CLV) × strategic value, one point per customer with both, split at
 * the medians into four quadrants, each with the strategy it suggests (seed 000, step 3).
 */
export function valueMatrixChart(diagnosis: Diagnosis, locale: ChartLocale): ChartOutcome<CustomerSelection> {
  const words = chartWords(locale);
  const title = words.t('value.title');
  const { real, strategic } = valuePoints(diagnosis.customers);
  if (real.length === 0) {
    const hint = diagnosis.unavailable.real_value ?? diagnosis.unavailable.strategic_value;
    return { ok: false, id: 'value', title, reason: unlockText(words, hint) };
  }
  const cuts = valueCuts(real, strategic);
  const stats = Object.fromEntries(VALUE_QUADRANTS.map((q) => [q, { customers: 0, real: 0, strategic: 0 }])) as Record<
    ValueQuadrant,
    { customers: number; real: number; strategic: number }
  >;
  const data = new Float64Array(real.length * 2);
  for (let i = 0; i < real.length; i++) {
    const s = stats[valueQuadrant(real[i], strategic[i], cuts)];
    s.customers++;
    s.real += real[i];
    s.strategic += strategic[i];
    data[2 * i] = real[i];
    data[2 * i + 1] = strategic[i];
  }
  const sortedReal = real.slice().sort();
  const sortedStrategic = strategic.slice().sort();
  const clip = real.length > 100;
  const x = clip ? [Math.min(quantile(sortedReal, LOW_Q), 0), quantile(sortedReal, HIGH_Q)] : [Math.min(sortedReal[0], 0), sortedReal[sortedReal.length - 1]];
  const y = clip
    ? [Math.min(quantile(sortedStrategic, LOW_Q), 0), quantile(sortedStrategic, HIGH_Q)]
    : [Math.min(sortedStrategic[0], 0), sortedStrategic[sortedStrategic.length - 1]];
  const pad = (lo: number, hi: number) => [lo, hi + (hi - lo || Math.abs(hi) || 1) * 0.05];
  const [x0, x1] = pad(x[0], x[1]);
  const [y0, y1] = pad(y[0], y[1]);
  const name = (q: ValueQuadrant) => words.t(`value.quadrant.${q}`);
  const box = (q: ValueQuadrant): [number, number, number, number] => {
    const [r, s] = q.split('-');
    return [r === 'high' ? cuts.real : x0, r === 'high' ? x1 : cuts.real, s === 'high' ? cuts.strategic : y0, s === 'high' ? y1 : cuts.strategic];
  };
  const large = real.length > LARGE_POINTS;
  const totalStrategic = strategic.reduce((s, v) => s + v, 0);

  const option: DiagnosisOption = {
    ...baseOption(),
    grid: grid(28, 8),
    tooltip: { show: !large, trigger: 'item', formatter: (p) => {
      const v = (p as unknown as { value: [number, number] }).value;
      return `${words.t('value.xAxis')}: ${words.money(v[0])}<br>${words.t('value.yAxis')}: ${words.money(v[1])}`;
    } },
    xAxis: {
      type: 'value',
      min: x0,
      max: x1,
      name: words.t('value.xAxis'),
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: AXIS_NAME_STYLE,
      axisLabel: { formatter: (v: number) => words.compactMoney(v), hideOverlap: true },
      splitLine: SPLIT_LINE,
    },
    yAxis: {
      type: 'value',
      min: y0,
      max: y1,
      name: words.t('value.yAxis'),
      nameTextStyle: { ...AXIS_NAME_STYLE, align: 'left' },
      axisLabel: { formatter: (v: number) => words.compactMoney(v) },
      splitLine: SPLIT_LINE,
    },
    series: [
      {
        type: 'scatter',
        large,
        largeThreshold: LARGE_POINTS,
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
          data: [{ xAxis: cuts.real }, { yAxis: cuts.strategic }],
        },
        markArea: {
          label: { show: true, color: '#1d2430', fontWeight: 600, fontSize: 12, textBorderColor: '#fff', textBorderWidth: 3, overflow: 'break', width: 130 },
          data: VALUE_QUADRANTS.map((q) => {
            const [xa, xb, ya, yb] = box(q);
            const [r, s] = q.split('-');
            return [
              {
                name: `${name(q)} · ${words.count(stats[q].customers)}`,
                xAxis: xa,
                yAxis: ya,
                itemStyle: { color: QUADRANT_COLOURS[q], opacity: 0.08 },
                label: { position: (s === 'high' ? (r === 'high' ? 'insideTopRight' : 'insideTopLeft') : r === 'high' ? 'insideBottomRight' : 'insideBottomLeft') as 'insideTopLeft' },
              },
              { xAxis: xb, yAxis: yb },
            ];
          }),
        },
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
      units: words.t('value.units', { currency: words.currency, real: words.money(cuts.real), strategic: words.money(cuts.strategic) }),
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
        if (click.componentType === 'markArea' && click.dataIndex !== undefined) return { kind: 'value', quadrant: VALUE_QUADRANTS[click.dataIndex], cuts };
        if (click.componentType === 'series' && click.dataIndex !== undefined) {
          return { kind: 'value', quadrant: valueQuadrant(real[click.dataIndex], strategic[click.dataIndex], cuts), cuts };
        }
        return null;
      },
    },
  };
}
