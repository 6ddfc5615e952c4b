import type { Figures, MetricId } from '../metric-ids';
import type { SpecificObjective } from '../objectives/objective';
import { businessFormula } from './business-formulas';

/** One figure of the formula, as the planner reads it: «1.148 clientes activos». */
export interface ValueFactor {
  metric: MetricId;
  value: number;
}

/** What the planner should know about a value that was computed: nothing, no change, or the wrong way. */
export type ValueFlag = 'none' | 'no-change' | 'wrong-way';

/** Why an objective has no value yet, and what would give it one. */
export type ValueIssue =
  | { code: 'no-diagnosis' }
  | { code: 'no-baseline' }
  | { code: 'no-target' }
  | { code: 'empty-segment' }
  /** The segment's data do not give this figure (no active customers, no churn…). */
  | { code: 'missing-figure'; metric: MetricId }
  /** No formula: the planner has not typed the value yet. */
  | { code: 'needs-typed-value' };

export type ObjectiveValue =
  | {
      ok: true;
      source: 'formula';
      value: number;
      /** sign · (t − b): what the objective moves, in the metric's own unit (a share as a fraction). */
      change: number;
      factors: ValueFactor[];
      flag: ValueFlag;
    }
  | { ok: true; source: 'typed'; value: number; reason: string; flag: ValueFlag }
  | { ok: false; issue: ValueIssue };

type ValuedObjective = Pick<SpecificObjective, 'metric' | 'baseline' | 'target' | 'plannerValue' | 'plannerReason'>;

const flagOf = (value: number, moved: boolean): ValueFlag => (!moved ? 'no-change' : value < 0 ? 'wrong-way' : 'none');

/**
 * The expected value of reaching an objective, with the figures of the objective's own
 * segment (the whole base's when it has none). A metric with a formula: sign · (t − b) ·
 * the factors (METRICS.md table); a target equal to the baseline is worth 0 and a target the
 * wrong way is negative, both flagged. Any other metric: the planner's typed value, never an
 * invented one. `figures` null: there is no diagnosis.
 */
export function objectiveValue(objective: ValuedObjective, figures: Figures | null): ObjectiveValue {
  const formula = businessFormula(objective.metric);
  if (!formula) {
    const typed = objective.plannerValue;
    if (typed === undefined || !Number.isFinite(typed)) return { ok: false, issue: { code: 'needs-typed-value' } };
    return { ok: true, source: 'typed', value: typed, reason: objective.plannerReason?.trim() ?? '', flag: flagOf(typed, typed !== 0) };
  }
  if (figures === null) return { ok: false, issue: { code: 'no-diagnosis' } };
  if (figures.customers_total === 0) return { ok: false, issue: { code: 'empty-segment' } };
  const { baseline, target } = objective;
  if (baseline === null) return { ok: false, issue: { code: 'no-baseline' } };
  if (target === null) return { ok: false, issue: { code: 'no-target' } };
  const factors: ValueFactor[] = [];
  for (const metric of formula.factors) {
    const value = figures[metric];
    if (value === undefined || !Number.isFinite(value)) return { ok: false, issue: { code: 'missing-figure', metric } };
    factors.push({ metric, value });
  }
  const change = formula.sign * (target - baseline);
  // `|| 0`: a churn target equal to its baseline gives −0, shown as «-0 €».
  const value = factors.reduce((product, f) => product * f.value, change) || 0;
  return { ok: true, source: 'formula', value, change, factors, flag: flagOf(value, target !== baseline) };
}
