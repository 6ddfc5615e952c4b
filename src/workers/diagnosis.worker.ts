/// <reference lib="webworker" />
import type { CustomerTable, TransactionTable } from '../domain/dataset';
import type { ImportData } from '../domain/csv/import-csv';
import type { CustomerResult } from '../domain/metrics/diagnosis';
import { prepare } from '../domain/metrics/prepare';
import { analysisSteps } from './analysis-steps';
import type { CustomersPart, LoadOutcome, WorkerAnswer, WorkerProgress, WorkerRequest } from './diagnosis-protocol';
import { fitSteps, type PredictiveStep } from './clv-requests';
import { cleanedInput, qualitySteps } from './quality-requests';
import { importInput } from './import-input';
import { toColumns } from './customer-columns';
import type { ReadProgress } from './stream-import';
import type { WorkStep } from './work-progress';
import { letMessagesIn, StoppedError, WorkStops } from './work-stops';
import { diagnoseAhead, forgetAhead } from './diagnosis-ahead';
import type { AnalysisParams } from '../domain/metrics/params';

// Tables stay here: only summaries and per-customer results cross to the page.
const inUse: { transactions: TransactionTable | null; customers: CustomerTable | null } = { transactions: null, customers: null };
let draft: ImportData | null = null;
const stops = new WorkStops();

function use(data: ImportData): void {
  if (data.kind === 'transactions') inUse.transactions = data.transactions;
  else inUse.customers = data.customers;
}

function progress(id: number, phase: 'reading', read?: ReadProgress): void {
  postMessage({ type: 'progress', id, phase, read } satisfies WorkerProgress);
}

function stepOf(id: number, phase: 'analysing' | 'quality'): (step: WorkStep) => void {
  return (step) => postMessage({ type: 'progress', id, phase, step } satisfies WorkerProgress);
}

async function answer(request: WorkerRequest): Promise<WorkerAnswer | null> {
  switch (request.type) {
    case 'read': {
      progress(request.id, 'reading');
      // A draft not used is let go before the next is read, so two large files are never held at once.
      draft = null;
      forgetAhead();
      const onprogress = (read: ReadProgress) => progress(request.id, 'reading', read);
      const { result, sheets } = await stops.watch(request.id, (stopped) => importInput(request.input, request.options, onprogress, stopped));
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
      forgetAhead();
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
      forgetAhead();
      return { id: request.id, type: 'remove' };
    case 'diagnose': {
      postMessage({ type: 'progress', id: request.id, phase: 'analysing' } satisfies WorkerProgress);
      if (!inUse.transactions && !inUse.customers) return { id: request.id, type: 'diagnose', diagnosis: null };
      const send = (customers: CustomerResult[]) => {
        const { columns, transfer } = toColumns(customers);
        postMessage({ type: 'customers', id: request.id, customers: columns } satisfies CustomersPart, transfer);
      };
      const diagnosis = await stops.run(request.id, analysisSteps(inUse, request.params, send), stepOf(request.id, 'analysing'));
      return { id: request.id, type: 'diagnose', diagnosis };
    }
    case 'predictive': {
      const onstep = (step: PredictiveStep) => postMessage({ type: 'progress', id: request.id, phase: 'predictive', step } satisfies WorkerProgress);
      return { id: request.id, type: 'predictive', answer: await stops.run(request.id, fitSteps(inUse.transactions, request.request), onstep) };
    }
    case 'quality':
      return { id: request.id, type: 'quality', answer: await stops.run(request.id, qualitySteps(request.body, inUse), stepOf(request.id, 'quality')) };
    case 'stop':
      stops.stop(request.ids);
      return null;
  }
}

/**
 * While the person reviews a sales file just read, its rows are regrouped by customer as the
 * diagnosis will need them (remembered per pair of tables), then its figures are computed with
 * the page's parameters, so they show as soon as the data is used. A request arriving meanwhile
 * waits for the part under way; a new read between the two leaves the figures uncomputed.
 */
async function prepareDraft(params: AnalysisParams | undefined): Promise<void> {
  const read = draft;
  if (read?.kind !== 'transactions') return;
  const input = cleanedInput({ transactions: read.transactions, customers: inUse.customers });
  prepare(input.transactions, input.customers);
  if (!params) return;
  await letMessagesIn();
  // Still under review, or just used (a quick press: the diagnosis then asked for waits for this one).
  if (draft === read || inUse.transactions === read.transactions) diagnoseAhead(input, params);
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  let reply: WorkerAnswer | null;
  try {
    reply = await answer(event.data);
  } catch (error) {
    if (error instanceof StoppedError) reply = { id: event.data.id, type: 'stopped' };
    else reply = { id: event.data.id, type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  if (!reply) return;
  postMessage(reply);
  if (reply.type === 'read' && event.data.type === 'read') await prepareDraft(event.data.params);
};
