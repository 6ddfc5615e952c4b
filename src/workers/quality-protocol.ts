import type { ContactBook } from '../domain/campaign/contacts';
import type { ColumnMapping, CustomerField } from '../domain/dataset';
import type { Figures } from '../domain/metric-ids';
import type { Language } from '../domain/plan';
import type { CleaningOp, CleaningRecord } from '../domain/quality/cleaning-ops';
import type { LevelLift } from '../domain/quality/data-levels';
import type { MatchReason, SkippedBlock } from '../domain/quality/duplicates';
import type { FunnelStep } from '../domain/quality/funnel';
import type { NormaliseRule } from '../domain/quality/normalise';
import type { ColumnProfile } from '../domain/quality/profile';
import type { ReplayError } from '../domain/quality/replay-cleaning';
import type { VariantCluster, VariantMethod } from '../domain/quality/variants';

/** A decision of the user, before the worker turns it into an operation (rows named by their line). */
export type QualityDecision =
  | { kind: 'normalise'; rules: NormaliseRule[] }
  | { kind: 'variants'; column: number; values: string[]; canonical: string }
  | { kind: 'merge'; groups: { survivor: number; merged: number[]; excluded: number[]; values: (string | null)[] }[] }
  | { kind: 'edit'; line: number; column: number; value: string }
  | { kind: 'distinct'; lines: number[] };

export type ProblemKind = 'empty' | 'invalid';

/** What the page asks about the customers file in use (the worker holds it, and its cleaning). */
export type QualityRequest =
  /** Takes these operations as the cleaning of the file in use (null: none) and replays them. */
  | { type: 'replay'; record: CleaningRecord | null }
  /** Carries the cleaning of an earlier version of the file to the one in use. */
  | { type: 'rebase'; record: CleaningRecord }
  | { type: 'overview' }
  | { type: 'problem-rows'; column: number; problem: ProblemKind; offset: number; limit: number }
  | { type: 'duplicates'; offset: number; limit: number }
  | { type: 'normalise-preview'; examples: number }
  | { type: 'variants'; column: number; method: VariantMethod; limit: number }
  | { type: 'decide'; decision: QualityDecision }
  | { type: 'undo'; op: number }
  | { type: 'country'; country: string }
  | { type: 'export'; language: Language }
  /** The contact details of the customers file in use (cleaned), for a campaign tool's import file. */
  | { type: 'contacts' };

/** Requests that change nothing in the worker: the page may stop waiting for them (the others must end as they began). */
export const QUALITY_READS: ReadonlySet<QualityRequest['type']> = new Set(['overview', 'problem-rows', 'duplicates', 'normalise-preview', 'variants', 'export', 'contacts']);

/** A column's profile without its row lists, which stay in the worker (see `problem-rows`). */
export type ColumnSummary = Omit<ColumnProfile, 'emptyRows' | 'invalidRows'>;

export interface QualityOverview {
  /** `cleaned` once an operation in force changed the base; the diagnosis uses this base. */
  base: 'initial' | 'cleaned';
  recordsInitial: number;
  records: number;
  country: string;
  header: string[];
  mapping: ColumnMapping<CustomerField>;
  profile: ColumnSummary[];
  levels: { counts: number[]; atLeast: number[]; lift: LevelLift[] };
  duplicates: { groups: number; rows: number; skipped: SkippedBlock[] };
  funnel: FunnelStep[];
  figures: Figures;
  /** Operations that could not be replayed on this file. */
  skipped: ReplayError[];
  /** How long each part took in the worker when last worked out, in ms (for the bench). */
  timings: { profile: number; levels: number; duplicates: number };
}

export interface RowCells {
  line: number;
  cells: string[];
}

export interface DuplicateGroupView {
  /** The members' lines joined by `-`: stable while the group is unchanged. */
  key: string;
  members: RowCells[];
  /** Why members were paired (lines a < b). */
  pairs: { a: number; b: number; reasons: MatchReason[] }[];
  /** The proposed merge: the surviving line, each field's value and the line it comes from (null: empty). */
  proposal: { survivor: number; values: string[]; sources: (number | null)[] };
}

export interface NormalisePreview {
  /** Cells and rows the rules would change, all together. */
  cells: number;
  rows: number;
  rules: { rule: NormaliseRule; cells: number; columns: string[]; examples: { line: number; column: string; before: string; after: string }[] }[];
}

export type QualityErrorCode = 'no-customers' | 'row-not-found' | 'rows-in-two-groups' | 'column-out-of-range' | 'not-undoable' | 'bad-country';

export type QualityAnswer =
  | { type: 'replay'; skipped: ReplayError[] }
  | { type: 'rebase'; record: CleaningRecord; dropped: number; droppedGroups: number }
  | { type: 'overview'; overview: QualityOverview | null }
  | { type: 'problem-rows'; total: number; rows: RowCells[] }
  | { type: 'duplicates'; total: number; groups: DuplicateGroupView[] }
  | { type: 'normalise-preview'; preview: NormalisePreview }
  | { type: 'variants'; clusters: VariantCluster[]; total: number }
  | { type: 'decide'; op: CleaningOp }
  | { type: 'undo'; op: CleaningOp }
  | { type: 'country'; country: string }
  | { type: 'export'; csv: string; records: number }
  | { type: 'contacts'; book: ContactBook }
  | { type: 'error'; code: QualityErrorCode };

/** The answer a request of type T gets (or an error). */
export type QualityAnswerOf<T extends QualityRequest['type']> = Extract<QualityAnswer, { type: T | 'error' }>;
