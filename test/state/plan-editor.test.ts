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
    expect(editor.section('objectives').general.what).toBe('Fidelizar');
    expect(editor.text('diagnosis.needs')).toBe('primera');
    expect((await repository.get(editor.planId))?.sections.objectives).toEqual({ general: { what: 'Fidelizar' } });
  });

  it('keeps each tab’s unsaved typing in its own copies and merges them all when the plan opens again', async () => {
    const planId = (await openEditor()).planId;
    const first = new PlanEditor(planId, repository, 60_000);
    const second = new PlanEditor(planId, repository, 60_000);
    first.edit('diagnosis.whyPreferUs', 'Trato cercano');
    second.edit('diagnosis.needs', 'P');
    const keys = () => Object.keys(localStorage).filter((k) => k.startsWith(`fideliza.pending.${planId}.`));
    expect(keys()).toHaveLength(2);
    await expect.poll(async () => (await db.drafts.where('planId').equals(planId).toArray()).length).toBe(2);
    // Both tabs die before their debounced saves; the legacy single copy of an older version is there too.
    localStorage.setItem(`fideliza.pending.${planId}`, JSON.stringify({ 'fields.diagnosis.channels': { base: '', value: 'Tienda' } }));
    await editor!.dispose();
    editor = new PlanEditor(planId, repository, 50);
    await expect.poll(async () => (await repository.get(planId))?.fields).toMatchObject({
      'diagnosis.whyPreferUs': 'Trato cercano', 'diagnosis.needs': 'P', 'diagnosis.channels': 'Tienda',
    });
    await expect.poll(() => keys().length + (localStorage.getItem(`fideliza.pending.${planId}`) ? 1 : 0)).toBe(0);
    await expect.poll(async () => (await db.drafts.toArray()).filter((d) => Object.keys(d.edits).length > 0)).toEqual([]);
  });

  it('never replays a safety copy older than the save that stored it', async () => {
    const first = await openEditor();
    const planId = first.planId;
    first.edit('diagnosis.needs', 'Pan');
    const stale = Object.keys(localStorage).find((k) => k.startsWith(`fideliza.pending.${planId}.`))!;
    const staleCopy = localStorage.getItem(stale)!;
    first.edit('diagnosis.needs', 'Pan diario');
    await first.flush();
    // A killed browser had not yet written the latest localStorage state to disk: the old one is back.
    localStorage.setItem(stale, staleCopy);
    editor = new PlanEditor(planId, repository, 50);
    await expect.poll(() => localStorage.getItem(stale)).toBeNull();
    expect((await repository.get(planId))?.fields['diagnosis.needs']).toBe('Pan diario');
    expect(await repository.conflictsOf(planId)).toEqual([]);
    await first.dispose();
  });

  it('restores the other version of one field of a section without touching the others', async () => {
    const editor = await openEditor();
    editor.editSection('objectives', { general: { what: '', where: '' } });
    await editor.flush();
    const other = new PlansRepository(db);
    editor.editSection('objectives', { general: { what: 'mío', where: '' } });
    await other.saveEdits(editor.planId, { 'sections.objectives': { base: { general: { what: '', where: '' } }, value: { general: { what: 'suyo', where: 'Cádiz' } } } });
    await editor.flush();
    await expect.poll(() => editor.conflicts.length).toBe(1);
    expect(editor.conflicts[0]).toMatchObject({ mine: 'mío', overwritten: 'suyo' });
    await editor.restoreConflict(editor.conflicts[0]);
    expect((await repository.get(editor.planId))?.sections.objectives).toEqual({ general: { what: 'suyo', where: 'Cádiz' } });
    await expect.poll(() => editor.conflicts.length).toBe(0);
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
