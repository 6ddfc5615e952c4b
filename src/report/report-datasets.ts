import type { DatasetKind } from '../domain/dataset';

/** What the report needs of an imported file: its columns and the meaning each was given. */
export interface ReportDataset {
  kind: DatasetKind;
  fileName: string;
  /** ISO timestamp. */
  importedAt: string;
  header: string[];
  /** Field → column index, as confirmed on import. */
  mapping: Partial<Record<string, number>>;
  /** Rows read, when stored. */
  rows: number | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * A stored dataset's settings (`{ options: { mapping: { [kind]: mapping } }, counts, header }`,
 * as the diagnosis stores them) read for the report. Anything missing or malformed is left
 * empty: the data dictionary then lists fewer columns, never fails.
 */
export function reportDataset(stored: { kind: DatasetKind; fileName: string; importedAt: string; settings: Record<string, unknown> }): ReportDataset {
  const { settings } = stored;
  const header = Array.isArray(settings.header) ? settings.header.map((h) => String(h ?? '')) : [];
  const options = isRecord(settings.options) ? settings.options : {};
  const byKind = isRecord(options.mapping) ? options.mapping[stored.kind] : undefined;
  const mapping: Partial<Record<string, number>> = {};
  if (isRecord(byKind)) {
    for (const [field, index] of Object.entries(byKind)) {
      if (typeof index === 'number' && Number.isInteger(index) && index >= 0) mapping[field] = index;
    }
  }
  const counts = isRecord(settings.counts) ? settings.counts : {};
  return {
    kind: stored.kind,
    fileName: stored.fileName,
    importedAt: stored.importedAt,
    header,
    mapping,
    rows: typeof counts.rows === 'number' ? counts.rows : null,
  };
}
