import type { Plan } from '../domain/plan';
import { db } from '../storage/db';
import type { BackupError, BackupFile, BackupPlan } from '../storage/backup/backup-format';
import { findClashes, importBackup, type ClashChoice } from '../storage/backup/import-backup';
import { readBackup } from '../storage/backup/read-backup';
import { collectBackup, encodeBackup } from '../storage/backup/write-backup';
import { download, safeFileName } from '../components/download';

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
  const read = await readBackup(new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) return { ok: false, error: read.error, fileName: file.name };
  return { ok: true, backup: read.value, clashes: await findClashes(db, read.value) };
}

export function restoreBackup(backup: BackupFile, onClash: ClashChoice): Promise<string[]> {
  return importBackup(db, backup, onClash);
}
