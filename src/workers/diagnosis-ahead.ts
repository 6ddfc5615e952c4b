import { diagnose } from '../domain/metrics/diagnose';
import type { Diagnosis } from '../domain/metrics/diagnosis';
import type { AnalysisParams } from '../domain/metrics/params';
import type { DataInUse } from './quality-engine';

interface Ahead {
  input: DataInUse;
  params: string;
  diagnosis: Diagnosis;
}

/**
 * The figures of a file just read, computed while the person reviews it with the parameters the
 * page shows, for the diagnosis asked once the file is used: the figures then show at once.
 * Kept for that one request (250,000 customers' results weigh tens of megabytes).
 */
let ahead: Ahead | null = null;

/** Computes the figures ahead; should that fail, none are kept, and the request itself computes them and says what failed. */
export function diagnoseAhead(input: DataInUse, params: AnalysisParams): void {
  try {
    ahead = { input, params: JSON.stringify(params), diagnosis: diagnose(input, params) };
  } catch {
    ahead = null;
  }
}

export function forgetAhead(): void {
  ahead = null;
}

/** The diagnosis of these tables with these parameters: the one computed ahead for them, else computed now. */
export function diagnosisOf(input: DataInUse, params: AnalysisParams): Diagnosis {
  const kept = ahead;
  ahead = null;
  const same = kept !== null && kept.input.transactions === input.transactions && kept.input.customers === input.customers && kept.params === JSON.stringify(params);
  return same ? kept.diagnosis : diagnose(input, params);
}
