import type { Diagnosis } from '../domain/metrics/diagnosis';
import { QualityEngine, type DataInUse } from './quality-engine';
import type { QualityAnswer, QualityRequest } from './quality-protocol';

// One engine per worker: it follows the customers table the worker holds in use.
const engine = new QualityEngine();

/** Answers a data-quality request about the data in use. */
export function answerQuality(request: QualityRequest, data: DataInUse): QualityAnswer {
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
