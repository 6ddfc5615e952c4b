// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type FidelizaDb } from '../../src/storage/db';
import { PlansRepository } from '../../src/storage/plans-repository';

let db: FidelizaDb;
let repository: PlansRepository;
const input = { name: 'Plan', company: 'Sol', sector: '', currency: 'EUR', language: 'es' as const };

beforeEach(() => {
  db = openDb(`test-${crypto.randomUUID()}`);
  repository = new PlansRepository(db);
});
afterEach(async () => db.delete());

describe('PlansRepository', () => {
  it('lists active plans, most recently changed first', async () => {
    const a = await repository.create({ ...input, name: 'A' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await repository.create({ ...input, name: 'B' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await repository.rename(a.id, ' A2 ');
    expect((await repository.listActive()).map((p) => p.name)).toEqual(['A2', 'B']);
  });

  it('hides a deleted plan, brings it back, and purges it only after the undo window', async () => {
    const plan = await repository.create(input);
    await db.datasets.add({ id: 'd1', planId: plan.id, kind: 'transactions', fileName: 'v.csv', importedAt: '', blob: new Blob(['a']), settings: {} });
    await repository.softDelete(plan.id);
    expect(await repository.listActive()).toEqual([]);
    await repository.restore(plan.id);
    expect((await repository.listActive()).map((p) => p.id)).toEqual([plan.id]);

    await repository.softDelete(plan.id);
    expect(await repository.purgeDeleted(new Date(Date.now() - 60_000))).toBe(0);
    expect(await repository.purgeDeleted(new Date(Date.now() + 1000))).toBe(1);
    expect(await repository.get(plan.id)).toBeUndefined();
    expect(await db.datasets.count()).toBe(0);
  });

  it('duplicates a plan with its answers and datasets under a new id', async () => {
    const plan = await repository.create(input);
    await repository.saveEdits(plan.id, { 'fields.diagnosis.needs': { base: '', value: 'Pan diario' } });
    await db.datasets.add({ id: 'd1', planId: plan.id, kind: 'customers', fileName: 'c.csv', importedAt: '', blob: new Blob(['x']), settings: {} });
    const copy = await repository.duplicate(plan.id, (name) => `${name} (copia)`);
    expect(copy.id).not.toBe(plan.id);
    expect(copy.name).toBe('Plan (copia)');
    expect(copy.fields['diagnosis.needs']).toBe('Pan diario');
    expect(await db.datasets.where('planId').equals(copy.id).count()).toBe(1);
  });

  it('saves text and keeps the text another tab wrote meanwhile as a conflict', async () => {
    const plan = await repository.create(input);
    const key = 'diagnosis.whoAreCustomers';
    await repository.saveEdits(plan.id, { [`fields.${key}`]: { base: '', value: 'from tab A' } });
    const outcome = await repository.saveEdits(plan.id, { [`fields.${key}`]: { base: '', value: 'from tab B' } });
    expect(outcome.plan.fields[key]).toBe('from tab B');
    expect(outcome.conflicts).toMatchObject([{ address: `fields.${key}`, path: [], overwritten: 'from tab A', mine: 'from tab B' }]);
    expect((await repository.conflictsOf(plan.id)).map((c) => c.overwritten)).toEqual(['from tab A']);
  });

  it('merges two tabs that changed different fields of one section, and keeps both versions of one field', async () => {
    const plan = await repository.create(input);
    const base = { general: { what: '', where: '' } };
    await repository.saveEdits(plan.id, { 'sections.objectives': { base: undefined, value: base } });
    await repository.saveEdits(plan.id, { 'sections.objectives': { base, value: { general: { what: 'A', where: '' } } } });
    const outcome = await repository.saveEdits(plan.id, { 'sections.objectives': { base, value: { general: { what: 'B', where: 'Madrid' } } } });
    expect(outcome.plan.sections.objectives).toEqual({ general: { what: 'B', where: 'Madrid' } });
    expect(outcome.conflicts).toMatchObject([{ address: 'sections.objectives', path: ['general', 'what'], overwritten: 'A', mine: 'B' }]);
  });

  it('sees no conflict when the stored text is what this tab last saw, or already what it writes', async () => {
    const plan = await repository.create(input);
    const key = 'strategies.retention';
    await repository.saveEdits(plan.id, { [`fields.${key}`]: { base: '', value: 'one' } });
    const second = await repository.saveEdits(plan.id, { [`fields.${key}`]: { base: 'one', value: 'two' } });
    const same = await repository.saveEdits(plan.id, { [`fields.${key}`]: { base: 'x', value: 'two' } });
    expect(second.conflicts).toEqual([]);
    expect(same.conflicts).toEqual([]);
  });
});
