import type { Plan } from '../domain/plan';
import { planSections } from '../domain/plan-sections';
import type { PredictiveSource } from '../state/predictive-source';
import { predictiveSetup } from '../domain/clv-models/predictive-setup';
import type { PredictiveAnswer } from '../workers/clv-requests';

/**
 * The predictive models for the document, fitted again with the plan's settings on the data in
 * use (results are never stored), when the plan asks for them: the results, or why the data no
 * longer allow a fit. Null when the plan does not ask, or has no dated sales to fit on.
 */
export async function reportPredictive(plan: Plan, source: PredictiveSource | null): Promise<PredictiveAnswer | null> {
  const settings = planSections(plan).predictive;
  if (!settings.inReport || !source?.diagnosis) return null;
  const setup = predictiveSetup(source.diagnosis, settings);
  if (!setup) return null;
  return source.fitPredictive(setup.request);
}
