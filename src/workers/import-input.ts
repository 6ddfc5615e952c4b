import { importCsv, type ImportError, type ImportOptions, type ImportResult } from '../domain/csv/import-csv';
import type { Result } from '../domain/result';
import { readSpreadsheet, spreadsheetFormat } from './spreadsheet';
import { importBlob, type ReadProgress } from './stream-import';

/**
 * A file or pasted text read as a table. An .xlsx or .ods file becomes the CSV text of one sheet
 * first (dates and numbers from the cell types, so the decimal point is known); any other file
 * is read in parts (`importBlob`), which refuses an old binary .xls with a message of its own.
 * Files arrive as Blobs and are read here, so the page never holds or copies their bytes.
 */
export async function importInput(
  input: string | Blob | Uint8Array,
  options: ImportOptions,
  onprogress?: (progress: ReadProgress) => void,
  stopped?: () => boolean,
): Promise<{ result: Result<ImportResult, ImportError>; sheets: string[] | null }> {
  if (typeof input === 'string') return { result: importCsv(input, options), sheets: null };
  const head = ArrayBuffer.isView(input) ? input.subarray(0, 4096) : new Uint8Array(await input.slice(0, 4096).arrayBuffer());
  const format = spreadsheetFormat(head);
  if (!format) return { result: ArrayBuffer.isView(input) ? importCsv(input, options) : await importBlob(input, options, { onprogress, stopped }), sheets: null };
  const raw = ArrayBuffer.isView(input) ? input : new Uint8Array(await input.arrayBuffer());
  let read;
  try {
    read = await readSpreadsheet(raw, format, options.sheet);
  } catch {
    return { result: { ok: false, error: { code: 'unreadable-spreadsheet' } }, sheets: null };
  }
  const sheetOptions = { ...options, sheet: read.sheet, delimiter: ',' as const, decimal: options.decimal ?? '.' };
  return { result: importCsv(read.text, sheetOptions), sheets: read.sheets };
}
