import type { CleaningRecord } from '../domain/quality/cleaning-ops';
import type { FidelizaDb, StoredDataset } from './db';

/**
 * The cleaning of a customers file, stored in the file's own record (`settings.cleaning`), so that
 * it is backed up, copied with the plan and deleted with the file like the rest of its settings.
 */
export class CleaningRepository {
  constructor(private readonly db: FidelizaDb) {}

  /**
   * Writes the cleaning of a file (null: none) and, when asked, forgets the cleaning carried over
   * from the file it replaced. Returns the record as stored, or undefined if the file is gone.
   */
  async save(datasetId: string, cleaning: CleaningRecord | null, options: { dropPrevious?: boolean } = {}): Promise<StoredDataset | undefined> {
    return this.db.transaction('rw', this.db.datasets, async () => {
      const dataset = await this.db.datasets.get(datasetId);
      if (!dataset) return undefined;
      const { cleaning: _old, previousCleaning, ...settings } = dataset.settings;
      const next: StoredDataset = {
        ...dataset,
        settings: {
          ...settings,
          ...(cleaning ? { cleaning } : {}),
          ...(previousCleaning !== undefined && !options.dropPrevious ? { previousCleaning } : {}),
        },
      };
      await this.db.datasets.put(next);
      return next;
    });
  }
}
