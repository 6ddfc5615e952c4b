// @vitest-environment node
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type FidelizaDb } from '../../../src/storage/db';
import { PlansRepository } from '../../../src/storage/plans-repository';
import { BACKUP_VERSION } from '../../../src/storage/backup/backup-format';
import { MAX_BACKUP_BYTES } from '../../../src/storage/backup/backup-limits';
import { findClashes, importBackup } from '../../../src/storage/backup/import-backup';
import { readBackup } from '../../../src/storage/backup/read-backup';
import { collectBackup, encodeBackup } from '../../../src/storage/backup/write-backup';
import type { DatasetSettings } from '../../../src/domain/dataset-settings';

let db: FidelizaDb;
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const fixture = readFileSync('test/fixtures/backup-v1.json');

beforeEach(() => {
  db = openDb(`backup-${crypto.randomUUID()}`);
});
afterEach(async () => db.delete());

async function storedPlanWithData() {
  const repository = new PlansRepository(db);
  const plan = await repository.create({ name: 'Plan Ñandú', company: 'Sol', sector: 'Pan', currency: 'EUR', language: 'es' });
  await repository.saveEdits(plan.id, { 'fields.diagnosis.needs': { base: '', value: 'Alimentación ¿diaria? €' } });
  const bytes = new Uint8Array([0x50, 0x65, 0xf1, 0x61, 0x3b, 0x31, 0x0a]); // "Peña;1" in Windows-1252
  await db.datasets.add({ id: 'd1', planId: plan.id, kind: 'customers', fileName: 'clientes.csv', importedAt: '2026-11-23T10:00:00.000Z', blob: new Blob([bytes], { type: 'text/csv' }), settings: { delimiter: ';' } as DatasetSettings });
  await db.snapshots.add({ id: 's1', planId: plan.id, takenAt: '2026-11-23T10:00:00.000Z', figures: { churn_rate: 0.25 } });
  return { plan: (await repository.get(plan.id))!, bytes };
}

describe('backup files', () => {
  it('brings back every field, dataset byte and snapshot after the plan is deleted', async () => {
    const { plan, bytes } = await storedPlanWithData();
    const file = await encodeBackup(await collectBackup(db, [plan.id]));
    await new PlansRepository(db).softDelete(plan.id);
    await new PlansRepository(db).purgeDeleted(new Date(Date.now() + 1000));

    const read = await readBackup(file);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(await findClashes(db, read.value)).toEqual([]);
    await importBackup(db, read.value, 'replace');

    const restored = await db.plans.get(plan.id);
    expect({ ...restored, backedUpAt: null }).toEqual({ ...plan, backedUpAt: null });
    const dataset = (await db.datasets.where('planId').equals(plan.id).toArray())[0];
    expect(new Uint8Array(await new Response(dataset.blob).arrayBuffer())).toEqual(bytes);
    expect(dataset.settings).toEqual({ delimiter: ';' });
    expect(await db.snapshots.where('planId').equals(plan.id).toArray()).toEqual([
      { id: 's1', planId: plan.id, takenAt: '2026-11-23T10:00:00.000Z', figures: { churn_rate: 0.25 } },
    ]);
  });

  it('marks the exported plans as backed up', async () => {
    const { plan } = await storedPlanWithData();
    await collectBackup(db, [plan.id], new Date('2026-11-23T12:00:00Z'));
    expect((await db.plans.get(plan.id))?.backedUpAt).toBe('2026-11-23T12:00:00.000Z');
  });

  it('asks before replacing: a clash is reported, and "keep both" adds a second plan', async () => {
    const { plan } = await storedPlanWithData();
    const read = await readBackup(await encodeBackup(await collectBackup(db, [plan.id])));
    if (!read.ok) throw new Error('unreadable');
    expect((await findClashes(db, read.value)).map((p) => p.plan.id)).toEqual([plan.id]);
    const [newId] = await importBackup(db, read.value, 'keep-both');
    expect(newId).not.toBe(plan.id);
    expect(await db.plans.count()).toBe(2);
    expect(await db.datasets.count()).toBe(2);
  });

  it('opens a file written by version 1 with every field intact', async () => {
    const read = await readBackup(new Uint8Array(fixture));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    await importBackup(db, read.value, 'replace');
    const plan = await db.plans.get('fixture-plan-v1');
    expect(plan?.fields['diagnosis.whoAreCustomers']).toBe('Familias del barrio ¿año? ¡sí! €');
    expect(plan?.author).toBe('Ana Peña');
    const dataset = await db.datasets.get('fixture-dataset-v1');
    expect(await new Response(dataset!.blob).text()).toBe('cliente;fecha;importe\nC1;2024-03-10;100\n');
  });

  it.each([
    ['a picture', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'not-a-backup'],
    ['another app’s JSON', encode({ app: 'other', version: 1, plans: [] }), 'not-a-backup'],
    ['a CSV file', new TextEncoder().encode('cliente;fecha\nC1;2024-01-01'), 'not-a-backup'],
    ['a truncated file', fixture.subarray(0, fixture.length - 40), 'corrupted'],
    ['a newer version', encode({ ...JSON.parse(fixture.toString()), version: BACKUP_VERSION + 1 }), 'newer-version'],
    ['a plan with no id', encode({ app: 'fideliza-backup', version: 1, plans: [{ plan: { name: 'x' } }] }), 'invalid-plan'],
    ['no plans', encode({ app: 'fideliza-backup', version: 1, plans: [] }), 'empty'],
  ])('refuses %s', async (_name, bytes, code) => {
    const read = await readBackup(bytes);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.code).toBe(code);
  });

  it('refuses a truncated gzip file', async () => {
    const { plan } = await storedPlanWithData();
    const file = await encodeBackup(await collectBackup(db, [plan.id]));
    const read = await readBackup(file.subarray(0, file.length - 20));
    expect(read).toEqual({ ok: false, error: { code: 'corrupted' } });
  });

  it('answers any bytes with a result or a clear error, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string().map((s) => new TextEncoder().encode(s)), fc.jsonValue().map(encode)), async (bytes) => {
        const read = await readBackup(bytes);
        expect(typeof read.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('a backup of a plan deleted moments ago', () => {
  it('is no clash: importing it brings the plan back in place', async () => {
    const { plan } = await storedPlanWithData();
    const read = await readBackup(await encodeBackup(await collectBackup(db, [plan.id])));
    if (!read.ok) throw new Error('unreadable');
    await new PlansRepository(db).softDelete(plan.id);
    expect(await findClashes(db, read.value)).toEqual([]);
    expect(await importBackup(db, read.value, 'keep-both')).toEqual([plan.id]);
    expect((await db.plans.get(plan.id))?.deletedAt).toBeNull();
    expect(await db.plans.count()).toBe(1);
    expect(await db.datasets.count()).toBe(1);
  });
});

describe('backup files built to hurt', () => {
  const gzipped = (bytes: Uint8Array) => new Uint8Array(gzipSync(bytes));
  const withDeclaredSize = (bytes: Uint8Array, size: number) => {
    const copy = bytes.slice();
    new DataView(copy.buffer).setUint32(copy.length - 4, size >>> 0, true);
    return copy;
  };

  it('refuses a gzip declaring more than the cap without decompressing it', async () => {
    const small = gzipped(new Uint8Array(randomBytes(400_000)));
    const read = await readBackup(withDeclaredSize(small, MAX_BACKUP_BYTES + 1));
    expect(read).toEqual({ ok: false, error: { code: 'too-large' } });
  });

  it('stops decompressing a gzip that expands past the size it declares', async () => {
    const zeros = gzipped(new Uint8Array(64 * 1024 * 1024));
    expect(await readBackup(withDeclaredSize(zeros, 1000))).toEqual({ ok: false, error: { code: 'corrupted' } });
  });

  it('refuses a plain JSON file bigger than the cap, and a file declaring an impossible ratio as damaged', async () => {
    const json = encode({ app: 'fideliza-backup', version: 1, plans: [{}], padding: 'x'.repeat(2000) });
    expect(await readBackup(json, 1000)).toEqual({ ok: false, error: { code: 'too-large' } });
    expect(await readBackup(withDeclaredSize(gzipped(json), 2_000_000_000))).toEqual({ ok: false, error: { code: 'corrupted' } });
  });

  it('ends any size, compression ratio, declared size or cut of a backup in a result or a clear error, and stores only a whole file', async () => {
    const { plan } = await storedPlanWithData();
    let expected = await db.plans.count();
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          size: fc.integer({ min: 0, max: 200_000 }),
          alphabet: fc.integer({ min: 1, max: 256 }),
          declared: fc.option(fc.nat(), { nil: undefined }),
          cut: fc.option(fc.nat({ max: 50 }), { nil: undefined }),
          cap: fc.integer({ min: 1000, max: 400_000 }),
        }),
        async ({ size, alphabet, declared, cut, cap }) => {
          const content = Uint8Array.from({ length: size }, (_, i) => (i * 7919) % alphabet);
          const backup = { app: 'fideliza-backup', version: 1, exportedAt: '', plans: [{ plan: { ...plan, id: `fuzz-${crypto.randomUUID()}` }, datasets: [{ id: crypto.randomUUID(), kind: 'customers', fileName: 'c.csv', importedAt: '', settings: {}, content: Buffer.from(content).toString('base64'), contentType: 'text/csv' }], snapshots: [] }] };
          const json = encode(backup);
          let file = gzipped(json);
          if (declared !== undefined) file = withDeclaredSize(file, declared);
          if (cut !== undefined) file = file.subarray(0, Math.max(0, file.length - cut));
          const read = await readBackup(file, cap);
          const intact = declared === undefined || declared === json.length;
          if (read.ok) {
            expect(json.length).toBeLessThanOrEqual(cap);
            expect(intact).toBe(true);
            const [id] = await importBackup(db, read.value, 'replace');
            expected += 1;
            const stored = (await db.datasets.where('planId').equals(id).toArray())[0];
            expect(new Uint8Array(await new Response(stored.blob).arrayBuffer())).toEqual(content);
          } else {
            expect(['corrupted', 'too-large', 'not-a-backup']).toContain(read.error.code);
            if (intact && cut === undefined) expect(read.error.code).toBe('too-large');
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(await db.plans.count()).toBe(expected);
  });
});
