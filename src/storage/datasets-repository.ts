import type { DatasetKind } from '../domain/dataset';
import { restoreDatasetSettings } from '../domain/dataset-settings';
import type { FidelizaDb, StoredDataset } from './db';

/** The files imported into a plan: at most one of each kind, kept whole as Blobs. */
export class DatasetsRepository {
  constructor(private readonly db: FidelizaDb) {}

  /** The kinds of data each plan has, for the plans page's progress. */
  async kindsByPlan(): Promise<Map<string, DatasetKind[]>> {
    const kinds = new Map<string, DatasetKind[]>();
    await this.db.datasets.each((d) => kinds.set(d.planId, [...(kinds.get(d.planId) ?? []), d.kind]));
    return kinds;
  }

  /** The plan's files, their settings read back safely whatever version stored them. */
  async listFor(planId: string): Promise<StoredDataset[]> {
    const stored = await this.db.datasets.where('planId').equals(planId).toArray();
    return stored.map((dataset) => ({ ...dataset, settings: restoreDatasetSettings(dataset.settings) }));
  }

  /** Stores a new file of its kind in place of the old one, in one transaction. */
  async replace(dataset: Omit<StoredDataset, 'id'>): Promise<StoredDataset> {
    const stored = { ...dataset, id: crypto.randomUUID() };
    await this.db.transaction('rw', this.db.datasets, this.db.plans, async () => {
      await this.db.datasets.where('planId').equals(dataset.planId).filter((d) => d.kind === dataset.kind).delete();
      await this.db.datasets.add(stored);
      await this.db.plans.update(dataset.planId, { updatedAt: new Date().toISOString() });
    });
    return stored;
  }

  async remove(planId: string, kind: DatasetKind): Promise<void> {
    await this.db.transaction('rw', this.db.datasets, this.db.plans, async () => {
      await this.db.datasets.where('planId').equals(planId).filter((d) => d.kind === kind).delete();
      await this.db.plans.update(planId, { updatedAt: new Date().toISOString() });
    });
  }
}
