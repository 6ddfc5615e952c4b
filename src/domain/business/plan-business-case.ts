import type { Action } from '../implementation/action';
import { budgetTotal } from '../implementation/budget';
import type { Figures } from '../metric-ids';
import type { Diagnosis } from '../metrics/diagnosis';
import type { SpecificObjective } from '../objectives/objective';
import { segmentKey } from '../strategies/segment-ref';
import type { Strategy } from '../strategies/strategy';
import { budgetByObjective, type ObjectiveBudgets } from './budget-by-objective';
import { businessCase, type BusinessCase } from './business-case';
import { objectiveValue } from './objective-value';
import { planHorizon, type PlanHorizon } from './plan-horizon';
import type { BusinessSettings } from './restore-business';
import { segmentFigures, type SegmentChurnSource } from './segment-figures';

export type BusinessDiagnosis = Pick<Diagnosis, 'figures' | 'customers' | 'notes' | 'params'>;

/** The figures an objective is valued with: its segment's own, or the whole base's. */
export interface ObjectiveFigures {
  figures: Figures;
  churnSource: SegmentChurnSource;
}

/** A reader of objective figures that computes each segment once. */
export function objectiveFiguresReader(diagnosis: BusinessDiagnosis | null) {
  const cache = new Map<string, ObjectiveFigures>();
  return (objective: Pick<SpecificObjective, 'segment'>): ObjectiveFigures | null => {
    if (!diagnosis) return null;
    if (!objective.segment) return { figures: diagnosis.figures, churnSource: 'segment' };
    const key = segmentKey(objective.segment);
    let found = cache.get(key);
    if (!found) cache.set(key, (found = segmentFigures(diagnosis, objective.segment)));
    return found;
  };
}

export interface PlanBusinessInput {
  objectives: readonly SpecificObjective[];
  horizonEnd: string;
  actions: readonly Action[];
  strategies: readonly Pick<Strategy, 'id' | 'objectiveIds'>[];
  diagnosis: BusinessDiagnosis | null;
  settings: BusinessSettings;
  /** ISO date: the horizon starts today when no action has a date. */
  today: string;
  /** A reader kept between calls, so that each segment's figures are computed once per diagnosis. */
  figuresOf?: ReturnType<typeof objectiveFiguresReader>;
}

export interface PlanBusinessCase extends BusinessCase {
  horizon: PlanHorizon;
  budgets: ObjectiveBudgets;
  /** The figures each objective was valued with, by objective id. */
  figures: ReadonlyMap<string, ObjectiveFigures | null>;
}

/** The business case of a plan as stored: step 2's objectives, step 5's budget, the diagnosis of step 1. */
export function planBusinessCase(input: PlanBusinessInput): PlanBusinessCase {
  const read = input.figuresOf ?? objectiveFiguresReader(input.diagnosis);
  const figures = new Map(input.objectives.map((o) => [o.id, read(o)]));
  const horizon = planHorizon(input.actions, input.horizonEnd, input.today);
  const result = businessCase({
    lines: input.objectives.map((objective) => ({ objective, result: objectiveValue(objective, figures.get(objective.id)?.figures ?? null) })),
    budget: budgetTotal(input.actions),
    horizonMonths: horizon.months,
    optimisticReach: input.settings.optimisticReach,
  });
  const budgets = budgetByObjective(input.actions, input.strategies, input.objectives.map((o) => o.id));
  return { ...result, horizon, budgets, figures };
}
