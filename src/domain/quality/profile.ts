import type { CustomerField, CustomerTable } from '../dataset';
import { columnValidator, roleOfField, type ColumnRole } from './column-roles';
import { fieldsByColumn, tableWidth } from './customer-cells';

export interface ValueCount {
  value: string;
  count: number;
}

export interface ColumnProfile {
  column: number;
  header: string;
  field: CustomerField | null;
  role: ColumnRole;
  rows: number;
  /** Cells with something other than white space. */
  filled: number;
  /** filled / rows; null when the table has no rows. */
  filledShare: number | null;
  /** Filled cells that pass the role's check (every filled cell of a `text` column). */
  valid: number;
  /** valid / filled; null when no cell is filled. */
  validShare: number | null;
  /** Distinct filled values, compared trimmed and as written (case matters). */
  distinct: number;
  /** The most frequent trimmed values, most frequent first, ties in text order. */
  top: ValueCount[];
  /** Row indexes (0-based, into `table.rows`) of the empty cells. */
  emptyRows: number[];
  /** Row indexes of the filled cells that fail the role's check. */
  invalidRows: number[];
}

export interface ProfileOptions {
  /** ISO alpha-2 country of the plan, for phones and postal codes of rows without a country. Default ES. */
  country?: string;
  /** How many top values to keep per column. Default 10. */
  topValues?: number;
}

/**
 * One profile per column of the table (mapped or not, in column order). Cost: one pass over the
 * cells plus a sort of each column's distinct values.
 */
export function profileTable(table: CustomerTable, options: ProfileOptions = {}): ColumnProfile[] {
  const fields = fieldsByColumn(table);
  const width = Math.max(tableWidth(table), fields.length);
  const profiles: ColumnProfile[] = [];
  for (let column = 0; column < width; column++) {
    profiles.push(profileColumn(table, column, fields[column] ?? null, options));
  }
  return profiles;
}

function profileColumn(table: CustomerTable, column: number, field: CustomerField | null, options: ProfileOptions): ColumnProfile {
  const validate = columnValidator(table, column, options.country ?? 'ES');
  const counts = new Map<string, number>();
  const emptyRows: number[] = [];
  const invalidRows: number[] = [];
  const rows = table.rows.length;
  for (let row = 0; row < rows; row++) {
    const value = (table.rows[row][column] ?? '').trim();
    if (value === '') {
      emptyRows.push(row);
      continue;
    }
    counts.set(value, (counts.get(value) ?? 0) + 1);
    if (!validate(value, row)) invalidRows.push(row);
  }
  const filled = rows - emptyRows.length;
  const valid = filled - invalidRows.length;
  return {
    column,
    header: table.header[column] ?? '',
    field,
    role: roleOfField(field),
    rows,
    filled,
    filledShare: rows === 0 ? null : filled / rows,
    valid,
    validShare: filled === 0 ? null : valid / filled,
    distinct: counts.size,
    top: topValues(counts, options.topValues ?? 10),
    emptyRows,
    invalidRows,
  };
}

/** The `limit` most frequent values, most frequent first; ties in text order. One pass, no full sort. */
export function topValues(counts: Map<string, number>, limit: number): ValueCount[] {
  const top: ValueCount[] = [];
  if (limit <= 0) return top;
  for (const [value, count] of counts) {
    if (top.length === limit && !ranksBefore(value, count, top[limit - 1])) continue;
    let at = top.length;
    while (at > 0 && ranksBefore(value, count, top[at - 1])) at--;
    top.splice(at, 0, { value, count });
    if (top.length > limit) top.pop();
  }
  return top;
}

function ranksBefore(value: string, count: number, other: ValueCount): boolean {
  return count > other.count || (count === other.count && value < other.value);
}
