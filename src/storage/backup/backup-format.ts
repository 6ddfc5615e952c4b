import type { DatasetSettings } from '../../domain/dataset-settings';
import type { Plan } from '../../domain/plan';

export const BACKUP_APP = 'fideliza-backup';
/** Raise with every change of the file's shape, and teach `readBackup` the old one. */
export const BACKUP_VERSION = 1;

export interface BackupDataset {
  id: string;
  kind: 'transactions' | 'customers';
  fileName: string;
  importedAt: string;
  settings: DatasetSettings;
  /** The file's bytes, base64. */
  content: string;
  contentType: string;
  /** The bytes already decoded, off the page, by the backup worker; `content` is then empty. */
  blob?: Blob;
}

export interface BackupPlan {
  plan: Plan;
  datasets: BackupDataset[];
  snapshots: { id: string; takenAt: string; figures: Record<string, number> }[];
}

export interface BackupFile {
  app: typeof BACKUP_APP;
  version: number;
  exportedAt: string;
  plans: BackupPlan[];
}

export type BackupErrorCode = 'not-a-backup' | 'corrupted' | 'newer-version' | 'invalid-plan' | 'empty' | 'too-large';
export interface BackupError {
  code: BackupErrorCode;
  /** Where in the file, for the curious: plan name or index, and the field. */
  where?: string;
}
