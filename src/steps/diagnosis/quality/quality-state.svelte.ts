import type { CleaningLogEntry } from '../../../domain/quality/cleaning-log';
import { emptyCleaning, opsInForce, undoneIds, type CleaningOp, type CleaningRecord } from '../../../domain/quality/cleaning-ops';
import type { VariantMethod } from '../../../domain/quality/variants';
import { cleaningLog } from '../../../domain/quality/replay-cleaning';
import type { Language } from '../../../domain/plan';
import type {
  DuplicateGroupView, NormalisePreview, ProblemKind, QualityAnswer, QualityAnswerOf, QualityDecision, QualityErrorCode, QualityOverview, QualityRequest, RowCells,
} from '../../../workers/quality-protocol';
import type { VariantCluster } from '../../../domain/quality/variants';
import type { PreviousCleaning } from '../../../state/stored-cleaning';
import { CancelledError } from '../../../workers/diagnosis-client';
import type { WorkStep } from '../../../workers/work-progress';

/** Whoever answers the data-quality requests: the diagnosis worker, or an engine in the same thread in tests. */
export interface QualityBackend {
  request<T extends QualityRequest>(body: T): Promise<QualityAnswerOf<T['type']>>;
  /** Stops the requests that only read; they fail with `CancelledError`. */
  stop?(): void;
  /** The part of an overview under way, where the backend tells. */
  readonly step?: WorkStep | null;
}

/** Where the cleaning is kept: beside the customers file; the plan's log is written by `writeLog`. */
export interface CleaningStore {
  /**
   * Stores the cleaning (null: none) in place of `base`, the one last seen stored; `dropPrevious`
   * forgets the one carried from a replaced file. Says why when it could not.
   */
  save(record: CleaningRecord | null, base: CleaningRecord | null, options?: { dropPrevious?: boolean }): Promise<'saved' | 'failed' | 'changed-elsewhere'>;
  writeLog(log: CleaningLogEntry[]): void;
}

export type QualityTab = 'profile' | 'levels' | 'normalise' | 'duplicates' | 'variants' | 'funnel';
export const QUALITY_TABS: readonly QualityTab[] = ['profile', 'levels', 'normalise', 'duplicates', 'variants', 'funnel'];

export type QualityProblem = QualityErrorCode | 'save-failed' | 'changed-elsewhere' | 'worker' | 'stopped';

export const GROUPS_PER_PAGE = 10;
const PROBLEM_ROWS = 25;
const CLUSTERS = 60;
const EXAMPLES = 6;

/**
 * The data-quality part of step 1 for one customers file: what the worker found, the cleaning
 * made (its operations, stored beside the file, and its log, kept in the plan), and the lists
 * each tab shows. Every change goes to the worker, which applies it to the cleaned base, then
 * is stored; when storing fails, the worker goes back to what is stored.
 */
export class QualityState {
  tab = $state<QualityTab>('profile');
  overview = $state.raw<QualityOverview | null>(null);
  record = $state.raw<CleaningRecord | null>(null);
  previous = $state.raw<PreviousCleaning | null>(null);
  /** What the user last carried over from a replaced file: operations kept and left out. */
  carried = $state.raw<{ kept: number; dropped: number } | null>(null);
  problem = $state<QualityProblem | null>(null);
  /** Requests under way (the overview or a change). */
  pending = $state(0);
  /** Overviews under way: the long work, which the user may stop. */
  reviewing = $state(0);

  duplicates = $state.raw<{ offset: number; total: number; groups: DuplicateGroupView[] } | null>(null);
  preview = $state.raw<NormalisePreview | null>(null);
  variants = $state.raw<{ column: number; method: VariantMethod; total: number; clusters: VariantCluster[] } | null>(null);
  problemRows = $state.raw<{ column: number; problem: ProblemKind; total: number; rows: RowCells[] } | null>(null);

  #seen = -1;
  #refreshing = 0;

  constructor(
    private readonly backend: QualityBackend,
    private readonly store: CleaningStore,
    initial: { record: CleaningRecord | null; previous: PreviousCleaning | null; log: readonly CleaningLogEntry[] },
  ) {
    this.record = initial.record;
    this.previous = initial.previous;
    const log = this.log;
    if (JSON.stringify(log) !== JSON.stringify(initial.log)) store.writeLog(log);
  }

  get busy(): boolean {
    return this.pending > 0;
  }

  /** The plan's log: every operation's entry in order, undos included. */
  get log(): CleaningLogEntry[] {
    return this.record ? cleaningLog(this.record) : [];
  }

  /** Ids of operations in force that can be undone (a "different people" decision included). */
  get undoable(): Set<number> {
    return new Set(this.record ? opsInForce(this.record.ops).map((op) => op.id) : []);
  }

  get undone(): Set<number> {
    return this.record ? undoneIds(this.record.ops) : new Set();
  }

  /** The data changed (`version` is the session's data version): the overview and the open lists are asked again. */
  async sync(version: number): Promise<void> {
    if (version === this.#seen) return;
    this.#seen = version;
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const run = ++this.#refreshing;
    this.reviewing++;
    const answer = await this.#ask({ type: 'overview' }).finally(() => this.reviewing--);
    if (run !== this.#refreshing || !answer || answer.type !== 'overview') return;
    this.overview = answer.overview;
    await this.#load(this.tab, true);
  }

  /** Stops the overview and the lists being worked out; the cleaning stays as stored. */
  stop(): void {
    this.backend.stop?.();
  }

  async open(tab: QualityTab): Promise<void> {
    this.tab = tab;
    await this.#load(tab, false);
  }

  async pageOfDuplicates(offset: number): Promise<void> {
    const answer = await this.#ask({ type: 'duplicates', offset, limit: GROUPS_PER_PAGE });
    if (answer?.type === 'duplicates') {
      // After a merge the page may be past the end: show the last one there is.
      if (answer.groups.length === 0 && offset > 0 && answer.total > 0) return this.pageOfDuplicates(Math.floor((answer.total - 1) / GROUPS_PER_PAGE) * GROUPS_PER_PAGE);
      this.duplicates = { offset, total: answer.total, groups: answer.groups };
    }
  }

  async clusters(column: number, method: VariantMethod): Promise<void> {
    const answer = await this.#ask({ type: 'variants', column, method, limit: CLUSTERS });
    if (answer?.type === 'variants') this.variants = { column, method, total: answer.total, clusters: answer.clusters };
  }

  async rowsWith(column: number, problem: ProblemKind): Promise<void> {
    const answer = await this.#ask({ type: 'problem-rows', column, problem, offset: 0, limit: PROBLEM_ROWS });
    if (answer?.type === 'problem-rows') this.problemRows = { column, problem, total: answer.total, rows: answer.rows };
  }

  closeRows(): void {
    this.problemRows = null;
  }

  /** Applies a decision; the operation made, or null when it failed (`problem` says why). */
  async decide(decision: QualityDecision): Promise<CleaningOp | null> {
    const answer = await this.#ask({ type: 'decide', decision });
    if (answer?.type !== 'decide') return null;
    return (await this.#keep(answer.op)) ? answer.op : null;
  }

  async undo(op: number): Promise<boolean> {
    const answer = await this.#ask({ type: 'undo', op });
    return answer?.type === 'undo' && this.#keep(answer.op);
  }

  async setCountry(country: string): Promise<void> {
    const header = this.overview?.header ?? [];
    const answer = await this.#ask({ type: 'country', country });
    if (answer?.type !== 'country') return;
    await this.#save({ ...(this.record ?? emptyCleaning(header)), country });
  }

  /** Carries the cleaning of the replaced file over to this one, where it fits. */
  async keepPrevious(): Promise<void> {
    const previous = this.previous;
    if (!previous) return;
    const answer = await this.#ask({ type: 'rebase', record: previous.record });
    if (answer?.type !== 'rebase') return;
    if (await this.#save(answer.record, true)) {
      this.previous = null;
      this.carried = { kept: opsInForce(answer.record.ops).length, dropped: answer.dropped };
    }
  }

  async dropPrevious(): Promise<void> {
    if (await this.#save(this.record, true)) this.previous = null;
  }

  /** The cleaned base as CSV text, or null. */
  async exportCsv(language: Language): Promise<{ csv: string; records: number } | null> {
    const answer = await this.#ask({ type: 'export', language });
    return answer?.type === 'export' ? { csv: answer.csv, records: answer.records } : null;
  }

  async #keep(op: CleaningOp): Promise<boolean> {
    const header = this.overview?.header ?? [];
    const record = this.record ?? emptyCleaning(header, this.overview?.country);
    return this.#save({ ...record, ops: [...record.ops, op] });
  }

  /** Stores the cleaning and writes the log; if storing fails, the worker goes back to what is stored. */
  async #save(record: CleaningRecord | null, dropPrevious = false): Promise<boolean> {
    const before = this.record;
    this.pending++;
    try {
      const saved = await this.store.save(record, before, { dropPrevious });
      if (saved !== 'saved') throw new Error(saved);
      this.record = record;
      this.store.writeLog(this.log);
      return true;
    } catch (error) {
      this.problem = error instanceof Error && error.message === 'changed-elsewhere' ? 'changed-elsewhere' : 'save-failed';
      await this.backend.request({ type: 'replay', record: before }).catch(() => undefined);
      return false;
    } finally {
      this.pending--;
    }
  }

  async #load(tab: QualityTab, again: boolean): Promise<void> {
    if (tab === 'duplicates' && (again || !this.duplicates)) await this.pageOfDuplicates(this.duplicates?.offset ?? 0);
    if (tab === 'normalise' && (again || !this.preview)) {
      const answer = await this.#ask({ type: 'normalise-preview', examples: EXAMPLES });
      if (answer?.type === 'normalise-preview') this.preview = answer.preview;
    }
    if (tab === 'variants' && this.variants && again) await this.clusters(this.variants.column, this.variants.method);
    if (tab === 'profile' && this.problemRows && again) await this.rowsWith(this.problemRows.column, this.problemRows.problem);
  }

  async #ask<T extends QualityRequest>(body: T): Promise<Exclude<QualityAnswerOf<T['type']>, { type: 'error' }> | null> {
    this.pending++;
    try {
      const answer = (await this.backend.request(body)) as QualityAnswer;
      if (answer.type === 'error') {
        this.problem = answer.code;
        return null;
      }
      this.problem = null;
      return answer as Exclude<QualityAnswerOf<T['type']>, { type: 'error' }>;
    } catch (error) {
      this.problem = error instanceof CancelledError ? 'stopped' : 'worker';
      return null;
    } finally {
      this.pending--;
    }
  }
}
