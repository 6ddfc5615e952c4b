import { describe, expect, it } from 'vitest';
import { businessChart } from '../../src/charts/business-option';
import { planBusinessCase } from '../../src/domain/business/plan-business-case';
import type { SpecificObjective } from '../../src/domain/objectives/objective';
import { businessWords } from '../../src/i18n/business-words';

const objective = (id: string, metric: SpecificObjective['metric'], baseline: number, target: number): SpecificObjective => ({
  id, metric, unit: metric === 'churn_rate' ? '%' : 'customers', baseline, target, baselineDate: '2026-01-01', direction: 'raise',
  deadline: '', owner: '', description: '', linkedToGeneral: false,
});

const figures = { customers_total: 100, active_customers: 50, clv_discounted: 100, margin_rate: 0.3 };
const diagnosis = { figures, customers: [], notes: [], params: { discountRate: 0.1 } } as never;
const objectives = [objective('churn', 'churn_rate', 0.3, 0.2), objective('active', 'active_customers', 50, 70)];
const result = planBusinessCase({
  objectives, horizonEnd: '2026-12-31', diagnosis, settings: { optimisticReach: 1.2 }, today: '2026-01-01',
  actions: [
    { id: 'a', strategyId: 's', name: '', owner: '', start: '2026-01-01', end: '2026-02-01', budget: 900, status: 'planned' },
    { id: 'b', strategyId: '', name: '', owner: '', start: '2026-01-01', end: '2026-02-01', budget: 100, status: 'planned' },
  ],
  strategies: [{ id: 's', objectiveIds: ['churn', 'active'] }],
});

describe('businessChart', () => {
  const outcome = businessChart(result, objectives, businessWords('es', 'EUR'));
  if (!outcome.ok) throw new Error('no chart');
  const { chart } = outcome;

  it('draws value and budget per objective, the actions without objective on their own row, plan order from the top', () => {
    const option = chart.option as { yAxis: { data: string[] }; series: { data: unknown[] }[] };
    expect(option.yAxis.data.map((s) => s.replace(/\n/g, ' '))).toEqual(['Acciones sin objetivo', 'O2 · Clientes activos', 'O1 · Tasa de deserción']);
    expect(option.series[1].data).toEqual([100, 450, 450]);
    expect(option.series[0].data[0]).toBeNull();
  });

  it('marks the objective left out for overlap, in the bars and in the table', () => {
    const option = chart.option as { series: { data: ({ value: number; itemStyle: { color: string } } | null)[] }[] };
    const [, active, churn] = option.series[0].data;
    expect(active?.value).toBe(2000);
    expect(churn?.value).toBeCloseTo(500, 9);
    expect(churn?.itemStyle.color).not.toBe(active?.itemStyle.color);
    expect(chart.table.rows.map((r) => (typeof r[0] === 'string' ? r[0] : r[0].text))).toEqual([
      'O1 · Tasa de deserción (no se suma)', 'O2 · Clientes activos', 'Acciones sin objetivo', 'Total del plan',
    ]);
    expect(chart.reading).toMatch(/2000|2\.000/);
  });

  it('says why there is no chart without objectives', () => {
    const empty = businessChart({ ...result, lines: [] }, [], businessWords('es', 'EUR'));
    expect(empty).toMatchObject({ ok: false, reason: expect.stringMatching(/objetivos específicos/) });
  });
});
