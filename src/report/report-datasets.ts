import type { DatasetKind } from '../domain/dataset';
import type { DatasetSettings } from '../domain/dataset-settings';

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

/**
 * A stored dataset's settings, as the diagnosis stores them and storage restores them, read for
 * the report. Anything missing is left empty: the data dictionary then lists fewer columns, never fails.
 */
export function reportDataset(stored: { kind: DatasetKind; fileName: string; importedAt: string; settings: DatasetSettings }): ReportDataset {
  const { settings } = stored;
  return {
    kind: stored.kind,
    fileName: stored.fileName,
    importedAt: stored.importedAt,
    header: settings.header ?? [],
    mapping: { ...settings.options?.mapping?.[stored.kind] },
    rows: settings.counts?.rows ?? null,
  };
}
