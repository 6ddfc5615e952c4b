import { changesBase, restoreCleaningRecord, type CleaningRecord } from '../domain/quality/cleaning-ops';
import type { StoredDataset } from '../storage/db';

/** The cleaning of a customers file made on the file it replaced, kept until the user keeps or drops it. */
export interface PreviousCleaning {
  fileName: string;
  importedAt: string;
  record: CleaningRecord;
}

/** The cleaning stored beside a customers file, or null. */
export function storedCleaning(dataset: StoredDataset | undefined): CleaningRecord | null {
  return dataset?.kind === 'customers' ? restoreCleaningRecord(dataset.settings.cleaning) : null;
}

/** The cleaning of the file this one replaced, waiting for the user's answer, or null. */
export function previousCleaning(dataset: StoredDataset | undefined): PreviousCleaning | null {
  const raw = dataset?.kind === 'customers' ? dataset.settings.previousCleaning : undefined;
  if (typeof raw !== 'object' || raw === null) return null;
  const { fileName, importedAt, record } = raw as Record<string, unknown>;
  const restored = restoreCleaningRecord(record);
  return restored && typeof fileName === 'string' && typeof importedAt === 'string' ? { fileName, importedAt, record: restored } : null;
}

/**
 * Settings a new customers file takes over from the one it replaces: that file's cleaning, if it
 * changed anything (or the one still waiting for an answer), so that the user can carry it over.
 */
export function carriedCleaning(replaced: StoredDataset | undefined): { previousCleaning?: PreviousCleaning } {
  const record = storedCleaning(replaced);
  if (replaced && changesBase(record)) {
    return { previousCleaning: { fileName: replaced.fileName, importedAt: replaced.importedAt, record: record as CleaningRecord } };
  }
  const waiting = previousCleaning(replaced);
  return waiting ? { previousCleaning: waiting } : {};
}
