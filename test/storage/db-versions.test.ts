// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/storage/db';
import { restorePlan } from '../../src/domain/restore-plan';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database as version 1 of the app wrote it: the schema and a plan of that time. */
async function createVersion1(name: string) {
  const old = new Dexie(name);
  old.version(1).stores({ plans: 'id, updatedAt, deletedAt', datasets: 'id, planId', snapshots: 'id, planId, takenAt', conflicts: '++id, planId' });
  await old.table('plans').add({
    id: 'v1-plan', name: 'Plan de la versión 1', company: 'Sol', sector: 'Pan', currency: 'EUR', language: 'es', author: 'Ana',
    createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-02T09:00:00.000Z',
    fields: { 'diagnosis.needs': 'Alimentación ¿diaria? €' }, backedUpAt: null, deletedAt: null,
  });
  await old.table('datasets').add({ id: 'v1-data', planId: 'v1-plan', kind: 'transactions', fileName: 'ventas.csv', importedAt: '2026-11-02T09:00:00.000Z', blob: new Blob(['cliente;fecha;importe\n']), settings: { options: { today: 20000 } } });
  old.close();
}

describe('stored data of earlier versions', () => {
  it('opens a version 1 database with every field intact and readable through the restore gate', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    names.push(name);
    await createVersion1(name);
    const db = openDb(name);
    const stored = await db.plans.get('v1-plan');
    expect(stored?.sections).toEqual({});
    const restored = restorePlan(stored);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.value.fields['diagnosis.needs']).toBe('Alimentación ¿diaria? €');
    expect(restored.value.sections).toEqual({});
    expect(restored.value.author).toBe('Ana');
    const dataset = await db.datasets.get('v1-data');
    expect(await new Response(dataset!.blob).text()).toBe('cliente;fecha;importe\n');
    expect(db.verno).toBe(3);
    db.close();
  });
});
