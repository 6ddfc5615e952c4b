import { describe, expect, it } from 'vitest';
import { rfmGridChart } from '../../src/charts/rfm-grid-option';
import { cellText, cellValue, drawn, emptyDiagnosis, norm, type Loose } from './fixtures';

const es = { language: 'es', currency: 'EUR' } as const;
const en = { language: 'en', currency: 'EUR' } as const;

const zeros = () => [0, 1, 2, 3, 4].map(() => [0, 0, 0, 0, 0]);
const count = zeros();
const revenue = zeros();
count[4][3] = 30; // R5 F4: champions
count[4][4] = 20; // R5 F5: champions
count[0][0] = 60; // R1 F1: lost
revenue[4][3] = 5000;
revenue[4][4] = 3000;
revenue[0][0] = 2000;
const d = emptyDiagnosis({ rfmGrid: { count, revenue } });

describe('rfmGridChart', () => {
  it('puts each cell at (F − 1, R − 1) with its customers and its segment name', () => {
    const chart = drawn(rfmGridChart(d, es));
    const data = (chart.option as Loose).series[0].data;
    expect(data).toHaveLength(25);
    const at = (r: number, f: number) => data.find((x: Loose) => x.value[0] === f - 1 && x.value[1] === r - 1);
    expect(at(5, 4).value[2]).toBe(30);
    expect(at(1, 1).value[2]).toBe(60);
    expect(at(5, 4).label.formatter).toBe('Campeones\n{n|30}');
    expect(at(1, 1).label.color).toBe('#ffffff');
    expect(at(2, 2).label.color).not.toBe('#ffffff');
    expect(at(1, 5).label.formatter).toBe('Grandes\nclientes en\nriesgo\n{n|0}');
  });

  it('colours by revenue when asked, with the money in the cells', () => {
    const chart = drawn(rfmGridChart(d, en, 'revenue'));
    const data = (chart.option as Loose).series[0].data;
    expect(data.find((x: Loose) => x.value[0] === 3 && x.value[1] === 4).value[2]).toBe(5000);
    expect((chart.option as Loose).visualMap.max).toBe(5000);
    expect(chart.title).toBe('RFM grid: revenue by recency and frequency');
  });

  it('tabulates the 25 cells, best first, with customers and revenue', () => {
    const chart = drawn(rfmGridChart(d, es));
    expect(chart.table.rows).toHaveLength(25);
    expect(chart.table.rows[0].map((c) => cellText(c))[0]).toBe('Campeones');
    expect([cellText(chart.table.rows[0][1]), cellText(chart.table.rows[0][2])]).toEqual(['5', '5']);
    expect(cellValue(chart.table.rows[0][3])).toBe(20);
    expect(cellValue(chart.table.rows[0][4])).toBe(3000);
    expect(cellValue(chart.table.rows[24][3])).toBe(60);
    expect(chart.table.rows.reduce((s, r) => s + cellValue(r[3])!, 0)).toBe(110);
  });

  it.each([
    // lost 60 of 110 = 55 %; champions 8,000 of 10,000 revenue = 80 %.
    [es, 'El segmento con más clientes es «Perdidos» (60, el 55 %); los campeones aportan el 80 % de los ingresos.'],
    [en, 'The largest segment is “Lost” (60, 55%); champions bring 80% of revenue.'],
  ] as const)('reads the largest segment and the champions’ revenue (%s)', (locale, reading) => {
    expect(norm(drawn(rfmGridChart(d, locale)).reading)).toBe(reading);
  });

  it('selects the segment of the cell clicked', () => {
    const chart = drawn(rfmGridChart(d, es));
    const data = (chart.option as Loose).series[0].data;
    const index = data.findIndex((x: Loose) => x.value[0] === 2 && x.value[1] === 0);
    expect(chart.select!({ componentType: 'series', seriesIndex: 0, dataIndex: index })).toEqual({ kind: 'rfm', segment: 'at-risk' });
    expect(chart.table.selections![0]).toEqual({ kind: 'rfm', segment: 'champions' });
  });

  it('is missing without scores', () => {
    expect(rfmGridChart(emptyDiagnosis({ rfmGrid: { count: zeros(), revenue: zeros() } }), es).ok).toBe(false);
  });
});
