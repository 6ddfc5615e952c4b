/** The parts of the analysis that follows a read, in order. */
export const ANALYSIS_STAGES = ['grouping', 'figures', 'sending'] as const;
/** The parts of the data-quality overview of a customers file, in order. */
export const QUALITY_STAGES = ['profile', 'levels', 'duplicates'] as const;

export type WorkStage = (typeof ANALYSIS_STAGES)[number] | (typeof QUALITY_STAGES)[number];

/**
 * A part of a long piece of work, as it starts: `total` is what it goes through (rows, customers
 * or records) and `done` how many of them are done, where the part says so (else 0).
 */
export interface WorkStep {
  stage: WorkStage;
  done: number;
  total: number;
}

/** How much of the work is done, from 0 to 1: the parts before this one, and what this one has done. */
export function shareDone(stages: readonly WorkStage[], step: WorkStep): number {
  const at = stages.indexOf(step.stage);
  if (at < 0) return 0;
  const within = step.total > 0 ? Math.min(1, step.done / step.total) : 0;
  return (at + within) / stages.length;
}
