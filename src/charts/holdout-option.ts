import { FREQUENCY_CLASSES, type HoldoutValidation } from '../domain/clv-models/holdout';
import type { TimeUnit } from '../domain/clv-models/time-unit';
import { AXIS_NAME_STYLE, baseOption, grid, SPLIT_LINE, type DiagnosisOption } from './base-option';
import type { ChartLocale } from './chart-text';
import type { ChartCell, ChartOutcome } from './chart-types';
import { INK_SOFT, PRIMARY, SECONDARY } from './palette';
import { predictiveWords, type PredictiveWords } from './predictive-words';

const className = (x: number) => (x === FREQUENCY_CLASSES - 1 ? `${x}+` : String(x));
const numberCell = (words: PredictiveWords, n: number, digits: number): ChartCell => ({ text: words.number(n, digits), value: n });

/** «−8 %» of the actual: how far the model's expectation is from what happened. */
function gapText(words: PredictiveWords, expected: number, actual: number): string {
  return actual > 0 ? words.signedPercent((expected - actual) / actual) : '—';
}

/**
 * Mean repeat purchases per customer in the holdout, actual beside expected, for each number of
 * repeat purchases in the calibration (0 … 6, 7+): FHL 2005, figure 3. No customers: nothing to draw.
 */
export function holdoutFrequencyChart(validation: HoldoutValidation, unit: TimeUnit, locale: ChartLocale): ChartOutcome<never> {
  const words = predictiveWords(locale);
  const id = 'holdout-frequency';
  const title = words.t('predictive.chart.frequency.title');
  const classes = validation.byFrequency;
  if (classes.every((c) => c.customers === 0)) return { ok: false, id, title, reason: words.t('predictive.error.no-purchases') };
  const names = classes.map((c) => className(c.x));
  const valueText = (v: unknown) => (typeof v === 'number' ? words.number(v, 2) : '—');

  const option: DiagnosisOption = {
    ...baseOption(),
    grid: grid(36, 8),
    legend: { top: 0, left: 0 },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: valueText },
    xAxis: {
      type: 'category',
      data: names,
      name: words.t('predictive.chart.class'),
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: AXIS_NAME_STYLE,
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => words.number(v, 2) }, splitLine: SPLIT_LINE },
    series: [
      { type: 'bar', name: words.t('predictive.chart.actual'), itemStyle: { color: PRIMARY }, data: classes.map((c) => c.actualMean) },
      {
        type: 'bar',
        name: words.t('predictive.chart.expected'),
        itemStyle: { color: SECONDARY, decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4 } },
        data: classes.map((c) => c.expectedMean),
      },
    ],
  };

  return {
    ok: true,
    chart: {
      id,
      option,
      title,
      reading: words.t('predictive.chart.frequency.reading', {
        expected: words.number(validation.totalExpected, 1),
        actual: words.count(validation.totalActual),
        gap: gapText(words, validation.totalExpected, validation.totalActual),
      }),
      units: words.t('predictive.chart.frequency.units', { length: words.duration(validation.holdoutLength, unit) }),
      table: {
        columns: [
          words.t('predictive.chart.class'), words.t('predictive.chart.customers'),
          words.t('predictive.chart.actualMean'), words.t('predictive.chart.expectedMean'),
          words.t('predictive.chart.actual'), words.t('predictive.chart.expected'),
        ],
        rows: classes.map((c, i) => [
          names[i],
          numberCell(words, c.customers, 0),
          numberCell(words, c.actualMean, 3),
          numberCell(words, c.expectedMean, 3),
          numberCell(words, c.actual, 0),
          numberCell(words, c.expected, 1),
        ]),
      },
    },
  };
}

/**
 * Cumulative repeat purchases of the calibration customers week by week, actual against expected,
 * with the end of calibration marked (FHL 2005, figure 2).
 */
export function holdoutCumulativeChart(validation: HoldoutValidation, locale: ChartLocale): ChartOutcome<never> {
  const words = predictiveWords(locale);
  const id = 'holdout-cumulative';
  const title = words.t('predictive.chart.cumulative.title');
  const points = validation.cumulative;
  if (points.length === 0) return { ok: false, id, title, reason: words.t('predictive.noHoldout') };
  const weeks = points.map((_, k) => String(k + 1));
  const last = points[points.length - 1];
  const valueText = (v: unknown) => (typeof v === 'number' ? words.number(v, 1) : '—');

  const option: DiagnosisOption = {
    ...baseOption(),
    grid: grid(36, 8),
    legend: { top: 0, left: 0 },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: valueText },
    xAxis: {
      type: 'category',
      data: weeks,
      boundaryGap: false,
      name: words.t('predictive.chart.week'),
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: AXIS_NAME_STYLE,
      axisLabel: { hideOverlap: true },
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => words.count(v) }, splitLine: SPLIT_LINE },
    series: [
      {
        type: 'line',
        name: words.t('predictive.chart.actual'),
        showSymbol: false,
        lineStyle: { color: PRIMARY, width: 2.5 },
        itemStyle: { color: PRIMARY },
        data: points.map((p) => p.actual),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: INK_SOFT, type: 'dashed' },
          label: { formatter: words.t('predictive.chart.calibrationEnd'), color: INK_SOFT, position: 'insideEndTop' },
          data: [{ xAxis: validation.calibrationWeeks - 1 }],
        },
      },
      {
        type: 'line',
        name: words.t('predictive.chart.expected'),
        showSymbol: false,
        lineStyle: { color: SECONDARY, width: 2, type: 'dashed' },
        itemStyle: { color: SECONDARY },
        data: points.map((p) => p.expected),
      },
    ],
  };

  return {
    ok: true,
    chart: {
      id,
      option,
      title,
      reading: words.t('predictive.chart.cumulative.reading', {
        week: weeks[weeks.length - 1],
        actual: words.count(last.actual),
        expected: words.number(last.expected, 1),
      }),
      units: words.t('predictive.chart.cumulative.units'),
      table: {
        columns: [
          words.t('predictive.chart.week'), words.t('predictive.chart.weekEnd'),
          words.t('predictive.chart.actual'), words.t('predictive.chart.expected'),
        ],
        rows: points.map((p, k) => [
          weeks[k],
          k === validation.calibrationWeeks - 1 ? `${words.day(p.day)} (${words.t('predictive.chart.calibrationEnd')})` : words.day(p.day),
          numberCell(words, p.actual, 0),
          numberCell(words, p.expected, 1),
        ]),
      },
    },
  };
}
