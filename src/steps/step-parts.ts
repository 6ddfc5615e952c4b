/** The parts of steps 5 and 6, in the order of their local navigation (step 1's: diagnosis/diagnosis-parts.ts). */
export const STEP_PARTS = {
  implementation: ['actions', 'calendar', 'budget', 'business', 'rollout'],
  evaluation: ['indicators', 'measurements', 'returns'],
} as const;

export type SteppedStep = keyof typeof STEP_PARTS;
export type StepPart<S extends SteppedStep> = (typeof STEP_PARTS)[S][number];

/** The part a link names, or the step's first part when the link names none (or one it does not have). */
export function stepPart<S extends SteppedStep>(step: S, requested: string | undefined): StepPart<S> {
  const parts: readonly string[] = STEP_PARTS[step];
  return (parts.includes(requested ?? '') ? requested : parts[0]) as StepPart<S>;
}
