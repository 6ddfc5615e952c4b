import type { CustomerTable } from '../dataset';
import type { Result } from '../result';

/** One cell changed from `before` to `after`; `row` and `column` index `table.rows`. */
export interface CellEdit {
  row: number;
  column: number;
  before: string;
  after: string;
}

/** The table no longer holds what an edit expects (it changed since the edits were computed), or the cell does not exist. */
export type CellEditError = { code: 'stale-edit' | 'cell-out-of-range'; row: number; column: number };

/**
 * A new table with the edits applied; rows not edited are shared with the old table, which is not
 * changed. Fails, changing nothing, if a cell does not hold the edit's `before`.
 */
export function applyCellEdits(table: CustomerTable, edits: readonly CellEdit[]): Result<CustomerTable, CellEditError> {
  return rewrite(table, edits, 'before', 'after');
}

/** Undoes `applyCellEdits`: a new table with each edited cell back to `before`. Fails if a cell no longer holds `after`. */
export function revertCellEdits(table: CustomerTable, edits: readonly CellEdit[]): Result<CustomerTable, CellEditError> {
  return rewrite(table, edits.slice().reverse(), 'after', 'before');
}

/** Number of distinct rows the edits touch. */
export function rowsTouched(edits: readonly CellEdit[]): number {
  return new Set(edits.map((edit) => edit.row)).size;
}

function rewrite(
  table: CustomerTable,
  edits: readonly CellEdit[],
  expected: 'before' | 'after',
  written: 'before' | 'after',
): Result<CustomerTable, CellEditError> {
  const rows = table.rows.slice();
  const copied = new Set<number>();
  for (const edit of edits) {
    const { row, column } = edit;
    if (row < 0 || row >= rows.length || column < 0 || column >= rows[row].length) {
      return { ok: false, error: { code: 'cell-out-of-range', row, column } };
    }
    if (rows[row][column] !== edit[expected]) return { ok: false, error: { code: 'stale-edit', row, column } };
    if (!copied.has(row)) {
      rows[row] = rows[row].slice();
      copied.add(row);
    }
    rows[row][column] = edit[written];
  }
  return { ok: true, value: { ...table, rows } };
}
