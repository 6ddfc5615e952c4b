/** The parts of step 1, in the order of its local navigation; the questions always last. */
export const DIAGNOSIS_PARTS = ['data', 'figures', 'charts', 'quality', 'advanced', 'questions'] as const;
export type DiagnosisPart = (typeof DIAGNOSIS_PARTS)[number];

/** Parts that show nothing of their own until the plan has data. */
export const PARTS_NEEDING_DATA: ReadonlySet<DiagnosisPart> = new Set(['figures', 'charts', 'quality', 'advanced']);

export function isDiagnosisPart(part: string | undefined): part is DiagnosisPart {
  return (DIAGNOSIS_PARTS as readonly string[]).includes(part ?? '');
}

/**
 * The part a link names, or, without one, where a planner most likely wants to be: the import
 * while a file is being reviewed or there is no data yet, the figures once there are.
 */
export function currentPart(requested: string | undefined, state: { reviewing: boolean; hasData: boolean }): DiagnosisPart {
  if (isDiagnosisPart(requested)) return requested;
  return state.reviewing || !state.hasData ? 'data' : 'figures';
}
