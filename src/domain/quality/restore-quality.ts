import { restoreLogEntry, type CleaningLogEntry } from './cleaning-log';

/**
 * What the plan keeps of the cleaning of its customer base: the log, small and printed in the
 * PDF's appendix. The operations themselves, which can be large, are stored beside the file.
 */
export interface QualitySection {
  log: CleaningLogEntry[];
}

/** Stored or imported data → a usable section: entries that are not well formed, or whose id does not increase, dropped. */
export function restoreQuality(raw: unknown): QualitySection {
  const stored = typeof raw === 'object' && raw !== null ? (raw as { log?: unknown }).log : undefined;
  const log: CleaningLogEntry[] = [];
  for (const candidate of Array.isArray(stored) ? stored : []) {
    const entry = restoreLogEntry(candidate);
    if (entry && entry.id > (log.at(-1)?.id ?? 0)) log.push(entry);
  }
  return { log };
}
