import { describe, expect, it } from 'vitest';
import { monthlyChart } from '../../src/charts/monthly-option';
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
      ['2025-01', 100, 3],
      ['2025-02', 300.5, 5],
      ['2025-03', -20, 1],
    ]);
    expect(cellText(chart.table.rows[1][1])).toBe('US$300.50');
  });

  it.each([
    [es, 'El mes de más ingresos fue 2025-02 (301 €); en el último, 2025-03, compró 1 cliente.'],
    [en, 'The best month for revenue was 2025-02 (US$301); in the latest, 2025-03, 1 customer bought.'],
  ] as const)('reads the best and the latest month (%s)', (locale, reading) => {
    expect(norm(drawn(monthlyChart(d, locale)).reading)).toBe(reading);
  });

  it('is missing without transactions', () => {
    expect(monthlyChart(emptyDiagnosis(), es)).toMatchObject({ ok: false, reason: 'Necesita el archivo de ventas (transacciones).' });
  });
});
