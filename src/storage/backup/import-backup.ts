import type { FidelizaDb } from '../db';
import { base64ToBytes } from './base64';
import type { BackupFile, BackupPlan } from './backup-format';

/** What to do with a plan whose identity is already in this browser. */
export type ClashChoice = 'replace' | 'keep-both';

/**
 * Plans of the backup that already exist here, so the user can be asked before anything changes.
 * A plan the user deleted (still within its undo window) is no clash: the backup brings it back.
 */
export async function findClashes(db: FidelizaDb, backup: BackupFile): Promise<BackupPlan[]> {
  const existing = await db.plans.bulkGet(backup.plans.map((p) => p.plan.id));
  return backup.plans.filter((_, i) => existing[i] !== undefined && existing[i]?.deletedAt === null);
}

/**
 * Adds the backup's plans in one transaction: all of them or, if anything fails, none.
 * A clashing plan replaces the stored one, or is added beside it under a new id.
 */
export async function importBackup(db: FidelizaDb, backup: BackupFile, onClash: ClashChoice): Promise<string[]> {
  return db.transaction('rw', [db.plans, db.datasets, db.snapshots, db.drafts], async () => {
    const ids: string[] = [];
    for (const entry of backup.plans) {
      const stored = await db.plans.get(entry.plan.id);
      const copy = stored !== undefined && stored.deletedAt === null && onClash === 'keep-both';
      const planId = copy ? crypto.randomUUID() : entry.plan.id;
      if (stored && !copy) {
        await db.datasets.where('planId').equals(planId).delete();
        await db.snapshots.where('planId').equals(planId).delete();
        // Drafts typed over the replaced plan would otherwise be replayed over the restored one.
        await db.drafts.where('planId').equals(planId).delete();
      }
      await db.plans.put({ ...entry.plan, id: planId, deletedAt: null });
      await db.datasets.bulkPut(
        entry.datasets.map(({ content, contentType, blob, ...rest }) => ({
          ...rest,
          id: copy ? crypto.randomUUID() : rest.id,
          planId,
          blob: blob ?? new Blob([base64ToBytes(content)! as BlobPart], { type: contentType }),
        })),
      );
      await db.snapshots.bulkPut(
        entry.snapshots.map((s) => ({ ...s, id: copy ? crypto.randomUUID() : s.id, planId })),
      );
      ids.push(planId);
    }
    return ids;
  });
}
