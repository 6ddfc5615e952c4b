import type { DatasetKind } from '../domain/dataset';
import type { ImportError, ImportOptions, ImportResult } from '../domain/csv/import-csv';
import type { Diagnosis } from '../domain/metrics/diagnosis';
import type { AnalysisParams } from '../domain/metrics/params';
import type { PredictiveAnswer, PredictiveRequest, PredictiveStep } from './clv-requests';
import type { QualityAnswer, QualityRequest } from './quality-protocol';
import type { ReadProgress } from './stream-import';
import type { CustomerColumns } from './customer-columns';
import type { WorkStep } from './work-progress';

/** What the page asks the diagnosis worker; every request carries an id its answer repeats. */
export type WorkerRequest =
  /** Reads a file or pasted text as a draft, leaving the data in use untouched. */
  /** `params`: the figures' parameters on the page, for the diagnosis computed while the file is reviewed. */
  | { id: number; type: 'read'; input: string | Blob; options: ImportOptions; params?: AnalysisParams }
  /** The last draft becomes the data in use for its kind. */
  | { id: number; type: 'commit' }
  /** Reads stored datasets straight into use (after a reload). */
  | { id: number; type: 'load'; datasets: { input: Blob; options: ImportOptions }[] }
  | { id: number; type: 'remove'; kind: DatasetKind }
  | { id: number; type: 'diagnose'; params: AnalysisParams }
  /** Fits the predictive-CLV models on the transactions in use (see `clv-requests.ts`). */
  | { id: number; type: 'predictive'; request: PredictiveRequest }
  /** About the customers file in use and its cleaning (see `quality-protocol.ts`). */
  | { id: number; type: 'quality'; body: QualityRequest }
  /** The page no longer waits for these requests: the worker drops each at its next step (see `work-stops.ts`). */
  | { id: number; type: 'stop'; ids: number[] };

/** A read without its tables, which stay in the worker. */
export type ReadSummary = Omit<ImportResult, 'data'> & { kind: DatasetKind };

export type LoadOutcome = { kind: DatasetKind; ok: true } | { kind: DatasetKind | null; ok: false; error: ImportError };

export type WorkerAnswer =
  /** `sheets`: the sheets of a spreadsheet file, for the picker (also when the sheet read fails); null for CSV. */
  | { id: number; type: 'read'; result: { ok: true; value: ReadSummary } | { ok: false; error: ImportError }; sheets: string[] | null }
  | { id: number; type: 'commit'; kind: DatasetKind | null }
  | { id: number; type: 'load'; outcomes: LoadOutcome[] }
  | { id: number; type: 'remove' }
  | { id: number; type: 'diagnose'; diagnosis: Diagnosis | null }
  | { id: number; type: 'predictive'; answer: PredictiveAnswer }
  | { id: number; type: 'quality'; answer: QualityAnswer }
  | { id: number; type: 'stopped' }
  | { id: number; type: 'failed'; message: string };

/**
 * A diagnosis crosses in parts: its customers a few thousand per message, as columns handed over,
 * then the rest with an empty customer list. Reading each message is a task of its own, so no
 * single one blocks the page.
 */
export type CustomersPart = { type: 'customers'; id: number; customers: CustomerColumns };

export const CUSTOMERS_PER_PART = 2000;

export type WorkerProgress =
  /** `read`: how far the file is read, once it is read in parts; `step`: the part of the analysis under way. */
  | { type: 'progress'; id: number; phase: 'reading'; read?: ReadProgress }
  | { type: 'progress'; id: number; phase: 'analysing'; step?: WorkStep }
  | { type: 'progress'; id: number; phase: 'quality'; step: WorkStep }
  | { type: 'progress'; id: number; phase: 'predictive'; step: PredictiveStep };
