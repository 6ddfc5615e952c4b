import { base64ToBytes } from './base64';
import type { BackupError, BackupFile } from './backup-format';
import { MAX_BACKUP_BYTES } from './backup-limits';
import { readBackup } from './read-backup';

export type ReadBlob = { ok: true; value: BackupFile } | { ok: false; error: BackupError };

/**
 * Reads a backup file as `readBackup` does, refusing one too big before reading it, and hands
 * its datasets back as Blobs, decoded here (in the worker) rather than on the page.
 */
export async function readBackupBlob(file: Blob): Promise<ReadBlob> {
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, error: { code: 'too-large' } };
  const read = await readBackup(new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) return read;
  for (const entry of read.value.plans) {
    entry.datasets = entry.datasets.map((d) => ({
      ...d,
      content: '',
      blob: new Blob([base64ToBytes(d.content)! as BlobPart], { type: d.contentType }),
    }));
  }
  return read;
}
