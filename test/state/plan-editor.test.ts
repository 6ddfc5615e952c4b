import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlanEditor } from '../../src/state/plan-editor.svelte';
import { openDb, type FidelizaDb } from '../../src/storage/db';
import { PlansRepository } from '../../src/storage/plans-repository';

let db: FidelizaDb;
let repository: PlansRepository;
let editor: PlanEditor | undefined;

beforeEach(() => {
  db = openDb(`editor-${crypto.randomUUID()}`);
  repository = new PlansRepository(db);
  localStorage.clear();
});
afterEach(async () => {
  await editor?.dispose();
  editor = undefined;
  await db.delete();
});

async function openEditor() {
  const plan = await repository.create({ name: 'Plan', company: '', sector: '', currency: 'EUR', language: 'es' });
  editor = new PlanEditor(plan.id, repository, 50);
  await expect.poll(() => editor!.loaded).toBe(true);
  return editor;
}

describe('PlanEditor', () => {
  it('shows what it just saved even before the live copy of the plan catches up', async () => {
    const editor = await openEditor();
    editor.edit('diagnosis.needs', 'primera');
    await editor.flush();
    expect(editor.text('diagnosis.needs')).toBe('primera');
    editor.editSection('objectives', { general: { what: 'Fidelizar' } });
    await editor.flush();
    expect(editor.section('objectives', (raw) => raw)).toEqual({ general: { what: 'Fidelizar' } });
    expect(editor.text('diagnosis.needs')).toBe('primera');
    expect((await repository.get(editor.planId))?.sections.objectives).toEqual({ general: { what: 'Fidelizar' } });
  });

  it('keeps unsaved typing in localStorage and replays it when the plan opens again', async () => {
    const first = await openEditor();
    const planId = first.planId;
    first.edit('diagnosis.whyPreferUs', 'Trato cercano');
    expect(JSON.parse(localStorage.getItem(`fideliza.pending.${planId}`) ?? '{}')).toEqual({
      'fields.diagnosis.whyPreferUs': { base: '', value: 'Trato cercano' },
    });
    // The tab dies before the debounced save: a new editor finds the draft and saves it.
    editor = new PlanEditor(planId, repository, 50);
    await expect.poll(async () => (await repository.get(planId))?.fields['diagnosis.whyPreferUs']).toBe('Trato cercano');
    await expect.poll(() => localStorage.getItem(`fideliza.pending.${planId}`)).toBeNull();
  });

  it('reports a failed save and keeps the text until a retry succeeds', async () => {
    const editor = await openEditor();
    const original = repository.saveEdits.bind(repository);
    repository.saveEdits = () => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    editor.edit('diagnosis.needs', 'no cabe');
    await editor.flush();
    expect(editor.status).toBe('error');
    expect(editor.error).toBe('quota');
    expect(editor.text('diagnosis.needs')).toBe('no cabe');
    repository.saveEdits = original;
    await editor.flush();
    expect(editor.status).toBe('saved');
    expect((await repository.get(editor.planId))?.fields['diagnosis.needs']).toBe('no cabe');
  });
});
