import type { CustomerTable } from '../dataset';
import { tableWidth } from './customer-cells';

export interface CsvExportOptions {
  /** The plan's language: `es` writes `;` and a UTF-8 byte-order mark, so that Excel in Spanish opens it in columns. */
  language: 'es' | 'en';
  /** Columns to write, in order; all by default. */
  columns?: readonly number[];
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The table as CSV text (header first, CRLF line ends). Delimiter `;` with a BOM for Spanish, `,`
 * otherwise. A cell that starts with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so that a
 * spreadsheet does not run it as a formula (this includes "+34…" phones and negative numbers,
 * which Excel then shows as text). Cells with the delimiter, a quote or a line break are quoted.
 */
export function exportCsv(table: CustomerTable, options: CsvExportOptions): string {
  const delimiter = options.language === 'es' ? ';' : ',';
  const columns = options.columns ?? Array.from({ length: tableWidth(table) }, (_, i) => i);
  const line = (cells: readonly string[]): string => columns.map((c) => csvCell(cells[c] ?? '', delimiter)).join(delimiter);
  const lines = [line(table.header), ...table.rows.map(line)];
  return (options.language === 'es' ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

/** One cell escaped for CSV: formula neutralised, then quoted if needed. */
export function csvCell(value: string, delimiter: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
