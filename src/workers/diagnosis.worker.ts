/// <reference lib="webworker" />
import type { CustomerTable, TransactionTable } from '../domain/dataset';
import type { ImportData } from '../domain/csv/import-csv';
import { diagnose } from '../domain/metrics/diagnose';
import { prepare } from '../domain/metrics/prepare';
import type { Diagnosis } from '../domain/metrics/diagnosis';
import { CUSTOMERS_PER_PART, type CustomersPart, type LoadOutcome, type WorkerAnswer, type WorkerProgress, type WorkerRequest } from './diagnosis-protocol';
import { answerPredictive, type PredictiveStep } from './clv-requests';
import { answerQuality, cleanedInput, withQualityFigures } from './quality-requests';
import { importInput } from './import-input';
import { toColumns } from './customer-columns';
import type { ReadProgress } from './stream-import';

// Tables stay here: only summaries and per-customer results cross to the page.
const inUse: { transactions: TransactionTable | null; customers: CustomerTable | null } = { transactions: null, customers: null };
let draft: ImportData | null = null;

function use(data: ImportData): void {
  if (data.kind === 'transactions') inUse.transactions = data.transactions;
  else inUse.customers = data.customers;
}

function progress(id: number, phase: 'reading' | 'analysing', read?: ReadProgress): void {
  postMessage({ type: 'progress', id, phase, read } satisfies WorkerProgress);
}


/** Posts the customers in parts and returns the diagnosis without them (the client joins them again). */
function sendInParts(id: number, diagnosis: Diagnosis): Diagnosis {
  const { customers } = diagnosis;
  for (let start = 0; start < customers.length; start += CUSTOMERS_PER_PART) {
    const { columns, transfer } = toColumns(customers.slice(start, start + CUSTOMERS_PER_PART));
    postMessage({ type: 'customers', id, customers: columns } satisfies CustomersPart, transfer);
  }
  return { ...diagnosis, customers: [] };
}

async function answer(request: WorkerRequest): Promise<WorkerAnswer> {
  switch (request.type) {
    case 'read': {
      progress(request.id, 'reading');
      const { result, sheets } = await importInput(request.input, request.options, (read) => progress(request.id, 'reading', read));
      if (!result.ok) return { id: request.id, type: 'read', result, sheets };
      const { data, ...summary } = result.value;
      draft = data;
      return { id: request.id, type: 'read', result: { ok: true, value: { ...summary, kind: data.kind } }, sheets };
    }
    case 'commit': {
      const kind = draft?.kind ?? null;
      if (draft) use(draft);
      draft = null;
      return { id: request.id, type: 'commit', kind };
    }
    case 'load': {
      progress(request.id, 'reading');
      const outcomes: LoadOutcome[] = [];
      for (const { input, options } of request.datasets) {
        const { result } = await importInput(input, options, (read) => progress(request.id, 'reading', read));
        if (!result.ok) {
          outcomes.push({ kind: options.kind ?? null, ok: false, error: result.error });
          continue;
        }
        use(result.value.data);
        outcomes.push({ kind: result.value.data.kind, ok: true });
      }
      return { id: request.id, type: 'load', outcomes };
    }
    case 'remove':
      inUse[request.kind] = null;
      return { id: request.id, type: 'remove' };
    case 'diagnose': {
      progress(request.id, 'analysing');
      if (!inUse.transactions && !inUse.customers) return { id: request.id, type: 'diagnose', diagnosis: null };
      // The diagnosis reads the customer base as cleaned in the data-quality part of step 1.
      const diagnosis = withQualityFigures(diagnose(cleanedInput(inUse), request.params), inUse);
      return { id: request.id, type: 'diagnose', diagnosis: sendInParts(request.id, diagnosis) };
    }
    case 'predictive': {
      const onstep = (step: PredictiveStep) => postMessage({ type: 'progress', id: request.id, phase: 'predictive', step } satisfies WorkerProgress);
      return { id: request.id, type: 'predictive', answer: answerPredictive(inUse.transactions, request.request, onstep) };
    }
    case 'quality':
      return { id: request.id, type: 'quality', answer: answerQuality(request.body, inUse) };
  }
}

/**
 * While the person reviews a sales file just read, its rows are regrouped by customer as the
 * diagnosis will need them (remembered per pair of tables), so the figures come sooner once the
 * data is used. A request arriving meanwhile waits for it; a draft discarded leaves it unused.
 */
function prepareDraft(): void {
  if (draft?.kind !== 'transactions') return;
  const input = cleanedInput({ transactions: draft.transactions, customers: inUse.customers });
  prepare(input.transactions, input.customers);
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  let reply: WorkerAnswer;
  try {
    reply = await answer(event.data);
  } catch (error) {
    reply = { id: event.data.id, type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  postMessage(reply);
  if (reply.type === 'read') prepareDraft();
};
