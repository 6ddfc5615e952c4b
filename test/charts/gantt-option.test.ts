import { describe, it, expect } from 'vitest';
import { GANTT_COLOURS, ganttChart, ganttHeight, renderGanttBar } from '../../src/charts/gantt-option';
import { cellText } from '../../src/charts/chart-types';
import { epochDay } from '../../src/domain/dates';
import type { Action } from '../../src/domain/implementation/action';

const DAY = 86_400_000;
const action = (id: string, changes: Partial<Action>): Action => ({
  id, strategyId: '', name: id, owner: '', start: '2026-03-01', end: '2026-03-31', budget: 0, status: 'planned', ...changes,
});
const strategies = [
  { id: 'ret', name: 'Tarjeta cliente', family: 'retention' as const },
  { id: 'rec', name: '', family: 'recovery' as const },
];
const actions = [
  action('card', { name: 'Tarjeta', strategyId: 'ret', start: '2026-03-01', end: '2026-03-31', owner: 'Ana', status: 'in-progress' }),
  action('mail', { name: '<b>Correo</b>', strategyId: 'rec', start: '2026-04-01', end: '2026-04-10', predecessorId: 'card' }),
  action('loose', { name: '', start: '2026-02-15', end: '2026-02-15', status: 'cancelled' }),
  action('broken', { start: '2026-05-10', end: '2026-05-01' }),
];
const today = epochDay(2026, 3, 15);

function build(language: 'es' | 'en' = 'es') {
  const outcome = ganttChart(actions, strategies, today, { language, currency: 'EUR' });
  if (!outcome.ok) throw new Error('expected a chart');
  return outcome.chart;
}

type Series = { name: string; itemStyle: { color: string }; data: { name: string; value: number[] }[]; markLine?: { data: { xAxis: number }[] } };

describe('ganttChart', () => {
  it('names rows by the action number in the plan, grouped by strategy as ganttData orders them', () => {
    const option = build().option as { yAxis: { data: string[] } };
    // Strategy order (ret, rec), then actions without a strategy; 'broken' cannot be drawn.
    expect(option.yAxis.data).toEqual(['1. Tarjeta', '2. <b>Correo</b>', '3. Acción sin nombre']);
  });

  it('draws one series per family present, coloured by family, bars from the start to the day after the end', () => {
    const series = (build().option as { series: Series[] }).series;
    expect(series.map((s) => s.name)).toEqual(['Retención', 'Recuperación', 'Sin estrategia']);
    expect(series.map((s) => s.itemStyle.color)).toEqual([GANTT_COLOURS.retention, GANTT_COLOURS.recovery, GANTT_COLOURS.unassigned]);
    expect(series[0].data).toEqual([
      { name: '1. Tarjeta', value: [0, epochDay(2026, 3, 1) * DAY, epochDay(2026, 4, 1) * DAY, 0] },
    ]);
    expect(series[2].data[0].value).toEqual([2, epochDay(2026, 2, 15) * DAY, epochDay(2026, 2, 16) * DAY, 1]);
  });

  it('gives the four families colours of different lightness, so they stay apart in grey', () => {
    const lightness = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const values = (['acquisition', 'retention', 'extension', 'recovery'] as const).map((f) => lightness(GANTT_COLOURS[f]));
    for (let i = 1; i < values.length; i++) expect(values[i] - values[i - 1]).toBeGreaterThan(25);
  });

  it('marks today with a line and spans the days from the first start to the last end', () => {
    const option = build().option as { series: Series[]; xAxis: { min: number; max: number } };
    expect(option.series[0].markLine?.data).toEqual([{ xAxis: today * DAY }]);
    expect(option.xAxis.min).toBe(epochDay(2026, 2, 15) * DAY);
    expect(option.xAxis.max).toBe(epochDay(2026, 4, 11) * DAY);
  });

  it('reads the span and counts the actions it could not draw', () => {
    expect(build().reading).toBe('3 acciones, del 15 feb 2026 al 10 abr 2026. Una acción sin fechas válidas no aparece.');
    expect(build('en').reading).toBe('3 actions, from 15 Feb 2026 to 10 Apr 2026. One action without valid dates is not shown.');
  });

  it('lists the same actions in its table with dates, days, owner, status and predecessor', () => {
    const { table } = build();
    expect(table.columns).toHaveLength(9);
    expect(table.rows.map((row) => row.map(cellText))).toEqual([
      ['1. Tarjeta', 'Tarjeta cliente', 'Retención', '1 mar 2026', '31 mar 2026', '31', 'Ana', 'En curso', '—'],
      ['2. <b>Correo</b>', 'Recuperación', 'Recuperación', '1 abr 2026', '10 abr 2026', '10', '', 'Prevista', '1. Tarjeta'],
      ['3. Acción sin nombre', 'Sin estrategia', 'Sin estrategia', '15 feb 2026', '15 feb 2026', '1', '', 'Cancelada', '—'],
    ]);
  });

  it('escapes the action names in its HTML tooltip', () => {
    const option = build().option as { tooltip: { formatter: (p: { name: string }) => string } };
    const html = option.tooltip.formatter({ name: '2. <b>Correo</b>' });
    expect(html).toContain('2. &#60;b&#62;Correo&#60;/b&#62;');
    expect(html).not.toContain('<b>Correo');
  });

  it('says why there is no chart when no action has valid dates', () => {
    const outcome = ganttChart([action('x', { start: '', end: '' })], [], today, { language: 'es', currency: 'EUR' });
    expect(outcome).toEqual({
      ok: false, id: 'gantt', title: 'Calendario de las acciones',
      reason: 'El calendario aparecerá cuando haya acciones con fechas válidas.',
    });
  });

  it('draws a bar as a rectangle from the start to the end coordinates, faded when cancelled', () => {
    const api = {
      value: (i: number) => [2, 1000, 3000, 1][i],
      coord: ([x, row]: number[]) => [x / 10, row * 30 + 15],
      size: () => [0, 30],
      visual: () => '#123456',
    };
    const shape = (renderGanttBar as unknown as (p: unknown, a: typeof api) => { shape: Record<string, number>; style: Record<string, unknown> })({}, api);
    expect(shape.shape).toEqual({ x: 100, y: 75 - 9, width: 200, height: 18 });
    expect(shape.style).toMatchObject({ fill: '#123456', opacity: 0.4 });
  });

  it('gives row names less room on a phone', () => {
    const option = build().option as { yAxis: { axisLabel: { width: number } }; media: { query: { maxWidth: number }; option: { yAxis: { axisLabel: { width: number } } } }[] };
    const [phone] = option.media;
    expect(phone.query.maxWidth).toBeLessThanOrEqual(480);
    expect(phone.option.yAxis.axisLabel.width).toBeLessThan(option.yAxis.axisLabel.width);
  });

  it('makes room for every row', () => {
    expect(ganttHeight(10)).toBeGreaterThanOrEqual(10 * 30);
    expect(ganttHeight(0)).toBeGreaterThan(100);
  });
});
