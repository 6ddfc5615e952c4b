import type { DatasetKind } from './dataset';
import { isoToEpochDay } from './dates';
import { AUDIENCE_SCOPE } from './dissemination/audience';
import type { Plan } from './plan';
import type { PlanSections } from './plan-sections';
import { fieldKey, STEP_FIELDS, STEP_IDS, type StepId } from './steps';

/** What a complete plan has, step by step; the UI translates `completeness.<id>`. */
export const COMPLETENESS_ITEMS = {
  diagnosis: ['sales-imported', 'customers-imported', 'questions-answered'],
  objectives: ['general-objective', 'specific-objective', 'objectives-measurable', 'objectives-dated', 'objectives-linked'],
  strategies: ['strategy', 'objectives-served', 'strategies-targeted'],
  dissemination: ['internal-audience', 'external-audience', 'audiences-told'],
  implementation: ['action', 'actions-scheduled', 'actions-owned', 'budget', 'strategies-acted'],
  evaluation: ['objectives-followed', 'kpis-targeted', 'control-ratio'],
} as const satisfies Record<StepId, readonly string[]>;

export type CompletenessItemId = (typeof COMPLETENESS_ITEMS)[StepId][number];

export interface CompletenessItem {
  id: CompletenessItemId;
  done: boolean;
  /** How many things still lack it (questions unanswered, objectives without a target…); 0 when done. */
  missing: number;
}

export interface StepCompleteness {
  step: StepId;
  items: CompletenessItem[];
  done: number;
  total: number;
  complete: boolean;
}

/** What the plan record does not hold: the datasets imported for it. */
export interface CompletenessFacts {
  datasets: readonly DatasetKind[];
}

/** What completeness reads of a plan: its answers and its sections, restored once by the caller. */
export interface CompletenessInput {
  fields: Plan['fields'];
  sections: Pick<PlanSections, 'objectives' | 'strategies' | 'dissemination' | 'implementation' | 'evaluation'>;
}

/** Per item: how many things lack it, among how many it applies to (a yes/no item applies to 1). */
type Checks = Record<CompletenessItemId, { missing: number; of: number }>;

/**
 * For each step, what a complete plan has and whether this one has it, with how many things
 * still lack each item. Reads the restored sections (see `planSections`), so a
 * plan with nothing stored gets every item to do: an item about every objective (or strategy,
 * action…) is not done while there is none. Pure.
 */
export function planCompleteness(plan: CompletenessInput, facts: CompletenessFacts): Record<StepId, StepCompleteness> {
  const missing = missingByItem(plan, facts);
  const result = {} as Record<StepId, StepCompleteness>;
  for (const step of STEP_IDS) {
    const items = COMPLETENESS_ITEMS[step].map((id): CompletenessItem => ({
      id,
      done: missing[id].missing === 0 && missing[id].of > 0,
      missing: missing[id].missing,
    }));
    const done = items.filter((i) => i.done).length;
    result[step] = { step, items, done, total: items.length, complete: done === items.length };
  }
  return result;
}

function missingByItem(plan: CompletenessInput, facts: CompletenessFacts): Checks {
  const objectives = plan.sections.objectives;
  const strategies = plan.sections.strategies.strategies;
  const audiences = plan.sections.dissemination.audiences;
  const actions = plan.sections.implementation.actions.filter((a) => a.status !== 'cancelled');
  const kpis = plan.sections.evaluation.kpis;
  const specific = objectives.specific;
  const count = <T>(items: readonly T[], lacks: (item: T) => boolean) => ({ missing: items.filter(lacks).length, of: items.length });
  const has = (yes: boolean) => ({ missing: yes ? 0 : 1, of: 1 });
  const none = (items: readonly unknown[]) => has(items.length > 0);
  const blank = (text: string) => text.trim() === '';
  const served = new Set(strategies.flatMap((s) => s.objectiveIds));
  const acted = new Set(actions.map((a) => a.strategyId));
  const followed = new Set(kpis.map((k) => k.objectiveId));
  const general = objectives.general;

  return {
    'sales-imported': has(facts.datasets.includes('transactions')),
    'customers-imported': has(facts.datasets.includes('customers')),
    'questions-answered': count(STEP_FIELDS.diagnosis, (f) => blank(plan.fields[fieldKey('diagnosis', f)] ?? '')),
    'general-objective': has(!blank(general.sentence) || !blank(general.what)),
    'specific-objective': none(specific),
    'objectives-measurable': count(specific, (o) => o.baseline === null || o.target === null),
    'objectives-dated': count(specific, (o) => isoToEpochDay(o.deadline) === null),
    'objectives-linked': count(specific, (o) => !o.linkedToGeneral),
    strategy: none(strategies),
    'objectives-served': count(specific, (o) => !served.has(o.id)),
    'strategies-targeted': count(strategies, (s) => s.segments.length === 0 || s.channels.length === 0),
    'internal-audience': has(audiences.some((a) => AUDIENCE_SCOPE[a.kind] === 'internal')),
    'external-audience': has(audiences.some((a) => AUDIENCE_SCOPE[a.kind] === 'external')),
    'audiences-told': count(audiences, (a) => blank(a.message)),
    action: none(actions),
    'actions-scheduled': count(actions, (a) => isoToEpochDay(a.start) === null || isoToEpochDay(a.end) === null),
    'actions-owned': count(actions, (a) => blank(a.owner)),
    budget: has(actions.some((a) => a.budget > 0)),
    'strategies-acted': count(strategies, (s) => !acted.has(s.id)),
    'objectives-followed': count(specific, (o) => !followed.has(o.id)),
    'kpis-targeted': count(kpis, (k) => k.target === null),
    'control-ratio': has(kpis.some((k) => k.ratio !== undefined)),
  };
}
