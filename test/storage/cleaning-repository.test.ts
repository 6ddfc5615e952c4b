// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CleaningRecord } from '../../src/domain/quality/cleaning-ops';
import { previousCleaning, storedCleaning } from '../../src/state/stored-cleaning';
import { importBackup } from '../../src/storage/backup/import-backup';
import { readBackup } from '../../src/storage/backup/read-backup';
import { collectBackup, encodeBackup } from '../../src/storage/backup/write-backup';
import { CleaningRepository } from '../../src/storage/cleaning-repository';
import { openDb, type FidelizaDb } from '../../src/storage/db';
import { PlansRepository } from '../../src/storage/plans-repository';

const AT = '2026-11-23T10:00:00.000Z';
const record = (ids: number[]): CleaningRecord => ({
  version: 1, country: 'ES', header: ['id', 'nombre'],
  ops: ids.map((id) => ({ id, at: AT, kind: 'variants', column: 1, values: ['madrid'], canonical: 'Madrid' })),
});

let db: FidelizaDb;
let repository: CleaningRepository;
let planId: string;

beforeEach(async () => {
  db = openDb(`cleaning-${crypto.randomUUID()}`);
  repository = new CleaningRepository(db);
  planId = (await new PlansRepository(db).create({ name: 'Plan', company: 'Sol', sector: '', currency: 'EUR', language: 'es' })).id;
  await db.datasets.add({
    id: 'd1', planId, kind: 'customers', fileName: 'clientes.csv', importedAt: AT, blob: new Blob(['id;nombre\nC1;Ana\n']),
    settings: { options: { today: 20000 }, previousCleaning: { fileName: 'viejo.csv', importedAt: AT, record: record([1]) } },
  });
});
afterEach(async () => db.delete());

describe('CleaningRepository', () => {
  it('stores the cleaning beside the file, keeping the rest of its settings', async () => {
    const saved = await repository.save('d1', record([1, 2]), null);
    expect(saved.ok).toBe(true);
    const stored = await db.datasets.get('d1');
    expect(storedCleaning(stored)).toEqual(record([1, 2]));
    expect(stored?.settings.options).toEqual({ today: 20000 });
    expect(previousCleaning(stored)?.fileName).toBe('viejo.csv');
    expect(await new Response(stored!.blob).text()).toBe('id;nombre\nC1;Ana\n');
  });

  it('forgets the cleaning carried from the replaced file when asked', async () => {
    await repository.save('d1', null, null, { dropPrevious: true });
    const stored = await db.datasets.get('d1');
    expect(previousCleaning(stored)).toBeNull();
    expect(storedCleaning(stored)).toBeNull();
  });

  it('refuses to write over a cleaning another tab stored meanwhile', async () => {
    await repository.save('d1', record([1]), null);
    // this tab still thinks there is none, and makes its own first change
    expect(await repository.save('d1', record([1]), null)).toEqual({ ok: false, code: 'changed-elsewhere' });
    expect(await repository.save('d1', record([1, 2]), record([1]))).toMatchObject({ ok: true });
    expect(storedCleaning(await db.datasets.get('d1'))?.ops.map((op) => op.id)).toEqual([1, 2]);
  });

  it('says when the file is gone', async () => {
    expect(await repository.save('nope', record([1]), null)).toEqual({ ok: false, code: 'gone' });
  });

  it('keeps the cleaning in a backup, and in a copy of the plan', async () => {
    await repository.save('d1', record([1, 2]), null);
    const read = await readBackup(await encodeBackup(await collectBackup(db, [planId])));
    if (!read.ok) throw new Error(read.error.code);
    await db.datasets.clear();
    await importBackup(db, read.value, 'replace');
    expect(storedCleaning(await db.datasets.get('d1'))).toEqual(record([1, 2]));

    const copy = await new PlansRepository(db).duplicate(planId, (name) => `${name} (copia)`);
    const [copied] = await db.datasets.where('planId').equals(copy.id).toArray();
    expect(storedCleaning(copied)).toEqual(record([1, 2]));
  });
});
