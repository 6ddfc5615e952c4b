import type { Figures } from '../metric-ids';
import { CLEANING_STAGES, effectiveEntries, type CleaningLogEntry, type CleaningStage } from './cleaning-log';

export interface FunnelStep {
  stage: CleaningStage;
  /** Records in the base once this stage is done. */
  records: number;
  /** Rows changed or removed by the operations of this stage, summed over the operations. */
  rowsChanged: number;
}

/**
 * Records at each stage, initial → normalised → deduplicated → enriched → final, from the number
 * of records imported and the log: records = initial + Σ recordsDelta of the entries in force up
 * to and including the stage. Undone entries and their undo entries count for nothing. Empty log:
 * every stage has the initial count.
 */
export function cleaningFunnel(initialRecords: number, log: readonly CleaningLogEntry[]): FunnelStep[] {
  const entries = effectiveEntries(log);
  let records = initialRecords;
  return CLEANING_STAGES.map((stage) => {
    const own = entries.filter((entry) => entry.stage === stage);
    records += own.reduce((sum, entry) => sum + entry.recordsDelta, 0);
    return { stage, records, rowsChanged: own.reduce((sum, entry) => sum + entry.rows, 0) };
  });
}

/**
 * The funnel's figures: `records_initial`, `rows_normalised` (rows changed at the normalisation
 * stage, a row changed by two operations counted twice), `records_final`, and `duplicates`
 * (duplicate groups found) when given.
 */
export function funnelFigures(funnel: readonly FunnelStep[], duplicateGroups?: number): Figures {
  const figures: Figures = {};
  for (const step of funnel) {
    if (step.stage === 'initial') figures.records_initial = step.records;
    if (step.stage === 'normalised') figures.rows_normalised = step.rowsChanged;
    if (step.stage === 'final') figures.records_final = step.records;
  }
  if (duplicateGroups !== undefined) figures.duplicates = duplicateGroups;
  return figures;
}
