import { describe, expect, it } from 'vitest';
import { abcChart } from '../../src/charts/abc-option';
import { diagnose } from '../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../src/domain/metrics/params';
import { day, transactionTable } from '../domain/metrics/tables';
import { WORKED_EXAMPLE } from '../domain/metrics/worked-example';
import { cellValue, drawn, emptyDiagnosis, norm, syntheticDiagnosis, type Loose } from './fixtures';

const es = { language: 'es', currency: 'EUR' } as const;
const en = { language: 'en', currency: 'USD' } as const;

// Worked example of METRICS.md: current revenue C4 300, C1 200, C3 120, C6 40 (total 660).
const worked = diagnose(
  { transactions: transactionTable(WORKED_EXAMPLE), customers: null },
  { ...DEFAULT_PARAMS, analysisDate: day('2025-12-31'), margin: 0.3 },
);

describe('abcChart on the worked example', () => {
  const chart = drawn(abcChart(worked, es));
  const series = (chart.option as Loose).series;

  it('draws one bar per customer, largest first, in the series of its class', () => {
    const round = (y: number | '-') => (y === '-' ? y : Number(y.toFixed(12)));
    const bars = (i: number) => series[i].data.map(round);
    const share = (v: number) => Number((v / 660).toFixed(12));
    expect((chart.option as Loose).xAxis.data).toEqual([0.25, 0.5, 0.75, 1]);
    expect(bars(0)).toEqual([share(300), share(200), '-', '-']);
    expect(bars(1)).toEqual(['-', '-', share(120), '-']);
    expect(bars(2)).toEqual(['-', '-', '-', share(40)]);
    expect(series[0].barGap).toBe('-100%');
  });

  it('draws the cumulative line and the 80 % and 95 % mark lines', () => {
    const line = series[3];
    expect(line.data).toHaveLength(4);
    expect(line.data[1]).toBeCloseTo(500 / 660, 12);
    expect(line.data[3]).toBeCloseTo(1, 12);
    expect(line.markLine.data.map((d: Loose) => d.yAxis)).toEqual([0.8, 0.95]);
  });

  it('tabulates each class: customers (the figures) and its share of value', () => {
    expect(chart.table.rows.map((r) => cellValue(r[1]))).toEqual([2, 1, 1]);
    expect(chart.table.rows.map((r) => cellValue(r[2]))).toEqual([0.5, 0.25, 0.25]);
    const value = chart.table.rows.map((r) => cellValue(r[3])!);
    [500 / 660, 120 / 660, 40 / 660].forEach((share, i) => expect(value[i]).toBeCloseTo(share, 12));
    expect(chart.table.selections).toEqual([{ kind: 'abc', abc: 'A' }, { kind: 'abc', abc: 'B' }, { kind: 'abc', abc: 'C' }]);
  });

  it.each([
    // 20 % of 4 customers is 0.8 of C4: 0.8 × 300 / 660 = 36 %.
    [es, 'El 20 % de los clientes aporta el 36 % de los ingresos.'],
    [en, 'The top 20% of customers bring 36% of revenue.'],
  ] as const)('reads what the top 20 %% bring (%s)', (locale, reading) => {
    expect(norm(drawn(abcChart(worked, locale)).reading)).toBe(reading);
  });

  it('selects the class of the bar clicked, not the line', () => {
    expect(chart.select!({ componentType: 'series', seriesIndex: 1, dataIndex: 0 })).toEqual({ kind: 'abc', abc: 'B' });
    expect(chart.select!({ componentType: 'series', seriesIndex: 3, dataIndex: 0 })).toBeNull();
  });
});

describe('abcChart on many customers', () => {
  it('keeps at most ~500 bars, in large mode, and says each bar groups customers', () => {
    const d = syntheticDiagnosis(50_000);
    const chart = drawn(abcChart(d, es));
    const series = (chart.option as Loose).series;
    const bars = series.slice(0, 3).reduce((s: number, x: Loose) => s + x.data.filter((y: unknown) => y !== '-').length, 0);
    expect(bars).toBe(d.abcCurve!.customerShare.length - 1);
    expect(bars).toBeLessThanOrEqual(501);
    expect(series[0].large).toBe(true);
    expect(chart.units).toMatch(/agrupa unos/);
    expect(chart.table.rows.map((r) => cellValue(r[1]))).toEqual([d.figures.abc_a, d.figures.abc_b, d.figures.abc_c]);
    const shares = chart.table.rows.map((r) => cellValue(r[3])!);
    expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
  });

  it('says «del margen» when the classes rest on margin', () => {
    const d = { ...worked, notes: [...worked.notes.filter((n) => n.code !== 'abc-basis'), { code: 'abc-basis' as const, basis: 'margin' as const }] };
    expect(norm(drawn(abcChart(d, es)).reading)).toBe('El 20 % de los clientes aporta el 36 % del margen.');
  });

  it('is missing without classes, with the engine’s reason', () => {
    const none = emptyDiagnosis({ unavailable: { abc_a: { code: 'needs-dataset', dataset: 'transactions' } } });
    expect(abcChart(none, en)).toMatchObject({ ok: false, id: 'abc', reason: 'Needs the sales (transactions) file.' });
  });
});
