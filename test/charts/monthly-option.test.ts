import { describe, expect, it } from 'vitest';
import { monthlyChart, partialLastDay } from '../../src/charts/monthly-option';
import { epochDay } from '../../src/domain/dates';
import { cellText, cellValue, drawn, emptyDiagnosis, norm, type Loose } from './fixtures';

const es = { language: 'es', currency: 'EUR' } as const;
const en = { language: 'en', currency: 'USD' } as const;
const monthly = { months: ['2025-01', '2025-02', '2025-03'], revenue: [100, 300.5, -20], activeCustomers: [3, 5, 1] };
const d = emptyDiagnosis({ monthly });

describe('monthlyChart', () => {
  it('draws revenue as bars and active customers as a line on its own axis', () => {
    const option = drawn(monthlyChart(d, es)).option as Loose;
    expect(option.xAxis.data).toEqual(monthly.months);
    expect(option.series[0].data).toEqual([100, 300.5, -20]);
    expect(option.series[1].data).toEqual([3, 5, 1]);
    expect(option.series[1].yAxisIndex).toBe(1);
  });

  it('tabulates every month with revenue and customers', () => {
    const chart = drawn(monthlyChart(d, en));
    expect(chart.table.rows.map((r) => [cellText(r[0]), cellValue(r[1]), cellValue(r[2])])).toEqual([
      ['January 2025', 100, 3],
      ['February 2025', 300.5, 5],
      ['March 2025', -20, 1],
    ]);
    expect(cellText(chart.table.rows[1][1])).toBe('US$300.50');
  });

  it.each([
    [es, 'El mes de más ingresos fue febrero de 2025 (301 €); en el último, marzo de 2025, compró 1 cliente.'],
    [en, 'The best month for revenue was February 2025 (US$301); in the latest, March 2025, 1 customer bought.'],
  ] as const)('reads the best and the latest month (%s)', (locale, reading) => {
    expect(norm(drawn(monthlyChart(d, locale)).reading)).toBe(reading);
  });

  it('marks a last month cut short by the analysis date as partial, in the reading, the axis, the bar and the table', () => {
    const chart = drawn(monthlyChart(emptyDiagnosis({ monthly, analysisDate: epochDay(2025, 3, 5) }), es));
    expect(norm(chart.reading)).toBe(
      'El mes de más ingresos fue febrero de 2025 (301 €); en el último, marzo de 2025, compró 1 cliente. El último mes, marzo de 2025, está incompleto: los datos llegan hasta el día 5.',
    );
    const option = chart.option as Loose;
    expect(monthly.months.map((m, i) => option.xAxis.axisLabel.formatter(m, i))).toEqual(['ene 25', 'feb 25', 'mar 25*']);
    expect(option.series[0].data[2]).toMatchObject({ value: -20, itemStyle: { opacity: 0.35 } });
    expect(option.series[0].data[1]).toBe(300.5);
    expect(cellText(chart.table.rows[2][0])).toBe('marzo de 2025 (hasta el día 5)');
    expect(chart.units).toContain('* mes incompleto (hasta el día 5)');
  });

  it('reads a month ending on the analysis date as whole', () => {
    expect(partialLastDay(epochDay(2025, 3, 31))).toBeNull();
    expect(partialLastDay(epochDay(2024, 2, 29))).toBeNull();
    expect(partialLastDay(epochDay(2024, 2, 28))).toBe(28);
    expect(partialLastDay(null)).toBeNull();
    const option = drawn(monthlyChart(emptyDiagnosis({ monthly, analysisDate: epochDay(2025, 3, 31) }), es)).option as Loose;
    expect(option.xAxis.axisLabel.formatter('2025-03', 2)).toBe('mar 25');
  });

  it('is missing without transactions', () => {
    expect(monthlyChart(emptyDiagnosis(), es)).toMatchObject({ ok: false, reason: 'Necesita el archivo de ventas (transacciones).' });
  });
});
