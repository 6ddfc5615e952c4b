/// <reference lib="webworker" />
import { readBackupBlob } from '../storage/backup/read-backup-blob';

/** Reads one backup file away from the page: decompressing, checking and decoding it can take seconds. */
self.onmessage = async (event: MessageEvent<Blob>) => {
  postMessage(await readBackupBlob(event.data));
};
