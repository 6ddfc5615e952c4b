import { describe, it, expect } from 'vitest';
import { kpiChart, kpiValueText } from '../../src/charts/kpi-option';
import { cellText } from '../../src/charts/chart-types';
import { epochDay } from '../../src/domain/dates';
import type { Kpi } from '../../src/domain/evaluation/kpi';

const DAY = 86_400_000;
const churn: Kpi = {
  id: 'k1', metric: 'churn_rate', name: '', unit: '%', baseline: 0.25, target: 0.2, direction: 'lower',
  startDate: '2026-01-01', deadline: '2026-12-31', owner: 'Ana',
  measurements: [
    { date: '2026-03-31', value: 0.24, note: 'T1' },
    { date: '2026-06-30', value: 0.22, note: '' },
  ],
};
const es = { language: 'es' as const, currency: 'EUR' };
/** Intl separates numbers and units with no-break spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function build(kpi: Kpi = churn) {
  const outcome = kpiChart(kpi, 'Tasa de deserción', es);
  if (!outcome.ok) throw new Error('expected a chart');
  return outcome.chart;
}

type Line = { name: string; data: number[][]; lineStyle: { type?: string }; markLine?: { data: { xAxis: number }[] } };

describe('kpiChart', () => {
  it('draws the measurements over time', () => {
    const [measured] = (build().option as { series: Line[] }).series;
    expect(measured.name).toBe('Mediciones');
    expect(measured.data).toEqual([[epochDay(2026, 3, 31) * DAY, 0.24], [epochDay(2026, 6, 30) * DAY, 0.22]]);
    expect(measured.markLine?.data).toEqual([{ xAxis: epochDay(2026, 12, 31) * DAY }]);
  });

  it('draws the target and the baseline across the whole span, and the expected pace from start to deadline', () => {
    const series = (build().option as { series: Line[] }).series;
    const [start, deadline] = [epochDay(2026, 1, 1) * DAY, epochDay(2026, 12, 31) * DAY];
    expect(series.slice(1).map((s) => [s.name, s.data])).toEqual([
      ['Meta', [[start, 0.2], [deadline, 0.2]]],
      ['Partida', [[start, 0.25], [deadline, 0.25]]],
      ['Ritmo previsto', [[start, 0.25], [deadline, 0.2]]],
    ]);
  });

  it('tells its lines apart by style, not by colour alone', () => {
    const styles = (build().option as { series: Line[] }).series.map((s) => s.lineStyle.type ?? 'solid');
    expect(new Set(styles.slice(2)).size).toBe(2);
    expect(styles.slice(2)).not.toContain('solid');
  });

  it('leaves out the lines it has no numbers for', () => {
    const series = (build({ ...churn, target: null, deadline: '' }).option as { series: Line[] }).series;
    expect(series.map((s) => s.name)).toEqual(['Mediciones', 'Partida']);
    expect(series[0].markLine).toBeUndefined();
  });

  it('reads the latest measurement against the target, in the unit of the KPI', () => {
    expect(plain(build().reading)).toBe('Última medición: 22 % el 30 jun 2026; la meta es 20 %.');
    expect(plain(build({ ...churn, target: null }).reading)).toBe('Última medición: 22 % el 30 jun 2026; falta fijar la meta.');
  });

  it('lists every measurement with its progress towards the target in the table', () => {
    const { table } = build();
    expect(table.rows.map((r) => r.map((c) => plain(cellText(c))))).toEqual([
      ['31 mar 2026', '24 %', '20 %', 'T1'],
      ['30 jun 2026', '22 %', '60 %', ''],
    ]);
    const progress = table.rows[1][2] as { value: number };
    expect(progress.value).toBeCloseTo((0.22 - 0.25) / (0.2 - 0.25), 12);
  });

  it.each([
    [{ min: 0, max: 200 }, 0],
    [{ min: 5, max: 200 }, 0],
    [{ min: 100, max: 300 }, undefined],
    [{ min: -5, max: 5 }, undefined],
  ])('starts the value axis at zero rather than below it for %j', (extent, expected) => {
    const option = build().option as { yAxis: { min: (e: { min: number; max: number }) => number | undefined } };
    expect(option.yAxis.min(extent)).toBe(expected);
  });

  it('has nothing to draw before the first measurement', () => {
    expect(kpiChart({ ...churn, measurements: [] }, 'X', es)).toEqual({
      ok: false, id: 'kpi-k1', title: 'X: mediciones y meta', reason: 'El gráfico aparecerá con la primera medición.',
    });
  });
});

describe('kpiValueText', () => {
  it.each([
    [0.253, '%', 'es', '25,3 %'],
    [1234.5, 'currency', 'es', '1.234,50 €'],
    [1234.5, 'currency', 'en', '€1,234.50'],
    [2.345, 'periods', 'es', '2,3'],
    [1234, 'customers', 'es', '1234'],
    [12345, 'customers', 'es', '12.345'],
    [0.5, null, 'en', '0.5'],
  ] as const)('writes %s in %s (%s) as %s', (value, unit, language, expected) => {
    expect(plain(kpiValueText(value, unit, { language, currency: 'EUR' }))).toBe(expected);
  });
});
