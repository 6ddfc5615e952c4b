import { describe, expect, it } from 'vitest';
import { customerTypesChart } from '../../src/charts/customer-types-option';
import { cellText, cellValue, customer, drawn, emptyDiagnosis, norm, type Loose } from './fixtures';

const es = { language: 'es', currency: 'EUR' } as const;
const en = { language: 'en', currency: 'EUR' } as const;
const d = emptyDiagnosis({ figures: { type_prescriptor: 40, type_cautivo: 10, type_mercenario: 30, type_opositor: 20 } });

describe('customerTypesChart', () => {
  it('places each type in its satisfaction × loyalty quadrant with its count', () => {
    const data = (drawn(customerTypesChart(d, es)).option as Loose).series[0].data.map((x: Loose) => x.value);
    expect(data).toEqual([
      [1, 1, 40], // prescriptor: satisfied and loyal
      [0, 1, 10], // cautivo: loyal, not satisfied
      [1, 0, 30], // mercenario: satisfied, not loyal
      [0, 0, 20], // opositor
    ]);
  });

  it('tabulates counts and shares', () => {
    const chart = drawn(customerTypesChart(d, es));
    const types = chart.table.rows.slice(0, 4);
    expect(types.map((r) => cellText(r[0]))).toEqual(['Prescriptor', 'Cautivo', 'Mercenario', 'Opositor']);
    expect(types.map((r) => cellValue(r[3]))).toEqual([40, 10, 30, 20]);
    expect(types.map((r) => cellValue(r[4]))).toEqual([0.4, 0.1, 0.3, 0.2]);
    expect(chart.select!({ componentType: 'series', dataIndex: 3 })).toEqual({ kind: 'type', type: 'opositor' });
  });

  it.each([
    [es, 'El tipo más numeroso es «Prescriptor» (40 %); los opositores, que pueden hablar mal de la marca, son 20 (20 %).'],
    [en, 'The most common type is “Advocate” (40%); opponents, who may speak ill of the brand, number 20 (20%).'],
  ] as const)('reads the largest type and the opponents (%s)', (locale, reading) => {
    expect(norm(drawn(customerTypesChart(d, locale)).reading)).toBe(reading);
  });

  it('counts, labels, lists and reads the customers on the border between types', () => {
    const near = emptyDiagnosis({
      figures: { type_prescriptor: 2, type_cautivo: 1, type_mercenario: 0, type_opositor: 1, type_near_border: 3 },
      customers: [
        customer('A', { type: 'prescriptor', nearTypeBorder: true }),
        customer('B', { type: 'prescriptor', nearTypeBorder: true }),
        customer('C', { type: 'cautivo', nearTypeBorder: true }),
        customer('D', { type: 'opositor' }),
      ],
    });
    const chart = drawn(customerTypesChart(near, es));
    expect(chart.table.rows.slice(0, 4).map((r) => cellValue(r[5]))).toEqual([2, 1, 0, 0]);
    const border = chart.table.rows[4];
    expect(cellText(border[0])).toBe('Todos los que están en el límite');
    expect(border[3]).toEqual({ text: '3', value: 3, metric: 'type_near_border' });
    expect(cellValue(border[4])).toBe(0.75);
    expect(chart.table.selections![4]).toEqual({ kind: 'type-border' });
    const labels = (chart.option as Loose).series[0].data.map((x: Loose) => x.label.formatter);
    expect(labels[0]).toContain('{s|2 en el límite}');
    expect(labels[3]).not.toContain('límite');
    expect(norm(chart.reading)).toMatch(/ 3 clientes \(75 %\) están en el límite entre dos tipos\.$/);
    expect(norm(drawn(customerTypesChart(near, en)).reading)).toMatch(/ 3 customers \(75%\) are on the border between two types\.$/);
  });

  it('offers no border list when nobody is on a border', () => {
    const chart = drawn(customerTypesChart(d, es));
    expect(cellValue(chart.table.rows[4][3])).toBe(0);
    expect(chart.table.selections![4]).toBeNull();
    expect(chart.reading).not.toMatch(/límite/);
  });

  it('is missing without a satisfaction column, and says which', () => {
    const none = emptyDiagnosis({ unavailable: { type_prescriptor: { code: 'needs-column', dataset: 'customers', field: 'satisfaction' } } });
    const outcome = customerTypesChart(none, es);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reason).toMatch(/^Necesita la columna «.+» en el archivo de clientes\.$/);
  });
});
