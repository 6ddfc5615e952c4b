import { readBackupBlob, type ReadBlob } from '../storage/backup/read-backup-blob';

/** Reads a backup file in a short-lived worker (in the page where there are no workers, as in unit tests). */
export function readBackupOffPage(file: Blob): Promise<ReadBlob> {
  if (typeof Worker === 'undefined') return readBackupBlob(file);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ReadBlob>) => {
      worker.terminate();
      resolve(event.data);
    };
    // A worker that dies (out of memory, most likely) has read nothing into the database.
    worker.onerror = () => {
      worker.terminate();
      resolve({ ok: false, error: { code: 'too-large' } });
    };
    worker.postMessage(file);
  });
}
