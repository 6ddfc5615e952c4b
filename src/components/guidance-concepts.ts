import type { StepId } from '../domain/steps';

/**
 * A concept a step's guide explains: texts `guidance.concept.<id>.title`, `.body`, `.example`,
 * and, for a concept made of steps or levels, `.item1` … `.item<items>`.
 */
export interface GuidanceConcept {
  id: string;
  items?: number;
}

/** The concepts of each step's guide, in reading order. */
export const STEP_CONCEPTS: Record<StepId, readonly GuidanceConcept[]> = {
  diagnosis: [{ id: 'pyramid' }, { id: 'customerTypes' }, { id: 'churn' }, { id: 'value' }, { id: 'dataLevels', items: 5 }, { id: 'database' }],
  objectives: [{ id: 'general' }, { id: 'smart' }],
  strategies: [{ id: 'families' }, { id: 'multichannel', items: 7 }, { id: 'alliances' }],
  dissemination: [{ id: 'audiences' }, { id: 'conditions' }],
  implementation: [{ id: 'actionPlan' }, { id: 'crmRollout' }],
  evaluation: [{ id: 'kpis' }, { id: 'controlRatios' }, { id: 'roi' }],
};
