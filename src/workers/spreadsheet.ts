import { decodeBytes } from '../domain/csv/decode-bytes';

export type SpreadsheetFormat = 'xlsx' | 'ods';

export interface SheetRead {
  /** Every sheet's name, in workbook order, for the picker. */
  sheets: string[];
  sheet: string;
  /** The chosen sheet as CSV text, dates and numbers from their cell types. */
  text: string;
}

/** Which spreadsheet the bytes are, from their signature; null for anything else (text, old .xls…). */
export function spreadsheetFormat(bytes: Uint8Array): SpreadsheetFormat | null {
  const decoded = decodeBytes(bytes.subarray(0, 4096));
  if (decoded.ok) return null;
  const format = decoded.error.format;
  return format === 'xlsx' || format === 'ods' ? format : null;
}

/**
 * Reads one sheet of an .xlsx or .ods file (fflate and a single-pass XML scanner); the readers
 * are loaded the first time a spreadsheet arrives, never with the page. Without a sheet name, or
 * with one the workbook no longer has, the sheet with the most rows is read (a notes sheet often comes first).
 */
export async function readSpreadsheet(bytes: Uint8Array, format: SpreadsheetFormat, wanted?: string): Promise<SheetRead> {
  const workbook = format === 'xlsx' ? (await import('./read-xlsx')).readXlsx(bytes) : (await import('./read-ods')).readOds(bytes);
  if (workbook.length === 0) throw new Error('spreadsheet-without-sheets');
  const longest = workbook.reduce((best, s) => (s.rows > best.rows ? s : best), workbook[0]);
  const chosen = workbook.find((s) => s.name === wanted) ?? longest;
  return { sheets: workbook.map((s) => s.name), sheet: chosen.name, text: chosen.text };
}
