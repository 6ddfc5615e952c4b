import type { Diagnosis } from '../domain/metrics/diagnosis';
import { QualityEngine, type DataInUse } from './quality-engine';
import type { QualityAnswer, QualityRequest } from './quality-protocol';
import { QUALITY_STAGES, type WorkStep } from './work-progress';

// One engine per worker: it follows the customers table the worker holds in use.
const engine = new QualityEngine();

/** Answers a data-quality request about the data in use, yielding before each part of an overview (profile, data levels, duplicates). */
export function* qualitySteps(request: QualityRequest, data: DataInUse): Generator<WorkStep, QualityAnswer, void> {
  if (request.type === 'overview') {
    const records = engine.customers(data)?.rows.length ?? 0;
    for (const stage of QUALITY_STAGES) {
      yield { stage, done: 0, total: records };
      engine.prepareOverview(stage, data);
    }
  }
  return engine.answer(request, data);
}

/** The data the diagnosis reads: the cleaned customers, and purchases of merged duplicates under their survivor's id. */
export function cleanedInput(data: DataInUse): DataInUse {
  return { transactions: engine.transactions(data), customers: engine.customers(data) };
}

/** The diagnosis with the data-quality figures of the customers file in use (data levels, duplicates, funnel). */
export function withQualityFigures(diagnosis: Diagnosis, data: DataInUse): Diagnosis {
  const figures = engine.figures(data);
  return Object.keys(figures).length === 0 ? diagnosis : { ...diagnosis, figures: { ...diagnosis.figures, ...figures } };
}
