import type { CleaningRecord } from '../domain/quality/cleaning-ops';
import type { FidelizaDb, StoredDataset } from './db';

export type CleaningSave = { ok: true; dataset: StoredDataset } | { ok: false; code: 'gone' | 'changed-elsewhere' };

/** The last operation of a record: what tells one stored cleaning from another. */
function lastOp(record: unknown): string {
  const ops = typeof record === 'object' && record !== null ? (record as { ops?: unknown }).ops : undefined;
  const last = Array.isArray(ops) ? (ops.at(-1) as { id?: unknown; at?: unknown } | undefined) : undefined;
  return last ? `${String(last.id)}@${String(last.at)}` : '';
}

/**
 * The cleaning of a customers file, stored in the file's own record (`settings.cleaning`), so that
 * it is backed up, copied with the plan and deleted with the file like the rest of its settings.
 */
export class CleaningRepository {
  constructor(private readonly db: FidelizaDb) {}

  /**
   * Writes the cleaning of a file (null: none) in place of `base`, what this tab last saw stored,
   * and, when asked, forgets the cleaning carried over from the file it replaced. Refuses when the
   * file is gone, or when another tab stored a different cleaning meanwhile (its work would be lost).
   */
  async save(
    datasetId: string,
    cleaning: CleaningRecord | null,
    base: CleaningRecord | null,
    options: { dropPrevious?: boolean } = {},
  ): Promise<CleaningSave> {
    return this.db.transaction('rw', this.db.datasets, async () => {
      const dataset = await this.db.datasets.get(datasetId);
      if (!dataset) return { ok: false, code: 'gone' };
      const { cleaning: stored, previousCleaning, ...settings } = dataset.settings;
      if (lastOp(stored) !== lastOp(base)) return { ok: false, code: 'changed-elsewhere' };
      const next: StoredDataset = {
        ...dataset,
        settings: {
          ...settings,
          ...(cleaning ? { cleaning } : {}),
          ...(previousCleaning !== undefined && !options.dropPrevious ? { previousCleaning } : {}),
        },
      };
      await this.db.datasets.put(next);
      return { ok: true, dataset: next };
    });
  }
}
