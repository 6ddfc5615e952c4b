import { describe, expect, it } from 'vitest';
import { ganttChart, LATE_COLOUR, renderGanttBar } from '../../src/charts/gantt-option';
import { epochDay } from '../../src/domain/dates';
import type { Action } from '../../src/domain/implementation/action';
import { restoreImplementation } from '../../src/domain/implementation/restore-implementation';
import { createPlan } from '../../src/domain/plan';
import { implementationSection } from '../../src/report/build-implementation';
import { wordsFor } from '../../src/i18n/words';

const DAY = 86_400_000;
const action = (id: string, name: string, start: string, end: string, status: Action['status'] = 'planned'): Action => ({
  id, strategyId: 'ret', name, owner: '', start, end, budget: 100, status,
});
const strategies = [{ id: 'ret', name: 'Tarjeta', family: 'retention' as const }];
const actions = [
  action('a', 'Lanzar la tarjeta', '2026-01-10', '2026-03-31'),
  action('b', 'Campaña de verano', '2026-05-01', '2026-08-15'),
  action('c', 'Encuesta anual', '2026-07-01', '2026-07-20', 'cancelled'),
];
const horizon = epochDay(2026, 6, 30);
const today = epochDay(2026, 1, 1);

type Series = { data: { name: string; value: number[] }[]; markLine?: { data: { xAxis: number }[]; label: { formatter: string } } };

function series(print: boolean, horizonEnd: number | null): Series[] {
  const outcome = ganttChart(actions, strategies, today, { language: 'es', currency: 'EUR' }, print, horizonEnd);
  if (!outcome.ok) throw new Error('expected a chart');
  return (outcome.chart.option as { series: Series[] }).series;
}

describe('the print Gantt and the plan horizon', () => {
  it('marks in print the days past the horizon of an action that ends after it, and draws the horizon line', () => {
    const [retention] = series(true, horizon);
    const late = Object.fromEntries(retention.data.map((d) => [d.name, d.value[4]]));
    expect(late).toEqual({ '1. Lanzar la tarjeta': 0, '2. Campaña de verano': (horizon + 1) * DAY, '3. Encuesta anual': 0 });
    expect(retention.markLine?.data).toEqual([{ xAxis: (horizon + 1) * DAY }]);
    expect(retention.markLine?.label.formatter).toBe('Fin del plan');
  });

  it('marks nothing on screen, without a horizon, or when every action ends in time', () => {
    for (const drawn of [series(false, horizon), series(true, null), series(true, epochDay(2026, 12, 31))]) {
      expect(drawn[0].data.every((d) => !(d.value[4] > 0))).toBe(true);
      expect(drawn[0].markLine?.label.formatter).not.toBe('Fin del plan');
    }
  });

  it('draws the late part of a bar in red after its own colour', () => {
    const api = {
      value: (i: number) => [0, 1000, 3000, 0, 2000][i],
      coord: ([x, row]: number[]) => [x / 10, row * 30 + 15],
      size: () => [0, 30],
      visual: () => '#123456',
    };
    const drawn = (renderGanttBar as unknown as (p: unknown, a: typeof api) => { type: string; children: { shape: { x: number; width: number }; style: { fill: string } }[] })({}, api);
    expect(drawn.type).toBe('group');
    expect(drawn.children.map((c) => [c.shape.x, c.shape.width, c.style.fill])).toEqual([[100, 200, '#123456'], [200, 100, LATE_COLOUR]]);
  });

  it('names the late actions under the chart in the document, with the horizon date', () => {
    const plan = createPlan({ name: 'Plan', company: 'Ñandú', sector: '', currency: 'EUR', language: 'es' }, 'p1', new Date('2026-01-01T00:00:00Z'));
    const section = { ...restoreImplementation(undefined), actions };
    const words = wordsFor('es', 'EUR');
    const blocks = implementationSection(plan, section, [{ ...strategies[0] } as never], today, words, '2026-06-30').blocks;
    const chart = blocks.findIndex((b) => b.kind === 'chart');
    expect(blocks[chart + 1]).toEqual({
      kind: 'paragraph',
      text: 'En rojo, los días después del fin del plan (30 de junio de 2026): la acción 2. Campaña de verano acaba más tarde.',
    });
    const inTime = implementationSection(plan, section, [{ ...strategies[0] } as never], today, words, '2026-12-31').blocks;
    expect(inTime.filter((b) => b.kind === 'paragraph' && b.text.startsWith('En rojo'))).toEqual([]);
  });
});
