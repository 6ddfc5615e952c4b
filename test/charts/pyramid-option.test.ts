import { describe, expect, it } from 'vitest';
import { pyramidChart } from '../../src/charts/pyramid-option';
import { cellText, cellValue, drawn, emptyDiagnosis, norm, type Loose } from './fixtures';

const es = { language: 'es', currency: 'EUR' } as const;
const en = { language: 'en', currency: 'EUR' } as const;

const full = emptyDiagnosis({
  figures: { pyramid_active: 4, pyramid_inactive: 2, pyramid_potential: 10, pyramid_probable: 30, pyramid_rest: 100 },
});
const partial = emptyDiagnosis({
  figures: { pyramid_active: 4, pyramid_inactive: 2, pyramid_potential: 10 },
  unavailable: { pyramid_probable: { code: 'needs-input', field: 'probables' }, pyramid_rest: { code: 'needs-input', field: 'marketSize' } },
});

describe('pyramidChart', () => {
  it('draws one centred bar per level, top first, with the figures as widths', () => {
    const chart = drawn(pyramidChart(full, es));
    const option = chart.option as Loose;
    expect(option.yAxis.data).toEqual(['Activos', 'Inactivos', 'Potenciales', 'Probables', 'Resto del mundo']);
    expect(option.series[1].data.map((d: Loose) => d.value)).toEqual([4, 2, 10, 30, 100]);
    // Offsets centre each bar within the widest: (100 − w) / 2.
    expect(option.series[0].data).toEqual([48, 49, 45, 35, 0]);
    expect(chart.table.rows.map((r) => cellValue(r[1]))).toEqual([4, 2, 10, 30, 100]);
    // Shares of the people known (rest excluded): 4 / 46.
    expect(cellValue(chart.table.rows[0][2])).toBeCloseTo(4 / 46, 12);
  });

  it('names missing levels instead of drawing them as zero', () => {
    const chart = drawn(pyramidChart(partial, es));
    const option = chart.option as Loose;
    expect(option.yAxis.data).toEqual(['Activos', 'Inactivos', 'Potenciales']);
    expect(option.series[1].data).toHaveLength(3);
    expect(chart.reading).toContain('Sin datos: Probables, Resto del mundo.');
    expect(cellText(chart.table.rows[3][1])).toBe('Sin datos');
    expect(cellText(chart.table.rows[3][3])).toBe('Escribe cuántos clientes probables hay en Parámetros del análisis.');
    expect(option.graphic[0].style.text).toBe('Sin datos: Probables, Resto del mundo.');
  });

  it.each([
    [es, 'Sigue activo el 67 % de quienes han comprado alguna vez: 4 activos frente a 2 inactivos.'],
    [en, '67% of those who ever bought are still active: 4 active against 2 inactive.'],
  ] as const)('reads the share of buyers still active (%s)', (locale, reading) => {
    expect(norm(drawn(pyramidChart(full, locale)).reading)).toBe(reading);
  });

  it('switches to a logarithmic width when the levels differ by more than 50 times', () => {
    const wide = emptyDiagnosis({ figures: { pyramid_active: 9, pyramid_rest: 999_999 } });
    const chart = drawn(pyramidChart(wide, es));
    expect((chart.option as Loose).series[1].data.map((d: Loose) => d.value)).toEqual([1, 6]);
    expect(chart.units).toMatch(/logarítmica/);
    expect(chart.table.rows.map((r) => cellValue(r[1]))).toEqual([9, undefined, undefined, undefined, 999_999]);
  });

  it('selects a level on click and in the table, but not the rest of the world', () => {
    const chart = drawn(pyramidChart(full, es));
    expect(chart.select!({ componentType: 'series', seriesIndex: 1, dataIndex: 2 })).toEqual({ kind: 'pyramid', level: 'potential' });
    expect(chart.select!({ componentType: 'series', seriesIndex: 1, dataIndex: 4 })).toBeNull();
    expect(chart.select!({ componentType: 'series', seriesIndex: 0, dataIndex: 0 })).toBeNull();
    expect(chart.table.selections).toEqual([
      { kind: 'pyramid', level: 'active' },
      { kind: 'pyramid', level: 'inactive' },
      { kind: 'pyramid', level: 'potential' },
      { kind: 'pyramid', level: 'probable' },
      null,
    ]);
  });

  it('says why when no level is known', () => {
    const none = emptyDiagnosis({ unavailable: { pyramid_active: { code: 'needs-dataset', dataset: 'transactions' } } });
    expect(pyramidChart(none, es)).toEqual({ ok: false, id: 'pyramid', title: 'Pirámide de clientes', reason: 'Necesita el archivo de ventas (transacciones).' });
    expect(pyramidChart(none, en)).toMatchObject({ ok: false, reason: 'Needs the sales (transactions) file.' });
  });
});
