export const STEP_IDS = [
  'diagnosis', 'objectives', 'strategies', 'dissemination', 'implementation', 'evaluation',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The free-text questions a planner answers in each step, in the order they are shown. */
export const STEP_FIELDS: Record<StepId, readonly string[]> = {
  diagnosis: ['whoAreCustomers', 'whyPreferUs', 'potentialCustomers', 'whyCustomersLeave', 'needs', 'databaseState'],
  objectives: ['generalWhat', 'generalWhere', 'generalWhatFor', 'specificObjectives'],
  strategies: ['acquisition', 'retention', 'extension', 'recovery', 'alliances'],
  dissemination: ['internalAudiences', 'externalAudiences', 'conditions'],
  implementation: ['actions', 'owners', 'calendar', 'budget'],
  evaluation: ['kpis', 'measurements', 'controlRatios'],
};

export function stepNumber(step: StepId): number {
  return STEP_IDS.indexOf(step) + 1;
}

export function stepByNumber(n: number): StepId | null {
  return STEP_IDS[n - 1] ?? null;
}

export function fieldKey(step: StepId, field: string): string {
  return `${step}.${field}`;
}
