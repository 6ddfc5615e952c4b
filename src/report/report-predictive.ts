import { restorePredictive } from '../domain/clv-models/restore-predictive';
import type { Plan } from '../domain/plan';
import type { PredictiveSource } from '../steps/diagnosis/predictive/predictive-run.svelte';
import { predictiveSetup } from '../steps/diagnosis/predictive/predictive-setup';
import type { PredictiveResults } from '../workers/clv-requests';

/**
 * The predictive models for the document, fitted again with the plan's settings on the data in
 * use (results are never stored), when the plan asks for them. Null when it does not, or when
 * the data allow no fit: the diagnosis step says why.
 */
export async function reportPredictive(plan: Plan, source: PredictiveSource | null): Promise<PredictiveResults | null> {
  const settings = restorePredictive(plan.sections.predictive);
  if (!settings.inReport || !source?.diagnosis) return null;
  const setup = predictiveSetup(source.diagnosis, settings);
  if (!setup) return null;
  const answer = await source.fitPredictive(setup.request);
  return answer.ok ? answer.value : null;
}
