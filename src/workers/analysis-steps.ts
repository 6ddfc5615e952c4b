import type { CustomerResult, Diagnosis } from '../domain/metrics/diagnosis';
import type { AnalysisParams } from '../domain/metrics/params';
import { prepare } from '../domain/metrics/prepare';
import { diagnosisOf } from './diagnosis-ahead';
import { CUSTOMERS_PER_PART } from './diagnosis-protocol';
import { cleanedInput, withQualityFigures } from './quality-requests';
import type { DataInUse } from './quality-engine';
import type { WorkStep } from './work-progress';

/**
 * The diagnosis of the data in use, yielding before each part: regrouping the rows by customer
 * (remembered per pair of tables), the figures (or those computed while the file was reviewed,
 * see `diagnoseAhead`), then each part of the customers, which `send` posts to the page. Returns the diagnosis without its customers (the page joins them again).
 */
export function* analysisSteps(data: DataInUse, params: AnalysisParams, send: (customers: CustomerResult[]) => void): Generator<WorkStep, Diagnosis, void> {
  // The diagnosis reads the customer base as cleaned in the data-quality part of step 1.
  const input = cleanedInput(data);
  yield { stage: 'grouping', done: 0, total: input.transactions?.length ?? input.customers?.rows.length ?? 0 };
  const { join } = prepare(input.transactions, input.customers);
  yield { stage: 'figures', done: 0, total: join.size };
  const diagnosis = withQualityFigures(diagnosisOf(input, params), data);
  const { customers } = diagnosis;
  for (let start = 0; start < customers.length; start += CUSTOMERS_PER_PART) {
    yield { stage: 'sending', done: start, total: customers.length };
    send(customers.slice(start, start + CUSTOMERS_PER_PART));
  }
  return { ...diagnosis, customers: [] };
}
