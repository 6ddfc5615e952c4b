import { getContext, setContext } from 'svelte';
import type { DatasetKind } from '../domain/dataset';
import { planCompleteness, type StepCompleteness } from '../domain/plan-completeness';
import { sectionsReader, type PlanSection, type SectionName } from '../domain/plan-sections';
import { fieldKey, STEP_FIELDS, type StepId } from '../domain/steps';

/** What a step's header needs of the open plan: its content with unsaved typing, and the files imported. */
export interface PlanView {
  /** The free-text answer `<step>.<question>`. */
  text(key: string): string;
  /** A section as stored or drafted, restored. */
  section<N extends SectionName>(name: N): PlanSection<N>;
  readonly datasets: readonly DatasetKind[];
}

const KEY = Symbol('plan-view');

export function setPlanView(view: PlanView): void {
  setContext(KEY, view);
}

/** Inside a plan page; undefined for a component rendered alone. */
export function getPlanView(): PlanView | undefined {
  return getContext<PlanView | undefined>(KEY);
}

/** The completeness of every step of the plan the view shows. */
export function viewCompleteness(view: PlanView): Record<StepId, StepCompleteness> {
  const fields = Object.fromEntries(STEP_FIELDS.diagnosis.map((f) => [fieldKey('diagnosis', f), view.text(fieldKey('diagnosis', f))]));
  return planCompleteness({ fields, sections: sectionsReader((name) => view.section(name)) }, { datasets: view.datasets });
}
