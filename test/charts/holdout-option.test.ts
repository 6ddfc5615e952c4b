import { describe, expect, it } from 'vitest';
import { holdoutCumulativeChart, holdoutFrequencyChart } from '../../src/charts/holdout-option';
import type { ChartLocale } from '../../src/charts/chart-text';
import { cellText, type ChartCell } from '../../src/charts/chart-types';
import type { FrequencyClass, HoldoutValidation } from '../../src/domain/clv-models/holdout';
import { epochDay } from '../../src/domain/dates';

const es = { language: 'es' as const, currency: 'EUR' };
const en = { language: 'en' as const, currency: 'EUR' };
/** Intl separates numbers and units with no-break spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const frequency = (x: number, customers: number, actual: number, expected: number): FrequencyClass => ({
  x, customers, actual, expected, actualMean: customers ? actual / customers : 0, expectedMean: customers ? expected / customers : 0,
});
const START = epochDay(2025, 1, 5);
const VALIDATION: HoldoutValidation = {
  holdoutLength: 39,
  totalActual: 200,
  totalExpected: 184,
  byFrequency: [
    frequency(0, 100, 40, 36), frequency(1, 50, 50, 45), frequency(2, 20, 30, 29), frequency(3, 0, 0, 0),
    frequency(4, 5, 20, 18), frequency(5, 2, 10, 9), frequency(6, 1, 10, 8), frequency(7, 2, 40, 39),
  ],
  cumulative: [0, 1, 2, 3, 4].map((k) => ({ day: START + 7 * k, actual: 10 * k, expected: 9.5 * k })),
  calibrationWeeks: 3,
};

type Series = { type: string; name: string; data: number[]; markLine?: { data: { xAxis: number }[] } };
const numbers = (cells: ChartCell[]) => cells.map((c) => (typeof c === 'string' ? c : c.value));

function built<T>(outcome: { ok: true; chart: T } | { ok: false }): T {
  if (!outcome.ok) throw new Error('expected a chart');
  return outcome.chart;
}

describe('holdoutFrequencyChart', () => {
  it('draws actual and expected means per calibration class, the last one 7 and more', () => {
    const chart = built(holdoutFrequencyChart(VALIDATION, 'weeks', es));
    const option = chart.option as { xAxis: { data: string[] }; series: Series[] };
    expect(option.xAxis.data).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
    const [actual, expected] = option.series;
    expect([actual.name, expected.name]).toEqual(['Reales', 'Esperadas por el modelo']);
    expect(actual.data).toEqual([0.4, 1, 1.5, 0, 4, 5, 10, 20]);
    expect(expected.data).toEqual([0.36, 0.9, 1.45, 0, 3.6, 4.5, 8, 19.5]);
  });

  it('reads the totals and how far the model is from them, in the unit chosen', () => {
    const chart = built(holdoutFrequencyChart(VALIDATION, 'weeks', es));
    // (184 − 200) / 200 = −8 %.
    expect(plain(chart.reading)).toBe('El modelo esperaba 184 compras repetidas en el periodo de prueba y hubo 200 (-8 %).');
    expect(chart.units).toBe('compras repetidas por cliente en 39 semanas de prueba');
    const english = built(holdoutFrequencyChart({ ...VALIDATION, holdoutLength: 1 }, 'months', en));
    expect(english.units).toBe('repeat purchases per customer in 1 month of holdout');
    expect(english.reading).toContain('(-8%)');
  });

  it('gives the same numbers as a table, one row per class', () => {
    const { table } = built(holdoutFrequencyChart(VALIDATION, 'weeks', es));
    expect(table.columns).toHaveLength(6);
    expect(table.rows.map((row) => cellText(row[0]))).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
    expect(numbers(table.rows[1])).toEqual(['1', 50, 1, 0.9, 50, 45]);
    expect(table.rows[7].map(cellText)).toEqual(['7+', '2', '20', '19,5', '40', '39']);
  });

  it('draws nothing without customers', () => {
    const empty = { ...VALIDATION, byFrequency: VALIDATION.byFrequency.map((c) => frequency(c.x, 0, 0, 0)) };
    expect(holdoutFrequencyChart(empty, 'weeks', es).ok).toBe(false);
  });
});

describe('holdoutCumulativeChart', () => {
  it('draws both cumulative curves week by week and marks the end of calibration', () => {
    const chart = built(holdoutCumulativeChart(VALIDATION, es));
    const option = chart.option as { xAxis: { data: string[] }; series: Series[] };
    expect(option.xAxis.data).toEqual(['1', '2', '3', '4', '5']);
    expect(option.series.map((s) => s.data)).toEqual([[0, 10, 20, 30, 40], [0, 9.5, 19, 28.5, 38]]);
    // Week 3 is the calibration end: category index 2.
    expect(option.series[0].markLine?.data).toEqual([{ xAxis: 2 }]);
    expect(chart.reading).toBe('Al cerrar la semana 5, 40 compras repetidas reales frente a 38 esperadas. La línea vertical marca el fin de la calibración.');
  });

  it('writes the axis numbers in the plan\'s language', () => {
    const axis = (locale: ChartLocale) => (built(holdoutCumulativeChart(VALIDATION, locale)).option as { yAxis: { axisLabel: { formatter: (v: number) => string } } }).yAxis.axisLabel.formatter;
    expect(axis(es)(10_000)).toBe('10.000');
    expect(axis(en)(10_000)).toBe('10,000');
    const means = (built(holdoutFrequencyChart(VALIDATION, 'weeks', es)).option as { yAxis: { axisLabel: { formatter: (v: number) => string } } }).yAxis.axisLabel.formatter;
    expect(means(0.5)).toBe('0,5');
  });

  it('lists each week with the day it closes on, in UTC', () => {
    const { table } = built(holdoutCumulativeChart(VALIDATION, en));
    expect(table.rows[0].map(cellText)).toEqual(['1', '5 Jan 2025', '0', '0']);
    expect(cellText(table.rows[2][1])).toBe('19 Jan 2025 (End of calibration)');
    expect(numbers(table.rows[4])).toEqual(['5', '2 Feb 2025', 40, 38]);
  });

  it('draws nothing without points', () => {
    expect(holdoutCumulativeChart({ ...VALIDATION, cumulative: [] }, es).ok).toBe(false);
  });
});
