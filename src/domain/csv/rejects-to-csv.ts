import Papa from 'papaparse';
import type { RejectCode, RejectedRow } from '../dataset';

/** What a spreadsheet would run as a formula (Papa's own pattern misses cells with a line break). */
const FORMULA_START = /^[=+\-@\t\r]/;

export interface RejectsCsvOptions {
  /** The header of the imported file: its columns follow the reason columns. */
  header?: readonly string[];
  delimiter?: ',' | ';' | '\t';
  /** Column titles of the first four columns, in the user's language. */
  labels?: { row: string; reason: string; column: string; value: string };
  /** The reason in words, in the user's language; the code by default. */
  reason?: (code: RejectCode) => string;
}

/**
 * Rejected rows as CSV text for download: line, reason, column at fault, its value, then the
 * row's own cells, so the file can be fixed and imported again. Cells starting with
 * `= + - @` (or tab, carriage return) get a leading `'`, so no spreadsheet runs them as a formula.
 */
export function rejectsToCsv(rejects: readonly RejectedRow[], options: RejectsCsvOptions = {}): string {
  const labels = options.labels ?? { row: 'row', reason: 'reason', column: 'column', value: 'value' };
  const reason = options.reason ?? ((code: RejectCode) => code);
  const header = [labels.row, labels.reason, labels.column, labels.value, ...(options.header ?? [])];
  const rows = rejects.map((r) => [r.row, reason(r.code), r.column ?? '', r.value ?? '', ...(r.cells ?? [])]);
  return Papa.unparse([header, ...rows], { delimiter: options.delimiter ?? ',', newline: '\r\n', escapeFormulae: FORMULA_START });
}
