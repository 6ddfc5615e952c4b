import type { SpecificObjective } from '../objectives/objective';
import { segmentKey } from '../strategies/segment-ref';
import { businessFormula } from './business-formulas';
import type { ObjectiveValue } from './objective-value';

/** One objective in the business case: its value, and whether it is added to the plan's. */
export interface ObjectiveLine {
  objective: Pick<SpecificObjective, 'id' | 'metric' | 'segment'>;
  result: ObjectiveValue;
  /** False when an overlapping objective on the same customers is worth more (or it has no value). */
  counted: boolean;
  /** The id of the larger objective on the same customers that counts instead of this one. */
  overlappedBy?: string;
}

export const SCENARIOS = ['pessimistic', 'base', 'optimistic'] as const;
export type ScenarioId = (typeof SCENARIOS)[number];

/** Each target reached at `reach` (0.5, 1, the planner's optimistic figure). */
export interface Scenario {
  id: ScenarioId;
  reach: number;
  value: number;
  /** Null without a budget. */
  roi: number | null;
  /** Null without a budget, or when the value never covers it within the horizon. */
  paybackMonths: number | null;
}

/** What the business case lacks to give a figure, for a sentence on screen. */
export type BusinessGap = 'no-objectives' | 'no-values' | 'no-budget';

export interface BusinessCase {
  lines: ObjectiveLine[];
  value: number;
  budget: number;
  roi: number | null;
  paybackMonths: number | null;
  horizonMonths: number;
  scenarios: Scenario[];
  gaps: BusinessGap[];
}

export interface BusinessCaseInput {
  lines: readonly Omit<ObjectiveLine, 'counted' | 'overlappedBy'>[];
  budget: number;
  horizonMonths: number;
  /** The optimistic scenario's reach, 1.2 by default. */
  optimisticReach: number;
}

export const PESSIMISTIC_REACH = 0.5;
export const DEFAULT_OPTIMISTIC_REACH = 1.2;

/** The plan's return on its budget: (value − budget) / budget; null without a budget. */
export function roi(value: number, budget: number): number | null {
  return budget > 0 ? (value - budget) / budget : null;
}

/**
 * Months of the horizon until the value, spread evenly over it, covers the budget:
 * the least whole k with value · k / horizon ≥ budget; null without a budget, without a
 * positive value, or when it takes longer than the horizon.
 */
export function paybackMonths(value: number, budget: number, horizonMonths: number): number | null {
  if (!(budget > 0) || !(value > 0) || !(horizonMonths > 0)) return null;
  // The tolerance keeps an exact cover (value = budget) from landing a month late on rounding.
  const months = Math.max(1, Math.ceil((budget * horizonMonths) / value - 1e-9));
  return months <= horizonMonths ? months : null;
}

const countsCustomers = (line: Pick<ObjectiveLine, 'objective'>) => businessFormula(line.objective.metric)?.countsCustomers ?? false;

/** Same customers: both count customers and share a segment, or one of them is on the whole base. */
function overlap(a: Pick<ObjectiveLine, 'objective'>, b: Pick<ObjectiveLine, 'objective'>): boolean {
  if (!countsCustomers(a) || !countsCustomers(b)) return false;
  const sa = a.objective.segment;
  const sb = b.objective.segment;
  return !sa || !sb || segmentKey(sa) === segmentKey(sb);
}

/**
 * Which objectives count: every one with a value, except that of objectives on the same
 * customers (churn, retention, active customers on one segment, or on a segment and the whole
 * base) only the largest counts; the others name the one that counts instead. Ties keep the
 * first in the plan's order.
 */
export function countedLines(lines: readonly Omit<ObjectiveLine, 'counted' | 'overlappedBy'>[]): ObjectiveLine[] {
  const out: ObjectiveLine[] = lines.map((line) => ({ ...line, counted: line.result.ok }));
  const byValue = out
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.result.ok && countsCustomers(line))
    .sort((a, b) => valueOf(b.line) - valueOf(a.line) || a.index - b.index);
  const kept: ObjectiveLine[] = [];
  for (const { line } of byValue) {
    const larger = kept.find((k) => overlap(k, line));
    if (larger) {
      line.counted = false;
      line.overlappedBy = larger.objective.id;
    } else kept.push(line);
  }
  return out;
}

const valueOf = (line: ObjectiveLine) => (line.result.ok ? line.result.value : 0);

/**
 * The plan's business case (METRICS.md): `business_value` = Σ counted objective values,
 * `business_budget`, `business_roi`, `business_payback_months`, and the three scenarios with
 * every target reached at 50 %, 100 % and the planner's optimistic figure (every value is
 * linear in the change, so a scenario scales it).
 */
export function businessCase(input: BusinessCaseInput): BusinessCase {
  const lines = countedLines(input.lines);
  const value = lines.reduce((sum, line) => sum + (line.counted ? valueOf(line) : 0), 0);
  const { budget, horizonMonths } = input;
  const scenario = (id: ScenarioId, reach: number): Scenario => ({
    id, reach, value: value * reach, roi: roi(value * reach, budget), paybackMonths: paybackMonths(value * reach, budget, horizonMonths),
  });
  const gaps: BusinessGap[] = [];
  if (lines.length === 0) gaps.push('no-objectives');
  else if (!lines.some((line) => line.counted)) gaps.push('no-values');
  if (!(budget > 0)) gaps.push('no-budget');
  return {
    lines,
    value,
    budget,
    roi: roi(value, budget),
    paybackMonths: paybackMonths(value, budget, horizonMonths),
    horizonMonths,
    scenarios: [
      scenario('pessimistic', PESSIMISTIC_REACH),
      scenario('base', 1),
      scenario('optimistic', input.optimisticReach),
    ],
    gaps,
  };
}
