import type { Plan } from '../domain/plan';
import { db } from '../storage/db';
import type { BackupError, BackupFile, BackupPlan } from '../storage/backup/backup-format';
import { findClashes, importBackup, type ClashChoice } from '../storage/backup/import-backup';
import { announceRestored } from '../storage/backup/restored-channel';
import { collectBackup, encodeBackup } from '../storage/backup/write-backup';
import { forgetSafetyCopies } from './safety-copies';
import { download, safeFileName } from '../components/download';
import { readBackupOffPage } from '../workers/backup-client';

export const BACKUP_EXTENSION = '.fideliza';

export async function downloadBackup(plans: Plan[], allName: string): Promise<void> {
  const backup = await collectBackup(db, plans.map((p) => p.id));
  const stamp = new Date().toISOString().slice(0, 10);
  const name = plans.length === 1 ? plans[0].name : allName;
  download((await encodeBackup(backup)) as BlobPart, `${safeFileName(name)} ${stamp}${BACKUP_EXTENSION}`, 'application/gzip');
}

export type ReadOutcome =
  | { ok: true; backup: BackupFile; clashes: BackupPlan[] }
  | { ok: false; error: BackupError; fileName: string };

export async function readBackupFile(file: File): Promise<ReadOutcome> {
  const read = await readBackupOffPage(file);
  if (!read.ok) return { ok: false, error: read.error, fileName: file.name };
  return { ok: true, backup: read.value, clashes: await findClashes(db, read.value) };
}

/** Imports the backup and tells the tabs showing a replaced plan to show the restored one. */
export async function restoreBackup(backup: BackupFile, onClash: ClashChoice): Promise<string[]> {
  const ids = await importBackup(db, backup, onClash);
  const replaced = ids.filter((id) => backup.plans.some((entry) => entry.plan.id === id));
  forgetSafetyCopies(replaced);
  announceRestored(replaced);
  return ids;
}
