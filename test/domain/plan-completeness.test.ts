import { describe, expect, it } from 'vitest';
import { epochDay } from '../../src/domain/dates';
import { COMPLETENESS_ITEMS, planCompleteness, type CompletenessItemId } from '../../src/domain/plan-completeness';
import { planSections } from '../../src/domain/plan-sections';
import { buildSampleBundle } from '../../src/domain/sample/sample-bundle';
import { STEP_IDS, type StepId } from '../../src/domain/steps';

/** A plan's answers and its stored sections, as completeness reads them. */
const plan = (fields: Record<string, string>, sections: Record<string, unknown>) => ({ fields, sections: planSections({ sections }) });
const empty = plan({}, {});
const noData = { datasets: [] };

function item(result: ReturnType<typeof planCompleteness>, step: StepId, id: CompletenessItemId) {
  return result[step].items.find((i) => i.id === id);
}

const objective = (id: string, changes: Record<string, unknown> = {}) => ({
  id, metric: 'churn_rate', unit: '%', baseline: 0.2, baselineDate: '2026-01-01', target: 0.15, direction: 'lower',
  deadline: '2026-12-31', owner: 'Ana', description: 'Menos bajas', linkedToGeneral: true, ...changes,
});
const strategy = (id: string, objectiveIds: string[], changes: Record<string, unknown> = {}) => ({
  id, family: 'retention', name: 'Club', segments: [{ kind: 'abc', key: 'A' }], objectiveIds, channels: ['email'],
  offer: '', messages: [], responseProtocol: '', learningGoal: '', notes: '', ...changes,
});
const action = (id: string, strategyId: string, changes: Record<string, unknown> = {}) => ({
  id, strategyId, name: 'Correo', owner: 'Ana', start: '2026-02-01', end: '2026-02-10', budget: 100, status: 'planned', ...changes,
});

describe('planCompleteness', () => {
  it('lists every item of every step, none done, for a new plan', () => {
    const result = planCompleteness(empty, noData);
    for (const step of STEP_IDS) {
      expect(result[step].items.map((i) => i.id)).toEqual(COMPLETENESS_ITEMS[step]);
      expect(result[step].complete).toBe(false);
    }
    expect(item(result, 'diagnosis', 'questions-answered')).toEqual({ id: 'questions-answered', done: false, missing: 6 });
    // With no objective yet, none lacks a target, but "every objective is measurable" is not done either.
    expect(result.objectives.done).toBe(0);
    expect(item(result, 'objectives', 'objectives-measurable')).toEqual({ id: 'objectives-measurable', done: false, missing: 0 });
  });

  it('counts the datasets imported and the questions answered', () => {
    const result = planCompleteness(plan({ 'diagnosis.needs': 'Pan', 'diagnosis.whyPreferUs': '  ' }, {}), { datasets: ['transactions'] });
    expect(item(result, 'diagnosis', 'sales-imported')?.done).toBe(true);
    expect(item(result, 'diagnosis', 'customers-imported')?.done).toBe(false);
    expect(item(result, 'diagnosis', 'questions-answered')?.missing).toBe(5);
  });

  it.each<[string, Record<string, unknown>, StepId, CompletenessItemId, number]>([
    ['an objective without a target', { objectives: { specific: [objective('o1', { target: null }), objective('o2')] } }, 'objectives', 'objectives-measurable', 1],
    ['an objective without a deadline', { objectives: { specific: [objective('o1', { deadline: '' })] } }, 'objectives', 'objectives-dated', 1],
    ['objectives not linked to the general one', { objectives: { specific: [objective('o1', { linkedToGeneral: false }), objective('o2', { linkedToGeneral: false })] } }, 'objectives', 'objectives-linked', 2],
    ['an objective no strategy serves', { objectives: { specific: [objective('o1'), objective('o2')] }, strategies: { strategies: [strategy('s1', ['o1'])] } }, 'strategies', 'objectives-served', 1],
    ['a strategy without segments', { strategies: { strategies: [strategy('s1', [], { segments: [] })] } }, 'strategies', 'strategies-targeted', 1],
    ['only internal audiences', { dissemination: { audiences: [{ id: 'a', kind: 'employees', message: 'Hola' }] } }, 'dissemination', 'external-audience', 1],
    ['an audience with nothing to tell', { dissemination: { audiences: [{ id: 'a', kind: 'customers', message: '' }] } }, 'dissemination', 'audiences-told', 1],
    ['an action without dates', { implementation: { actions: [action('a1', 's1', { end: '' })] } }, 'implementation', 'actions-scheduled', 1],
    ['a strategy without actions', { strategies: { strategies: [strategy('s1', []), strategy('s2', [])] }, implementation: { actions: [action('a1', 's1')] } }, 'implementation', 'strategies-acted', 1],
    ['a strategy whose only action was cancelled', { strategies: { strategies: [strategy('s1', [])] }, implementation: { actions: [action('a1', 's1', { status: 'cancelled' })] } }, 'implementation', 'strategies-acted', 1],
    ['actions all without budget', { implementation: { actions: [action('a1', '', { budget: 0 })] } }, 'implementation', 'budget', 1],
    ['an objective without a KPI', { objectives: { specific: [objective('o1')] }, evaluation: { kpis: [] } }, 'evaluation', 'objectives-followed', 1],
    ['a KPI without a target', { evaluation: { kpis: [{ id: 'k', name: 'Visitas', target: null }] } }, 'evaluation', 'kpis-targeted', 1],
  ])('finds %s', (_, sections, step, id, missing) => {
    const found = item(planCompleteness(plan({}, sections), noData), step, id);
    expect(found).toEqual({ id, done: false, missing });
  });

  it('finds the sample plan complete in every step', () => {
    const built = buildSampleBundle({ language: 'es', today: epochDay(2026, 5, 20), seed: 3 });
    if (!built.ok) throw new Error(built.error.code);
    const { fields, sections } = built.value.content;
    const result = planCompleteness(plan(fields, { ...sections }), { datasets: ['transactions', 'customers'] });
    for (const step of STEP_IDS) expect(result[step].items.filter((i) => !i.done), step).toEqual([]);
  }, 30_000);
});
