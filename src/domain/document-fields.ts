import type { StepId } from './steps';

/** The plan field holding the planner's executive summary (in `plan.fields`). */
export const EXECUTIVE_SUMMARY_FIELD = 'plan.executiveSummary';

/** The plan field holding the planner's conclusions for a step (in `plan.fields`). */
export function conclusionsField(step: StepId): string {
  return `${step}.conclusions`;
}
