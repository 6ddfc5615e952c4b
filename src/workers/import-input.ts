import { importCsv, type ImportError, type ImportOptions, type ImportResult } from '../domain/csv/import-csv';
import type { Result } from '../domain/result';
import { readSpreadsheet, spreadsheetFormat } from './spreadsheet';

/** Files arrive as Blobs and are read here, so the page never holds or copies their bytes. */
async function bytesOf(input: string | Blob | Uint8Array): Promise<string | Uint8Array> {
  if (typeof input === 'string' || ArrayBuffer.isView(input)) return input;
  return new Uint8Array(await input.arrayBuffer());
}

/**
 * A file or pasted text read as a table. An .xlsx or .ods file becomes the CSV text of one sheet
 * first (dates and numbers from the cell types, so the decimal point is known); everything else
 * goes to the CSV import as it is, which refuses an old binary .xls with a message of its own.
 */
export async function importInput(input: string | Blob | Uint8Array, options: ImportOptions): Promise<{ result: Result<ImportResult, ImportError>; sheets: string[] | null }> {
  const raw = await bytesOf(input);
  const format = typeof raw === 'string' ? null : spreadsheetFormat(raw);
  if (typeof raw === 'string' || !format) return { result: importCsv(raw, options), sheets: null };
  let read;
  try {
    read = await readSpreadsheet(raw, format, options.sheet);
  } catch {
    return { result: { ok: false, error: { code: 'unreadable-spreadsheet' } }, sheets: null };
  }
  const sheetOptions = { ...options, sheet: read.sheet, delimiter: ',' as const, decimal: options.decimal ?? '.' };
  return { result: importCsv(read.text, sheetOptions), sheets: read.sheets };
}

