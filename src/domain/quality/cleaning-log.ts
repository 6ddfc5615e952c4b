import * as v from 'valibot';
import type { CellEdit } from './cell-edits';
import { rowsTouched } from './cell-edits';
import type { MergeUndo } from './merge';
import type { NormaliseChange, NormaliseRule } from './normalise';

/** The stages of cleaning a customer base, in order (seed: base inicial → … → base final). */
export const CLEANING_STAGES = ['initial', 'normalised', 'deduplicated', 'enriched', 'final'] as const;
export type CleaningStage = (typeof CLEANING_STAGES)[number];

export type CleaningAction = 'normalise' | 'variants' | 'merge' | 'edit' | 'enrich' | 'remove' | 'undo';

/**
 * One change made to the base, as plain data kept with the plan (and printed in its appendix).
 * Codes, not sentences: the UI and the PDF word them in the plan's language.
 */
export interface CleaningLogEntry {
  /** Increasing number within the plan's log. */
  id: number;
  /** When it was done, ISO 8601. */
  at: string;
  stage: Exclude<CleaningStage, 'initial'>;
  action: CleaningAction;
  /** Rows changed or removed. */
  rows: number;
  /** Cells changed. */
  cells: number;
  /** Records added (+) or removed (−) from the base. */
  recordsDelta: number;
  /** Header of the column concerned, where there is one. */
  column?: string;
  /** For `undo`: the id of the entry it reverts. */
  undoes?: number;
  /** Counts or values worth printing, e.g. changes per rule, or the canonical value of a cluster. */
  detail?: Record<string, string | number>;
}

export function normalisationEntry(id: number, at: string, changes: readonly NormaliseChange[]): CleaningLogEntry {
  const perRule: Partial<Record<NormaliseRule, number>> = {};
  for (const change of changes) for (const rule of change.rules) perRule[rule] = (perRule[rule] ?? 0) + 1;
  return { id, at, stage: 'normalised', action: 'normalise', rows: rowsTouched(changes), cells: changes.length, recordsDelta: 0, detail: perRule };
}

export function variantEntry(id: number, at: string, column: string, edits: readonly CellEdit[], canonical: string): CleaningLogEntry {
  return {
    id, at, stage: 'normalised', action: 'variants', rows: rowsTouched(edits), cells: edits.length, recordsDelta: 0, column,
    detail: { canonical, spellings: new Set(edits.map((edit) => edit.before)).size },
  };
}

export function mergeEntry(id: number, at: string, undo: MergeUndo): CleaningLogEntry {
  const cells = undo.changed.reduce(
    (sum, change) => sum + change.after.reduce((n, cell, i) => n + (cell === (change.before[i] ?? '') ? 0 : 1), 0),
    0,
  );
  return {
    id, at, stage: 'deduplicated', action: 'merge', rows: undo.changed.length + undo.removed.length, cells,
    recordsDelta: -undo.removed.length, detail: { groups: undo.changed.length },
  };
}

/**
 * One cell corrected or completed by hand, at the enrichment stage: `enrich` when the cell was
 * empty, `edit` when it held something else. `line` is the row's line in the imported file.
 */
export function cellEntry(id: number, at: string, column: string, line: number, before: string): CleaningLogEntry {
  return {
    id, at, stage: 'enriched', action: before.trim() === '' ? 'enrich' : 'edit', rows: 1, cells: 1, recordsDelta: 0, column,
    detail: { line },
  };
}

/** The entry recording that `entry` was undone: same stage, opposite change in records. */
export function undoEntry(id: number, at: string, entry: CleaningLogEntry): CleaningLogEntry {
  return { id, at, stage: entry.stage, action: 'undo', rows: entry.rows, cells: entry.cells, recordsDelta: -entry.recordsDelta, undoes: entry.id };
}

/** The entries still in force: those not undone, without the undo entries themselves. */
export function effectiveEntries(log: readonly CleaningLogEntry[]): CleaningLogEntry[] {
  const undone = new Set(log.flatMap((entry) => (entry.undoes === undefined ? [] : [entry.undoes])));
  return log.filter((entry) => entry.undoes === undefined && !undone.has(entry.id));
}

const count = v.pipe(v.number(), v.integer());
const entrySchema = v.object({
  id: v.pipe(count, v.minValue(1)),
  at: v.string(),
  stage: v.picklist(CLEANING_STAGES.filter((stage) => stage !== 'initial') as Exclude<CleaningStage, 'initial'>[]),
  action: v.picklist(['normalise', 'variants', 'merge', 'edit', 'enrich', 'remove', 'undo'] satisfies CleaningAction[]),
  rows: v.pipe(count, v.minValue(0)),
  cells: v.pipe(count, v.minValue(0)),
  recordsDelta: count,
  column: v.optional(v.string()),
  undoes: v.optional(v.pipe(count, v.minValue(1))),
  detail: v.optional(v.record(v.string(), v.union([v.string(), v.number()]))),
});

/** A stored log entry, or null when it is not one; unknown keys are dropped. */
export function restoreLogEntry(raw: unknown): CleaningLogEntry | null {
  const parsed = v.safeParse(entrySchema, raw);
  if (!parsed.success) return null;
  const { column, undoes, detail, ...entry } = parsed.output;
  return { ...entry, ...(column === undefined ? {} : { column }), ...(undoes === undefined ? {} : { undoes }), ...(detail === undefined ? {} : { detail }) };
}
