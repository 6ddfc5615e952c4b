import { describe, expect, it } from 'vitest';
import { budgetByObjective } from '../../../src/domain/business/budget-by-objective';
import { planBusinessCase } from '../../../src/domain/business/plan-business-case';
import { planHorizon } from '../../../src/domain/business/plan-horizon';
import { restoreBusiness } from '../../../src/domain/business/restore-business';
import type { Action } from '../../../src/domain/implementation/action';
import { diagnose } from '../../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../../src/domain/metrics/params';
import { createObjective } from '../../../src/domain/objectives/objective';
import { restoreObjectives } from '../../../src/domain/objectives/restore-objectives';
import { day, transactionTable } from '../metrics/tables';
import { WORKED_EXAMPLE } from '../metrics/worked-example';

const action = (id: string, strategyId: string, budget: number, start = '2026-01-01', status: Action['status'] = 'planned'): Action =>
  ({ id, strategyId, name: id, owner: '', start, end: '2026-02-01', budget, status });

describe('planHorizon', () => {
  it('runs from the first action to the horizon end, in whole months rounded up', () => {
    expect(planHorizon([action('a', '', 1, '2026-01-15'), action('b', '', 1, '2026-01-01')], '2026-12-31', '2025-06-01'))
      .toEqual({ start: '2026-01-01', end: '2026-12-31', months: 12, assumed: false });
    expect(planHorizon([action('a', '', 1, '2026-01-01')], '2027-01-02', '2025-06-01').months).toBe(13);
  });
  it('assumes 12 months from today without a horizon end after the start, and says so', () => {
    expect(planHorizon([], '', '2026-03-31')).toEqual({ start: '2026-03-31', end: '2027-03-31', months: 12, assumed: true });
    expect(planHorizon([action('a', '', 1, '2026-05-01')], '2026-01-01', '2026-03-31').assumed).toBe(true);
  });
});

describe('budgetByObjective', () => {
  it('splits each strategy\'s budget evenly among the objectives it serves; the rest is unassigned', () => {
    const budgets = budgetByObjective(
      [action('a', 's1', 600), action('b', 's2', 300), action('c', '', 100), action('d', 's1', 900, '2026-01-01', 'cancelled')],
      [{ id: 's1', objectiveIds: ['o1', 'o2', 'gone'] }, { id: 's2', objectiveIds: [] }],
      ['o1', 'o2'],
    );
    expect(budgets).toEqual({ byObjective: { o1: 300, o2: 300 }, unassigned: 400 });
  });
});

describe('restoreBusiness', () => {
  it.each([[undefined, 1.2], [{ optimisticReach: 1.5 }, 1.5], [{ optimisticReach: 0.4 }, 1.2], [{ optimisticReach: 'x' }, 1.2], [{ optimisticReach: 9 }, 1.2]])(
    '%j → %d', (raw, reach) => expect(restoreBusiness(raw).optimisticReach).toBe(reach),
  );
});

describe('restoreObjectives keeps the planner\'s value and reason', () => {
  it('reads them back, and drops a value that is not a number', () => {
    const base = createObjective({ id: 'o', metric: 'share_of_wallet', figures: {}, asOf: '2026-01-01' });
    const restored = restoreObjectives({ specific: [{ ...base, plannerValue: 1500, plannerReason: 'Tartas' }, { ...base, id: 'p', plannerValue: 'mucho' }] });
    expect(restored.specific[0]).toMatchObject({ plannerValue: 1500, plannerReason: 'Tartas' });
    expect('plannerValue' in restored.specific[1]).toBe(false);
  });
});

describe('planBusinessCase on the worked example', () => {
  const params = { ...DEFAULT_PARAMS, analysisDate: day('2025-12-31'), periodMonths: 12, margin: 0.3, discountRate: 0.1 };
  const diagnosis = diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers: null }, params);
  const churn = { ...createObjective({ id: 'churn', metric: 'churn_rate', figures: diagnosis.figures, asOf: '2025-12-31' }), target: 0.2 };

  it('is worth 31.1143… for a budget of 20: ROI 0.5557…', () => {
    const result = planBusinessCase({
      objectives: [churn], horizonEnd: '2026-12-31', actions: [action('a', 's', 20)], strategies: [{ id: 's', objectiveIds: ['churn'] }],
      diagnosis, settings: { optimisticReach: 1.2 }, today: '2026-01-01',
    });
    expect(result.value).toBeCloseTo(31.1142857, 6);
    expect(result.budget).toBe(20);
    expect(result.roi).toBeCloseTo(0.5557142857, 9);
    expect(result.horizon.months).toBe(12);
    expect(result.paybackMonths).toBe(8);
    expect(result.budgets.byObjective).toEqual({ churn: 20 });
  });

  it('values an objective on a segment with that segment\'s figures', () => {
    const onA = { ...churn, id: 'a', segment: { kind: 'abc' as const, key: 'A' }, metric: 'revenue_per_customer' as const, baseline: 250, target: 260 };
    const result = planBusinessCase({ objectives: [onA], horizonEnd: '', actions: [], strategies: [], diagnosis, settings: { optimisticReach: 1.2 }, today: '2026-01-01' });
    expect(result.lines[0].result).toMatchObject({ ok: true, value: 10 * 2 * 0.3 });
    expect(result.gaps).toEqual(['no-budget']);
  });
});
