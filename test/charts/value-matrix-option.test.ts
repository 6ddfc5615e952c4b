import { describe, expect, it } from 'vitest';
import { drawnPoints, MAX_DRAWN, valueMatrixChart } from '../../src/charts/value-matrix-option';
import { valuePoints } from '../../src/charts/selection';
import { cellText, cellValue, customer, drawn, emptyDiagnosis, norm, syntheticDiagnosis, type Loose } from './fixtures';

const es = { language: 'es', currency: 'EUR' } as const;
const en = { language: 'en', currency: 'EUR' } as const;

// Medians: real (10, 20, 100, 200) → 60; strategic (5, 10, 40, 50) → 25.
const d = emptyDiagnosis({
  customers: [
    customer('a', { clv: 100, strategicValue: 10 }),
    customer('b', { clv: 200, strategicValue: 50 }),
    customer('c', { clv: 10, strategicValue: 40 }),
    customer('d', { clv: 20, strategicValue: 5 }),
    customer('e', { clv: 999 }),
  ],
});

describe('valueMatrixChart', () => {
  const chart = drawn(valueMatrixChart(d, es));
  const series = (chart.option as Loose).series[0];

  it('plots the customers with both values at their mid-rank percentiles, split in the middle', () => {
    // real 100, 200, 10, 20 rank 3rd, 4th, 1st, 2nd of 4 → (rank − ½) / 4; strategic 10, 50, 40, 5 likewise.
    expect(Array.from(series.data as Float64Array)).toEqual([0.625, 0.375, 0.875, 0.875, 0.125, 0.625, 0.375, 0.125]);
    expect(series.markLine.data).toEqual([{ xAxis: 0.5 }, { yAxis: 0.5 }]);
    expect(series.large).toBe(false);
    expect(norm(chart.units!)).toContain('(valor real 60,00 €, valor estratégico 25,00 €)');
  });

  it('tabulates each quadrant with its strategy, customers and value', () => {
    expect(chart.table.rows.map((r) => cellText(r[0]))).toEqual(['Valor alto, mucho por ganar', 'Valor bajo, mucho por ganar', 'Valor alto, casi todo con nosotros', 'Valor bajo, poco por ganar']);
    expect(chart.table.rows.map((r) => cellValue(r[2]))).toEqual([1, 1, 1, 1]);
    expect(chart.table.rows.map((r) => cellValue(r[3]))).toEqual([200, 10, 100, 20]);
    expect(chart.table.rows.map((r) => cellValue(r[4]))).toEqual([50, 40, 10, 5]);
  });

  it.each([
    // b holds 50 of the 105 strategic value: 48 %.
    [es, 'El 25 % de los clientes (1) tiene valor real y estratégico altos y reúne el 48 % del valor estratégico: son los primeros que conviene desarrollar.'],
    [en, '25% of customers (1) are high in both real and strategic value and hold 48% of the strategic value: develop them first.'],
  ] as const)('reads the develop quadrant (%s)', (locale, reading) => {
    expect(norm(drawn(valueMatrixChart(d, locale)).reading)).toBe(reading);
  });

  it('selects the quadrant of a point or of an area, with the cuts', () => {
    const cuts = { real: 60, strategic: 25 };
    expect(chart.select!({ componentType: 'series', seriesIndex: 0, dataIndex: 2 })).toEqual({ kind: 'value', quadrant: 'low-high', cuts });
    expect(chart.select!({ componentType: 'series', seriesIndex: 1, dataIndex: 0 })).toEqual({ kind: 'value', quadrant: 'high-high', cuts });
    expect(chart.select!({ componentType: 'markArea', dataIndex: 3 })).toEqual({ kind: 'value', quadrant: 'low-low', cuts });
  });

  it('draws at most MAX_DRAWN of 50,000 customers, in large mode, each at its percentile among all', () => {
    const big = syntheticDiagnosis(50_000);
    const chart = drawn(valueMatrixChart(big, es));
    const s = (chart.option as Loose).series[0];
    const { real, strategic } = valuePoints(big.customers);
    expect(real.length).toBeGreaterThan(MAX_DRAWN);
    expect(s.large).toBe(true);
    expect(s.data.length).toBe(2 * MAX_DRAWN);
    const shown = drawnPoints(real.length);
    const rank = (values: Float64Array, v: number) => (values.filter((x) => x < v).length + values.filter((x) => x === v).length / 2) / values.length;
    for (const k of [0, 1, 1234, MAX_DRAWN - 1]) {
      expect(s.data[2 * k]).toBeCloseTo(rank(real, real[shown[k]]), 12);
      expect(s.data[2 * k + 1]).toBeCloseTo(rank(strategic, strategic[shown[k]]), 12);
    }
    // A click on a drawn dot lists the quadrant of the customer it stands for.
    const k = 2500;
    const cuts = (chart.table.selections!.find((x) => x?.kind === 'value') as { cuts: { real: number; strategic: number } }).cuts;
    const quadrant = `${real[shown[k]] >= cuts.real ? 'high' : 'low'}-${strategic[shown[k]] >= cuts.strategic ? 'high' : 'low'}`;
    expect(chart.select!({ componentType: 'series', seriesIndex: 0, dataIndex: k })).toEqual({ kind: 'value', quadrant, cuts });
    // The quadrants still count everyone, and the units say how many are drawn.
    expect(chart.table.rows.reduce((sum, row) => sum + (cellValue(row[2]) ?? 0), 0)).toBe(real.length);
    expect(norm(chart.units!)).toContain(`se dibujan 4000 de los ${real.length.toLocaleString('es-ES')} clientes`);
  });

  it('spreads the drawn customers evenly from the first to the last', () => {
    expect(Array.from(drawnPoints(3))).toEqual([0, 1, 2]);
    const spread = drawnPoints(10 * MAX_DRAWN + 7);
    expect(spread.length).toBe(MAX_DRAWN);
    expect(spread[0]).toBe(0);
    expect(spread[MAX_DRAWN - 1]).toBeGreaterThan(10 * MAX_DRAWN - 11);
    expect(new Set(spread).size).toBe(MAX_DRAWN);
  });

  it('is missing without strategic values', () => {
    const none = emptyDiagnosis({ unavailable: { strategic_value: { code: 'needs-dataset', dataset: 'customers' } } });
    expect(valueMatrixChart(none, en)).toMatchObject({ ok: false, reason: 'Needs the customers file.' });
    // The engine's word is enough: the customers are not read.
    const unread = emptyDiagnosis({ customers: d.customers, unavailable: none.unavailable });
    expect(valueMatrixChart(unread, en)).toMatchObject({ ok: false, reason: 'Needs the customers file.' });
  });
});
