import type { StepId } from '../domain/steps';

/** The concepts each step's guide explains, in reading order; texts are `guidance.concept.<id>.*`. */
export const STEP_CONCEPTS: Record<StepId, readonly string[]> = {
  diagnosis: ['pyramid', 'customerTypes', 'churn', 'value', 'dataLevels', 'database'],
  objectives: ['general', 'smart'],
  strategies: ['families', 'multichannel', 'alliances'],
  dissemination: ['audiences', 'conditions'],
  implementation: ['actionPlan', 'crmRollout'],
  evaluation: ['kpis', 'controlRatios', 'roi'],
};
