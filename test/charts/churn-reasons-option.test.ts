import { describe, expect, it } from 'vitest';
import { churnReasonsChart } from '../../src/charts/churn-reasons-option';
import { summariseChurnReasons } from '../../src/domain/metrics/churn-reasons';
import { cellText, cellValue, drawn, emptyDiagnosis, norm, type Loose } from './fixtures';

const es = { language: 'es', currency: 'EUR' } as const;
const en = { language: 'en', currency: 'EUR' } as const;

// 5 indifference, 3 price, 2 unclassified out of 10.
const reasons = [
  ...Array(5).fill('Indiferencia del personal'),
  ...Array(3).fill('Precio muy caro '),
  'Cerraron la tienda',
  'Sin motivo claro',
];
const d = emptyDiagnosis({ churnReasons: summariseChurnReasons(reasons) });

describe('churnReasonsChart', () => {
  const chart = drawn(churnReasonsChart(d, es));
  const option = chart.option as Loose;

  it('sorts the categories found by count, then the reference ones not found', () => {
    expect(option.yAxis.data.map((label: string) => label.replace(/\n/g, ' '))).toEqual([
      'Indiferencia o desatención', 'Precio', 'Otros motivos',
      'Búsqueda de variedad', 'Recomendación de un amigo', 'Cambio de necesidades', 'Mudanza', 'Fallecimiento',
    ]);
    expect(option.yAxis.data[0]).toBe('Indiferencia o\ndesatención');
    expect(option.series[0].data).toEqual([0.5, 0.3, 0.2, 0, 0, 0, 0, 0]);
  });

  it('draws the seed’s reference shares beside them and the cumulative share of those found', () => {
    expect(option.series[1].data).toEqual([0.68, 0.09, '-', 0.1, 0.05, 0.04, 0.03, 0.01]);
    expect(option.series[2].data.map((x: number) => Number(x.toFixed(12)))).toEqual([0.5, 0.8, 1]);
  });

  it('tabulates counts, shares, references and the cumulative share', () => {
    expect(chart.table.rows.map((r) => cellValue(r[1]))).toEqual([5, 3, 2, 0, 0, 0, 0, 0]);
    expect(cellText(chart.table.rows[2][3])).toBe('—');
    expect(cellValue(chart.table.rows[0][3])).toBe(0.68);
    expect(cellText(chart.table.rows[3][4])).toBe('—');
  });

  it('selects the customers behind a reason found, by bar or by row, and nothing for a reference-only one', () => {
    expect(chart.select!({ componentType: 'series', seriesIndex: 0, dataIndex: 1 })).toEqual({ kind: 'churn', category: 'price' });
    expect(chart.select!({ componentType: 'series', seriesIndex: 0, dataIndex: 4 })).toBeNull();
    expect(chart.table.selections!.slice(0, 4)).toEqual([
      { kind: 'churn', category: 'indifference' }, { kind: 'churn', category: 'price' }, { kind: 'churn', category: 'other' }, null,
    ]);
  });

  it.each([
    [es, 'El motivo más citado es «Indiferencia o desatención» (50 %); la referencia del método le atribuye el 68 %.'],
    [en, 'The most cited reason is “Indifference or neglect” (50%); the method’s reference gives it 68%.'],
  ] as const)('reads the main reason against the reference (%s)', (locale, reading) => {
    expect(norm(drawn(churnReasonsChart(d, locale)).reading)).toBe(reading);
  });

  it('says when the main group is outside the reference categories', () => {
    const other = emptyDiagnosis({ churnReasons: summariseChurnReasons(['x', 'y', 'precio']) });
    expect(norm(drawn(churnReasonsChart(other, es)).reading)).toBe('El grupo más numeroso es «Otros motivos» (67 %), fuera de las categorías de referencia.');
  });

  it('is missing without a reason column or without any reason written', () => {
    const none = emptyDiagnosis({ unavailable: { churn_reasons_total: { code: 'needs-column', dataset: 'customers', field: 'churnReason' } } });
    expect(churnReasonsChart(none, en).ok).toBe(false);
    expect(churnReasonsChart(emptyDiagnosis({ churnReasons: summariseChurnReasons(['', ' ']) }), en).ok).toBe(false);
  });
});
