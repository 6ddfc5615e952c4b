import type { ColumnMapping, DatasetKind } from './dataset';
import type { ImportCounts, ImportOptions } from './csv/import-types';

/** What is kept beside an imported file: how it was read and what the read found, and its cleaning. */
export interface DatasetSettings {
  /**
   * The import options the person confirmed, column mapping included; a file stored by an early
   * version may lack some (it is then read with what is detected).
   */
  options?: Partial<ImportOptions>;
  counts?: Partial<ImportCounts>;
  /** The header row as read. */
  header?: string[];
  /** The file's cleaning, as stored: read it with `restoreCleaningRecord`. */
  cleaning?: unknown;
  /** The cleaning of the file this one replaced, waiting for the person's answer, as stored. */
  previousCleaning?: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The entries that are column numbers. */
function columnMapping(raw: unknown): ColumnMapping<string> {
  if (!isRecord(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, number] => Number.isInteger(entry[1]) && (entry[1] as number) >= 0));
}

function numbers(raw: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, number] => Number.isFinite(entry[1])));
}

/**
 * Stored or imported settings, whatever version wrote them: a column mapping keeps only column
 * numbers, counts only numbers, the header only text; options that are not an object are left
 * out. Anything else, a cleaning included, is kept as it was for the code that reads it.
 */
export function restoreDatasetSettings(raw: unknown): DatasetSettings {
  if (!isRecord(raw)) return {};
  const { options, counts, header, ...rest } = raw;
  const restored: DatasetSettings = rest;
  if (isRecord(options)) {
    const { mapping, ...read } = options;
    restored.options = read as Partial<ImportOptions>;
    if (isRecord(mapping)) {
      const kinds: DatasetKind[] = ['transactions', 'customers'];
      restored.options.mapping = Object.fromEntries(kinds.filter((kind) => kind in mapping).map((kind) => [kind, columnMapping(mapping[kind])]));
    }
  }
  if (isRecord(counts)) restored.counts = numbers(counts);
  if (Array.isArray(header)) restored.header = header.map((cell) => String(cell ?? ''));
  return restored;
}
