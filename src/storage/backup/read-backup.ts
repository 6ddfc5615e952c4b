import * as v from 'valibot';
import { restoreDatasetSettings } from '../../domain/dataset-settings';
import { restorePlan } from '../../domain/restore-plan';
import { base64ToBytes } from './base64';
import { BACKUP_APP, BACKUP_VERSION, type BackupError, type BackupFile } from './backup-format';
import { declaredGzipSize, MAX_BACKUP_BYTES } from './backup-limits';
import { gunzipCapped, isGzip } from './gzip';

const datasetSchema = v.object({
  id: v.string(),
  kind: v.picklist(['transactions', 'customers']),
  fileName: v.string(),
  importedAt: v.string(),
  settings: v.pipe(v.optional(v.unknown(), {}), v.transform(restoreDatasetSettings)),
  content: v.string(),
  contentType: v.optional(v.string(), ''),
});
const snapshotSchema = v.object({ id: v.string(), takenAt: v.string(), figures: v.record(v.string(), v.number()) });
const entrySchema = v.object({
  plan: v.unknown(),
  datasets: v.optional(v.array(datasetSchema), []),
  snapshots: v.optional(v.array(snapshotSchema), []),
});

type Read = { ok: true; value: BackupFile } | { ok: false; error: BackupError };

/** Deflate never expands more than about 1032 to 1: a file declaring more is damaged. */
const MAX_DEFLATE_RATIO = 1032;

/**
 * The JSON text of a backup: gzip is decompressed as a stream, capped at the size the file
 * declares, which must itself be possible and under `max`.
 */
async function backupText(bytes: Uint8Array, max: number): Promise<{ ok: true; text: string } | { ok: false; error: BackupError }> {
  const gz = isGzip(bytes);
  if (!gz && bytes.length > max) return { ok: false, error: { code: 'too-large' } };
  let content: Uint8Array | null = bytes;
  if (gz) {
    const declared = declaredGzipSize(bytes);
    if (declared > bytes.length * MAX_DEFLATE_RATIO + 1024) return { ok: false, error: { code: 'corrupted' } };
    if (declared > max) return { ok: false, error: { code: 'too-large' } };
    try {
      content = await gunzipCapped(bytes, declared);
    } catch {
      content = null;
    }
    if (content === null) return { ok: false, error: { code: 'corrupted' } };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(content) };
  } catch {
    return { ok: false, error: { code: gz ? 'corrupted' : 'not-a-backup' } };
  }
}

/** Reads a backup file; anything malformed, truncated, oversized, newer or not ours is refused whole. */
export async function readBackup(bytes: Uint8Array, max = MAX_BACKUP_BYTES): Promise<Read> {
  const decoded = await backupText(bytes, max);
  if (!decoded.ok) return decoded;
  const text = decoded.text;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: text.trimStart().startsWith('{') ? 'corrupted' : 'not-a-backup' } };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { app?: unknown }).app !== BACKUP_APP) {
    return { ok: false, error: { code: 'not-a-backup' } };
  }
  const { version, plans, exportedAt } = raw as { version?: unknown; plans?: unknown; exportedAt?: unknown };
  if (typeof version !== 'number' || !Array.isArray(plans)) return { ok: false, error: { code: 'corrupted' } };
  if (version > BACKUP_VERSION) return { ok: false, error: { code: 'newer-version' } };
  if (plans.length === 0) return { ok: false, error: { code: 'empty' } };

  const value: BackupFile = { app: BACKUP_APP, version, exportedAt: String(exportedAt ?? ''), plans: [] };
  for (const [index, candidate] of plans.entries()) {
    const entry = v.safeParse(entrySchema, candidate);
    if (!entry.success) return { ok: false, error: { code: 'corrupted', where: `#${index + 1} ${v.getDotPath(entry.issues[0]) ?? ''}` } };
    const plan = restorePlan(entry.output.plan);
    if (!plan.ok) return { ok: false, error: { code: 'invalid-plan', where: `#${index + 1} ${plan.error.path}` } };
    if (entry.output.datasets.some((d) => base64ToBytes(d.content) === null)) {
      return { ok: false, error: { code: 'corrupted', where: plan.value.name } };
    }
    value.plans.push({ plan: plan.value, datasets: entry.output.datasets, snapshots: entry.output.snapshots });
  }
  return { ok: true, value };
}
