import Dexie, { type EntityTable } from 'dexie';
import type { DatasetSettings } from '../domain/dataset-settings';
import type { PathStep } from '../domain/merge/merge-three-way';
import type { Plan, PlanAddress } from '../domain/plan';

/** An imported file, kept whole as a Blob with the choices made when it was read. */
export interface StoredDataset {
  id: string;
  planId: string;
  kind: 'transactions' | 'customers';
  fileName: string;
  importedAt: string;
  blob: Blob;
  /** The import options and column mapping the user confirmed, what the read found, the cleaning. */
  settings: DatasetSettings;
}

/** Figures of the diagnosis frozen at a date, so later imports don't rewrite history. */
export interface StoredSnapshot {
  id: string;
  planId: string;
  takenAt: string;
  figures: Record<string, number>;
}

/** What one tab overwrote in another's place; kept until the user dismisses it. */
export interface StoredConflict {
  id?: number;
  planId: string;
  address: PlanAddress;
  /** Where inside the address's value the two versions differ; empty or absent: the whole value. */
  path?: PathStep[];
  /** The other tab's version, replaced by `mine`. */
  overwritten: unknown;
  mine?: unknown;
  at: string;
}

/** One tab's unsaved edits of one plan, written at every keystroke so a crash cannot take them. */
export interface StoredDraft {
  /** `<planId> <tabId>` */
  id: string;
  planId: string;
  tabId: string;
  at: number;
  /** The tab's count of states: a higher one is later. */
  seq: number;
  edits: Partial<Record<string, { base: unknown; value: unknown }>>;
}

export type FidelizaDb = Dexie & {
  plans: EntityTable<Plan, 'id'>;
  datasets: EntityTable<StoredDataset, 'id'>;
  snapshots: EntityTable<StoredSnapshot, 'id'>;
  conflicts: EntityTable<StoredConflict, 'id'>;
  drafts: EntityTable<StoredDraft, 'id'>;
};

export const DB_NAME = 'fideliza';

/** Every change of the stored shape is a new version below, with its upgrade. */
export function openDb(name = DB_NAME): FidelizaDb {
  const db = new Dexie(name) as FidelizaDb;
  db.version(1).stores({
    plans: 'id, updatedAt, deletedAt',
    datasets: 'id, planId',
    snapshots: 'id, planId, takenAt',
    conflicts: '++id, planId',
  });
  // Version 2: plans gain `sections`, the structured content of the steps.
  db.version(2).upgrade((tx) =>
    tx.table('plans').toCollection().modify((plan: Partial<Plan>) => {
      plan.sections ??= {};
    }),
  );
  // Version 3: each tab's unsaved drafts, kept apart from the plans so that writing them is small.
  db.version(3).stores({ drafts: 'id, planId' });
  // A tab holding an old version lets another tab upgrade, then asks to be reloaded.
  db.on('versionchange', () => {
    db.close();
    globalThis.dispatchEvent?.(new CustomEvent('fideliza:db-outdated'));
    return false;
  });
  return db;
}

export const db = openDb();
