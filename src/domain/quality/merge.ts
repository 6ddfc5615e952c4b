import type { CustomerField, CustomerTable } from '../dataset';
import { columnDateOrder, columnValidator } from './column-roles';
import { tableWidth } from './customer-cells';
import { parseDateCell } from './date-cell';
import type { Result } from '../result';

/**
 * How one duplicate group becomes one record: `survivor` stays (with `values` as its cells), the
 * `merged` rows are removed, the `excluded` rows were taken out of the group and stay as they are.
 * Row indexes are into the table the plan was made for.
 */
export interface MergePlan {
  survivor: number;
  merged: number[];
  excluded: number[];
  values: string[];
}

/** Which member's value wins a field by default. */
export type MergeStrategy = 'most-complete' | 'most-recent';

export interface MergeOptions {
  strategy?: MergeStrategy;
  /** Members the user took out of the group. */
  exclude?: readonly number[];
  /** ISO alpha-2 country of the plan, for checking phones and postal codes. Default ES. */
  country?: string;
}

/** Enough to put a table back exactly as it was before `applyMerges` (indexes into that table). */
export interface MergeUndo {
  changed: { index: number; before: string[]; after: string[] }[];
  removed: { index: number; row: string[]; rowNumber: number }[];
}

export type MergeError = {
  code: 'row-out-of-range' | 'row-in-two-plans' | 'empty-plan' | 'undo-mismatch';
  row: number;
};

/**
 * A default merge plan for `members` (less `exclude`). Members are ranked, for `most-complete`
 * (default), by filled cells, then by registration date (`registeredAt`), then by position (a later
 * row counts as more recent); for `most-recent` by date, then position, then filled cells. The
 * first ranked member survives; each field takes the first ranked member's value that is filled
 * and valid for the column, else the first filled one, else ''; a name takes the fullest
 * (most words, then most accents) whoever wrote it. `values` may then be edited.
 */
export function proposeMerge(table: CustomerTable, members: readonly number[], options: MergeOptions = {}): MergePlan {
  return proposeMerges(table, [members], options)[0];
}

/** `proposeMerge` for many groups at once, reading each column's checks and date order once. */
export function proposeMerges(table: CustomerTable, groups: readonly (readonly number[])[], options: MergeOptions = {}): MergePlan[] {
  const country = options.country ?? 'ES';
  const width = tableWidth(table);
  const validators = Array.from({ length: width }, (_, column) => columnValidator(table, column, country));
  const dateColumn = table.mapping.registeredAt;
  const order = dateColumn === undefined ? null : columnDateOrder(table, dateColumn, country);
  const registered = (row: number): number =>
    dateColumn === undefined || order === null ? -Infinity : (parseDateCell(table.rows[row][dateColumn] ?? '', order) ?? -Infinity);
  const excludedSet = new Set(options.exclude ?? []);
  const nameColumns = new Set(NAME_FIELDS.flatMap((field) => (table.mapping[field] === undefined ? [] : [table.mapping[field]])));
  return groups.map((members) => {
    const included = members.filter((row) => !excludedSet.has(row));
    const ranked = rankMembers(table, included, options.strategy ?? 'most-complete', registered);
    const values: string[] = [];
    for (let column = 0; column < width; column++) {
      let filled = ranked.filter((row) => (table.rows[row][column] ?? '').trim() !== '');
      if (nameColumns.has(column)) filled = fullestNamesFirst(filled.map((row) => ({ row, name: table.rows[row][column] })));
      const chosen = filled.find((row) => validators[column](table.rows[row][column], row)) ?? filled[0];
      values.push(chosen === undefined ? '' : table.rows[chosen][column]);
    }
    return {
      survivor: ranked[0] ?? -1,
      merged: ranked.slice(1).sort((a, b) => a - b),
      excluded: members.filter((row) => excludedSet.has(row)),
      values,
    };
  });
}

const NAME_FIELDS: readonly CustomerField[] = ['fullName', 'name', 'surname'];

/**
 * Members by their name, fullest first: more words ("Rosa Vega Ruiz" before "Rosa Vega"), then
 * more accents ("Núñez" before "Nuñez"), then in the order given (the ranking).
 */
function fullestNamesFirst(members: { row: number; name: string }[]): number[] {
  const score = (name: string) => [name.trim().split(/[\s,]+/).length, (name.normalize('NFD').match(/\p{M}/gu) ?? []).length];
  return members
    .map((member, order) => ({ ...member, order, score: score(member.name) }))
    .sort((a, b) => b.score[0] - a.score[0] || b.score[1] - a.score[1] || a.order - b.order)
    .map((member) => member.row);
}

function rankMembers(table: CustomerTable, rows: readonly number[], strategy: MergeStrategy, registered: (row: number) => number): number[] {
  type Member = { row: number; filled: number; day: number };
  const members: Member[] = rows.map((row) => ({
    row,
    filled: table.rows[row].reduce((count, cell) => count + (cell.trim() === '' ? 0 : 1), 0),
    day: registered(row),
  }));
  const byCompleteness = (a: Member, b: Member): number => b.filled - a.filled;
  const byRecency = (a: Member, b: Member): number => (b.day === a.day ? 0 : b.day > a.day ? 1 : -1) || b.row - a.row;
  members.sort((a, b) =>
    strategy === 'most-complete' ? byCompleteness(a, b) || byRecency(a, b) : byRecency(a, b) || byCompleteness(a, b),
  );
  return members.map((member) => member.row);
}

/**
 * A new table with every plan carried out at once (so row indexes of all plans refer to the same
 * table), and the record that undoes it. Fails, changing nothing, when a row is out of range, a
 * plan has no survivor, or a row belongs to two plans.
 */
export function applyMerges(
  table: CustomerTable,
  plans: readonly MergePlan[],
): Result<{ table: CustomerTable; undo: MergeUndo }, MergeError> {
  const n = table.rows.length;
  const seen = new Set<number>();
  for (const plan of plans) {
    if (plan.survivor < 0) return { ok: false, error: { code: 'empty-plan', row: plan.survivor } };
    for (const row of [plan.survivor, ...plan.merged]) {
      if (!Number.isInteger(row) || row < 0 || row >= n) return { ok: false, error: { code: 'row-out-of-range', row } };
      if (seen.has(row)) return { ok: false, error: { code: 'row-in-two-plans', row } };
      seen.add(row);
    }
  }
  const replaced = new Map<number, string[]>();
  const removedSet = new Set<number>();
  const undo: MergeUndo = { changed: [], removed: [] };
  for (const plan of plans) {
    replaced.set(plan.survivor, plan.values.slice());
    undo.changed.push({ index: plan.survivor, before: table.rows[plan.survivor], after: plan.values.slice() });
    for (const row of plan.merged) removedSet.add(row);
  }
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let row = 0; row < n; row++) {
    if (removedSet.has(row)) {
      undo.removed.push({ index: row, row: table.rows[row], rowNumber: table.rowNumbers[row] });
      continue;
    }
    rows.push(replaced.get(row) ?? table.rows[row]);
    rowNumbers.push(table.rowNumbers[row]);
  }
  undo.changed.sort((a, b) => a.index - b.index);
  return { ok: true, value: { table: { ...table, rows, rowNumbers }, undo: structuredClone(undo) } };
}

/**
 * The table as it was before `applyMerges`, from the table it returned (merges undone in the
 * reverse order they were made). Fails with `undo-mismatch` if the table changed since.
 */
export function undoMerges(table: CustomerTable, undo: MergeUndo): Result<CustomerTable, MergeError> {
  const total = table.rows.length + undo.removed.length;
  const rows: string[][] = new Array(total);
  const rowNumbers: number[] = new Array(total);
  for (const removed of undo.removed) {
    if (removed.index >= total) return { ok: false, error: { code: 'undo-mismatch', row: removed.index } };
    rows[removed.index] = removed.row.slice();
    rowNumbers[removed.index] = removed.rowNumber;
  }
  let source = 0;
  for (let index = 0; index < total; index++) {
    if (rows[index] !== undefined) continue;
    if (source >= table.rows.length) return { ok: false, error: { code: 'undo-mismatch', row: index } };
    rows[index] = table.rows[source];
    rowNumbers[index] = table.rowNumbers[source];
    source++;
  }
  for (const change of undo.changed) {
    const current = rows[change.index];
    if (!current || !sameCells(current, change.after)) return { ok: false, error: { code: 'undo-mismatch', row: change.index } };
    rows[change.index] = change.before.slice();
  }
  return { ok: true, value: { ...table, rows, rowNumbers } };
}

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((cell, i) => cell === b[i]);
}
