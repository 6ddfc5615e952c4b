import type { FidelizaDb } from '../db';
import { bytesToBase64 } from './base64';
import { BACKUP_APP, BACKUP_VERSION, type BackupFile, type BackupPlan } from './backup-format';
import { gzip } from './gzip';

async function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await new Response(blob).arrayBuffer());
}

/** Collects the plans with everything stored for them, and marks them as backed up. */
export async function collectBackup(db: FidelizaDb, planIds: string[], now = new Date()): Promise<BackupFile> {
  const plans: BackupPlan[] = [];
  for (const id of planIds) {
    const plan = await db.plans.get(id);
    if (!plan) continue;
    const datasets = await db.datasets.where('planId').equals(id).toArray();
    const snapshots = await db.snapshots.where('planId').equals(id).toArray();
    plans.push({
      plan: { ...plan, backedUpAt: now.toISOString() },
      datasets: await Promise.all(
        datasets.map(async ({ blob, planId: _planId, ...rest }) => ({
          ...rest,
          contentType: blob.type,
          content: bytesToBase64(await blobBytes(blob)),
        })),
      ),
      snapshots: snapshots.map(({ planId: _planId, ...rest }) => rest),
    });
  }
  // The file is whole without it: a full storage only leaves the plans' "last backup" date behind.
  await db.plans.bulkUpdate(plans.map(({ plan }) => ({ key: plan.id, changes: { backedUpAt: now.toISOString() } }))).catch(() => 0);
  return { app: BACKUP_APP, version: BACKUP_VERSION, exportedAt: now.toISOString(), plans };
}

/** The backup as the bytes of a gzip-compressed JSON file. */
export async function encodeBackup(backup: BackupFile): Promise<Uint8Array> {
  return gzip(new TextEncoder().encode(JSON.stringify(backup)));
}
