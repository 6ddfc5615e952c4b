/** The parts of steps 2, 5 and 6, in the order of their local navigation (step 1's: diagnosis/diagnosis-parts.ts). */
export const STEP_PARTS = {
  objectives: ['general', 'specific'],
  implementation: ['actions', 'calendar', 'budget', 'business', 'rollout'],
  evaluation: ['indicators', 'measurements', 'returns'],
} as const;

export type SteppedStep = keyof typeof STEP_PARTS;
export type StepPart<S extends SteppedStep> = (typeof STEP_PARTS)[S][number];

/** The part a link names, or `fallback` (the step's first part unless said) when the link names none it has. */
export function stepPart<S extends SteppedStep>(step: S, requested: string | undefined, fallback?: StepPart<S>): StepPart<S> {
  const parts: readonly string[] = STEP_PARTS[step];
  return (parts.includes(requested ?? '') ? requested : (fallback ?? parts[0])) as StepPart<S>;
}
