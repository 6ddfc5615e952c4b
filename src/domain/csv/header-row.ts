import { forEachRow } from './parse-rows';
import type { Delimiter, Newline } from './sniff';

/** How far down the header may be: ERP reports put a title, a date and a blank line above it. */
export const MAX_LEADING_ROWS = 20;

/**
 * Index of the row that starts the table among the first rows: the first with two or more
 * fields filled (or, in a two-column table, any filled). Title lines («Informe de ventas»,
 * «Generado el…») fill one field; blank or delimiter-only lines fill none.
 */
export function findTableStart(rows: readonly (readonly string[])[], fieldCount: number): number {
  const needed = fieldCount >= 3 ? 2 : 1;
  const limit = Math.min(rows.length, MAX_LEADING_ROWS + 1);
  for (let i = 0; i < limit; i++) {
    let filled = 0;
    for (const cell of rows[i]) if (cell.trim() !== '') filled++;
    if (filled >= needed) return i;
  }
  return 0;
}

/**
 * The 1-based line on which each row of the sample starts, for the rows the sniffer keeps (blank
 * lines left out), so that a row index and the line number people see can be turned into each other.
 */
export function rowStartLines(sample: string, delimiter: Delimiter, newline: Newline): number[] {
  const lines: number[] = [];
  forEachRow(sample, { delimiter, newline }, (cells, line) => {
    if (cells.length > 1 || cells[0].trim() !== '') lines.push(line);
  });
  return lines;
}
