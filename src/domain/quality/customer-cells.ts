import type { CustomerField, CustomerTable } from '../dataset';
import { resolveCountry } from './countries';

/** The cell of `field` in `row`, or '' where the field is not mapped or the row is short. */
export function fieldCell(table: CustomerTable, row: number, field: CustomerField): string {
  const column = table.mapping[field];
  return column === undefined ? '' : (table.rows[row][column] ?? '');
}

/** The field each column is mapped to, by column index; null for unmapped columns. */
export function fieldsByColumn(table: CustomerTable): (CustomerField | null)[] {
  const width = Math.max(table.header.length, ...Object.values(table.mapping).map((c) => (c ?? -1) + 1));
  const fields: (CustomerField | null)[] = new Array(width).fill(null);
  for (const [field, column] of Object.entries(table.mapping) as [CustomerField, number | undefined][]) {
    if (column !== undefined) fields[column] = field;
  }
  return fields;
}

/** A person's name as one text: the full-name column, else name and surname joined. */
export function personNameCell(table: CustomerTable, row: number): string {
  const full = fieldCell(table, row, 'fullName').trim();
  if (full !== '') return full;
  return `${fieldCell(table, row, 'name').trim()} ${fieldCell(table, row, 'surname').trim()}`.trim();
}

/** The row's country (ISO alpha-2) from a country column, else the plan's country. */
export function rowCountry(table: CustomerTable, row: number, planCountry: string): string {
  return table.mapping.country === undefined ? planCountry : resolveCountry(fieldCell(table, row, 'country'), planCountry);
}

/** Number of columns a row-wise copy of the table must keep: the header's or the longest row's. */
export function tableWidth(table: CustomerTable): number {
  let width = table.header.length;
  for (const row of table.rows) if (row.length > width) width = row.length;
  return width;
}
