import { getContext, setContext } from 'svelte';
import type { DatasetKind } from '../domain/dataset';
import { localToday } from '../domain/dates';
import { confirmedOptions } from '../domain/csv/confirmed-options';
import type { ImportError, ImportOptions } from '../domain/csv/import-csv';
import type { Language } from '../domain/plan';
import type { Figures } from '../domain/metric-ids';
import type { Diagnosis } from '../domain/metrics/diagnosis';
import type { AnalysisParams } from '../domain/metrics/params';
import type { StoredDataset } from '../storage/db';
import type { DatasetsRepository } from '../storage/datasets-repository';
import type { DiagnosisView } from './diagnosis-context';
import { CancelledError, DiagnosisClient } from '../workers/diagnosis-client';
import type { LoadOutcome, ReadSummary } from '../workers/diagnosis-protocol';
import type { PredictiveAnswer, PredictiveRequest, PredictiveStep } from '../workers/clv-requests';
import { QUALITY_READS, type QualityAnswerOf, type QualityRequest } from '../workers/quality-protocol';
import type { ReadProgress } from '../workers/stream-import';
import type { WorkStep } from '../workers/work-progress';
import { carriedCleaning, storedCleaning } from './stored-cleaning';

/** What the user may change about how a file is read. */
export type ReadOverrides = Pick<ImportOptions, 'encoding' | 'sheet' | 'delimiter' | 'hasHeader' | 'firstLine' | 'decimal' | 'dateOrder' | 'kind' | 'mapping'>;

export interface Draft {
  fileName: string;
  input: string | Blob;
  overrides: ReadOverrides;
  result: { ok: true; value: ReadSummary } | { ok: false; error: ImportError } | null;
  /** The sheets of a spreadsheet file, for the picker; null for CSV. */
  sheets?: string[] | null;
}

export type Activity = 'idle' | 'loading' | 'reading' | 'analysing';

function analysisKey(request: { params: AnalysisParams; dataVersion: number }): string {
  return `${request.dataVersion}:${JSON.stringify(request.params)}`;
}

/** The options a dataset was read with, from what is stored beside it. */
function storedOptions(dataset: StoredDataset): ImportOptions | null {
  const options = dataset.settings.options;
  return options?.today !== undefined && options.language !== undefined ? { ...options, today: options.today, language: options.language, kind: dataset.kind } : null;
}

/**
 * The data and diagnosis of the open plan: stored files are read again in the worker when the
 * plan opens, a new file is read as a draft the user reviews before it replaces anything, and
 * the figures are recomputed whenever the data or the parameters change.
 */
export class DiagnosisSession implements DiagnosisView {
  #client: DiagnosisClient;
  #diagnosis = $state.raw<Diagnosis | null>(null);
  #computedAt = $state<string | null>(null);
  #datasets = $state.raw<StoredDataset[]>([]);
  #loadProblems = $state.raw<LoadOutcome[]>([]);
  #draft = $state.raw<Draft | null>(null);
  #activity = $state<Activity>('loading');
  #readProgress = $state.raw<ReadProgress | null>(null);
  #analysisStep = $state.raw<WorkStep | null>(null);
  #qualityStep = $state.raw<WorkStep | null>(null);
  /** The analysis last asked for, and the one the user stopped (until another runs). */
  #analysing: { params: AnalysisParams; dataVersion: number } | null = null;
  #stopped = $state.raw<{ params: AnalysisParams; dataVersion: number } | null>(null);
  /** The data version the figures shown were computed on. */
  #diagnosisVersion = -1;
  #loadingStored = $state(false);
  #loadStopped = $state(false);
  #failure = $state<string | null>(null);
  #dataVersion = $state(0);
  #analysedKey = '';
  #onPredictiveStep: ((step: PredictiveStep) => void) | null = null;

  constructor(
    readonly planId: string,
    private readonly datasets: DatasetsRepository,
    private readonly language: () => Language,
  ) {
    this.#client = new DiagnosisClient((progress) => {
      if (progress.phase === 'predictive') this.#onPredictiveStep?.(progress.step);
      else if (progress.phase === 'quality') this.#qualityStep = progress.step;
      else {
        this.#activity = progress.phase;
        this.#readProgress = progress.phase === 'reading' ? (progress.read ?? null) : null;
        this.#analysisStep = progress.phase === 'analysing' ? (progress.step ?? null) : null;
      }
    });
    void this.#loadStored();
  }

  get diagnosis(): Diagnosis | null {
    return this.#diagnosis;
  }

  get figures(): Figures {
    return this.#diagnosis?.figures ?? {};
  }

  get computedAt(): string | null {
    return this.#computedAt;
  }

  get storedDatasets(): StoredDataset[] {
    return this.#datasets;
  }

  get loadProblems(): LoadOutcome[] {
    return this.#loadProblems;
  }

  get draft(): Draft | null {
    return this.#draft;
  }

  get activity(): Activity {
    return this.#activity;
  }

  /** How far a large file's read has got (bytes and rows); null before the first part or when idle. */
  get readProgress(): ReadProgress | null {
    return this.#activity === 'idle' ? null : this.#readProgress;
  }

  /** The part of the analysis under way (regrouping, figures, customers sent); null before the first or when idle. */
  get analysisStep(): WorkStep | null {
    return this.#activity === 'analysing' ? this.#analysisStep : null;
  }

  /** The part of a data-quality overview under way, or null. */
  get qualityStep(): WorkStep | null {
    return this.#qualityStep;
  }

  /** Whether the stored files are being read again (the plan opening, or after a cancelled read). */
  get loadingStored(): boolean {
    return this.#loadingStored;
  }

  /** Whether the user stopped that: the files stay stored, unread until `loadAgain`. */
  get loadStopped(): boolean {
    return this.#loadStopped;
  }

  /** Whether the user stopped the figures being computed (they wait until asked for again). */
  get analysisStopped(): boolean {
    return this.#stopped !== null;
  }

  /** A worker failure nobody could foresee, in its own words. */
  get failure(): string | null {
    return this.#failure;
  }

  get dataVersion(): number {
    return this.#dataVersion;
  }

  storedOf(kind: DatasetKind): StoredDataset | undefined {
    return this.#datasets.find((d) => d.kind === kind);
  }

  /** Fits the predictive-CLV models on the transactions in use; `onstep` hears each step as it starts. */
  async fitPredictive(request: PredictiveRequest, onstep: (step: PredictiveStep) => void = () => {}): Promise<PredictiveAnswer> {
    this.#onPredictiveStep = onstep;
    try {
      return (await this.#client.request({ type: 'predictive', request })).answer;
    } finally {
      this.#onPredictiveStep = null;
    }
  }

  /** Asks the worker about the customers file in use and its cleaning (the data-quality part of step 1). */
  async quality<T extends QualityRequest>(body: T): Promise<QualityAnswerOf<T['type']>> {
    try {
      return (await this.#client.request({ type: 'quality', body })).answer as QualityAnswerOf<T['type']>;
    } finally {
      if (body.type === 'overview') this.#qualityStep = null;
    }
  }

  /** Stops the data-quality requests that only read (an overview, a list): the cleaning in the worker stays as it is. */
  stopQuality(): void {
    this.#client.stop((body) => body.type === 'quality' && QUALITY_READS.has(body.body.type));
    this.#qualityStep = null;
  }

  stopPredictive(): void {
    this.#client.stop((body) => body.type === 'predictive');
  }

  /** The customers file's cleaning was saved: keep its record, and compute the figures on the new base. */
  cleaningSaved(dataset: StoredDataset): void {
    this.#datasets = [...this.#datasets.filter((d) => d.id !== dataset.id), dataset];
    this.#dataVersion++;
  }

  /** Computes the figures for these parameters, unless they are what is shown already. */
  async analyse(params: AnalysisParams, dataVersion: number): Promise<void> {
    const key = analysisKey({ params, dataVersion });
    if (key === this.#analysedKey || this.#activity === 'loading' || this.#loadStopped || (this.#stopped && key === analysisKey(this.#stopped))) return;
    this.#analysedKey = key;
    this.#analysing = { params, dataVersion };
    this.#stopped = null;
    try {
      const answer = await this.#client.request({ type: 'diagnose', params });
      // Reading a large answer takes one task; drawing it starts in the next, so neither blocks the page long.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.#analysedKey !== key) return;
      this.#diagnosis = answer.diagnosis && this.#withImportCounts(answer.diagnosis);
      this.#diagnosisVersion = dataVersion;
      this.#computedAt = new Date().toISOString();
    } catch (error) {
      if (!(error instanceof CancelledError)) this.#failure = String(error);
      this.#analysedKey = '';
    } finally {
      if (this.#analysedKey === key) this.#activity = 'idle';
    }
  }

  /**
   * Stops the figures being computed; the data stays in use and stored. Figures of the same data
   * stay shown, those of other data go; none are computed again until `resumeAnalysis`.
   */
  stopAnalysis(): void {
    if (this.#activity !== 'analysing' || !this.#analysing) return;
    this.#stopped = this.#analysing;
    this.#analysedKey = '';
    this.#client.stop((body) => body.type === 'diagnose');
    this.#activity = 'idle';
    if (this.#diagnosisVersion !== this.#dataVersion) this.#diagnosis = null;
  }

  resumeAnalysis(): Promise<void> {
    const stopped = this.#stopped;
    this.#stopped = null;
    return stopped ? this.analyse(stopped.params, stopped.dataVersion) : Promise.resolve();
  }

  /** Reads text or a file as a draft; nothing stored or shown changes until `commitDraft`. */
  async read(input: string | Blob, fileName: string, overrides: ReadOverrides = {}): Promise<void> {
    this.#draft = { fileName, input, overrides, result: null };
    this.#failure = null;
    try {
      // The figures' parameters go along: the worker computes the figures while the file is reviewed.
      const answer = await this.#client.request({ type: 'read', input, options: this.#options(overrides), params: this.#analysing?.params });
      if (this.#draft?.input === input) this.#draft = { ...this.#draft, overrides, result: answer.result, sheets: answer.sheets };
    } catch (error) {
      if (error instanceof CancelledError) this.#draft = null;
      else this.#failure = String(error);
    } finally {
      this.#activity = 'idle';
    }
  }

  /** Reads the draft again with one choice changed (delimiter, date order, a column's meaning…). */
  reread(change: ReadOverrides): Promise<void> {
    const draft = this.#draft;
    if (!draft) return Promise.resolve();
    return this.read(draft.input, draft.fileName, { ...draft.overrides, ...change });
  }

  discardDraft(): void {
    this.#draft = null;
  }

  /** The draft becomes the plan's data of its kind: stored first, then used. */
  async commitDraft(): Promise<void> {
    const draft = this.#draft;
    if (!draft?.result?.ok) return;
    const summary = draft.result.value;
    const kind = summary.kind;
    const options = confirmedOptions(summary.detected, kind, localToday(new Date()), this.language());
    const stored = await this.datasets.replace({
      planId: this.planId,
      kind,
      fileName: draft.fileName,
      importedAt: new Date().toISOString(),
      blob: typeof draft.input === 'string' ? new Blob([draft.input], { type: 'text/csv' }) : draft.input,
      settings: { options, counts: summary.counts, header: summary.header, ...carriedCleaning(this.storedOf(kind)) },
    });
    await this.#client.request({ type: 'commit' });
    this.#datasets = [...this.#datasets.filter((d) => d.kind !== kind), stored];
    this.#draft = null;
    this.#dataVersion++;
  }

  async remove(kind: DatasetKind): Promise<void> {
    await this.datasets.remove(this.planId, kind);
    await this.#client.request({ type: 'remove', kind });
    this.#datasets = this.#datasets.filter((d) => d.kind !== kind);
    this.#dataVersion++;
  }

  /**
   * Stops a read. A new file's read stops at its next part and the data in use stays loaded; a
   * read of the stored files starts the worker afresh and waits for `loadAgain`.
   */
  cancel(): void {
    if (this.#loadingStored) {
      this.#client.cancel();
      this.#loadStopped = true;
    } else {
      this.#client.stop((body) => body.type === 'read');
    }
    this.#draft = null;
    this.#activity = 'idle';
  }

  loadAgain(): Promise<void> {
    this.#loadStopped = false;
    return this.#loadStored();
  }

  dispose(): void {
    this.#client.dispose();
  }

  /** Rows rejected on import are known here, not to the engine, which only sees the usable rows. */
  #withImportCounts(diagnosis: Diagnosis): Diagnosis {
    const rejected = this.storedOf('transactions')?.settings.counts?.rejected;
    if (rejected === undefined) return diagnosis;
    return { ...diagnosis, figures: { ...diagnosis.figures, rows_rejected: rejected } };
  }

  #options(overrides: ReadOverrides): ImportOptions {
    return { ...overrides, today: localToday(new Date()), language: this.language() };
  }

  async #loadStored(): Promise<void> {
    this.#activity = 'loading';
    this.#loadingStored = true;
    try {
      this.#datasets = await this.datasets.listFor(this.planId);
      const inputs: { input: Blob; options: ImportOptions }[] = [];
      for (const dataset of this.#datasets) {
        const options = storedOptions(dataset);
        if (options) inputs.push({ input: dataset.blob, options });
      }
      if (inputs.length > 0) {
        const answer = await this.#client.request({ type: 'load', datasets: inputs });
        this.#loadProblems = answer.outcomes.filter((o) => !o.ok);
        const cleaning = storedCleaning(this.storedOf('customers'));
        if (cleaning) await this.quality({ type: 'replay', record: cleaning });
      }
    } catch (error) {
      if (!(error instanceof CancelledError)) this.#failure = String(error);
    } finally {
      this.#loadingStored = false;
    }
    if (this.#loadStopped) return;
    this.#activity = 'idle';
    this.#analysedKey = '';
    this.#dataVersion++;
  }
}

const KEY = Symbol('diagnosis-session');

export function setDiagnosisSession(session: DiagnosisSession): void {
  setContext(KEY, session);
}

export function getDiagnosisSession(): DiagnosisSession {
  return getContext<DiagnosisSession>(KEY);
}
