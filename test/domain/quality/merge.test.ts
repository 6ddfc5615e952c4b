import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomerField } from '../../../src/domain/dataset';
import { applyMerges, proposeMerge, proposeMerges, undoMerges, type MergePlan } from '../../../src/domain/quality/merge';
import { customerTable } from './table';

const FIELDS: CustomerField[] = ['id', 'fullName', 'email', 'phone', 'city', 'registeredAt'];
const table = () =>
  customerTable(FIELDS, [
    ['C1', 'Ana García', 'ana@x', '', 'Madrid', '01/02/2020'], // 0: invalid email
    ['C2', 'Luis Gil', 'luis@x.es', '611111111', 'Sevilla', '2021-01-01'], // 1: not in the group
    ['C3', 'Ana García López', 'ana@x.es', '612345678', '', '2023-05-05'], // 2: most recent
    ['C4', 'ana garcia', '', '612345678', 'Madrid', ''], // 3
  ]);

describe('proposeMerge', () => {
  it('keeps the most complete member and takes each field from the best-ranked valid value', () => {
    const plan = proposeMerge(table(), [0, 2, 3]);
    // 0 and 2 both have 5 filled cells; 2 is more recent
    expect(plan.survivor).toBe(2);
    expect(plan.merged).toEqual([0, 3]);
    expect(plan.excluded).toEqual([]);
    expect(plan.values).toEqual(['C3', 'Ana García López', 'ana@x.es', '612345678', 'Madrid', '2023-05-05']);
  });

  it('prefers a valid value over a filled invalid one', () => {
    const plan = proposeMerge(table(), [0, 3]);
    expect(plan.survivor).toBe(0);
    // the survivor's email is invalid and no other member has one: it stays, better than nothing
    expect(plan.values).toEqual(['C1', 'Ana García', 'ana@x', '612345678', 'Madrid', '01/02/2020']);
  });

  it('ranks by date first with most-recent', () => {
    const plan = proposeMerge(table(), [0, 2, 3], { strategy: 'most-recent' });
    expect(plan.survivor).toBe(2);
    expect(plan.merged).toEqual([0, 3]);
  });

  it('keeps the fullest name of the group, whoever wrote it: more words, then accents', () => {
    const names = customerTable(['id', 'fullName', 'email', 'phone'], [
      ['C4', 'Rosa Vega', 'rosa@correo.es', '654123456'],
      ['C6', 'Rosa Vega Ruiz', '', '654123456'],
      ['C1', 'Nuñez Peña, Maria Jose', 'mj@correo.es', '612345678'],
      ['C2', 'María José Núñez Peña', '', ''],
    ]);
    const rosa = proposeMerge(names, [0, 1]);
    expect(rosa.survivor).toBe(0);
    expect(rosa.values).toEqual(['C4', 'Rosa Vega Ruiz', 'rosa@correo.es', '654123456']);
    expect(proposeMerge(names, [2, 3]).values[1]).toBe('María José Núñez Peña');
  });

  it('proposes many groups at once as it would one by one', () => {
    const groups = [[0, 2, 3], [1], [3, 0]];
    expect(proposeMerges(table(), groups)).toEqual(groups.map((members) => proposeMerge(table(), members)));
  });

  it('leaves members the user took out of the group', () => {
    const plan = proposeMerge(table(), [0, 2, 3], { exclude: [2] });
    expect(plan.survivor).toBe(0);
    expect(plan.merged).toEqual([3]);
    expect(plan.excluded).toEqual([2]);
    expect(plan.values[2]).toBe('ana@x');
  });
});

describe('applyMerges / undoMerges', () => {
  it('keeps the survivor with the chosen values, drops the merged rows, and undoes exactly', () => {
    const before = table();
    const plan: MergePlan = { ...proposeMerge(before, [0, 2, 3]), values: ['C3', 'Ana García López', 'ana@x.es', '612345678', 'Madrid', '2023-05-05'] };
    const merged = applyMerges(before, [plan]);
    if (!merged.ok) throw new Error(merged.error.code);
    expect(merged.value.table.rows).toEqual([
      ['C2', 'Luis Gil', 'luis@x.es', '611111111', 'Sevilla', '2021-01-01'],
      ['C3', 'Ana García López', 'ana@x.es', '612345678', 'Madrid', '2023-05-05'],
    ]);
    expect(merged.value.table.rowNumbers).toEqual([3, 4]);
    expect(before.rows).toHaveLength(4);
    const undone = undoMerges(merged.value.table, merged.value.undo);
    expect(undone).toEqual({ ok: true, value: before });
  });

  it.each([
    [[{ survivor: 9, merged: [], excluded: [], values: [] }], { code: 'row-out-of-range', row: 9 }],
    [[{ survivor: 0, merged: [7], excluded: [], values: [] }], { code: 'row-out-of-range', row: 7 }],
    [[{ survivor: -1, merged: [], excluded: [], values: [] }], { code: 'empty-plan', row: -1 }],
    [
      [
        { survivor: 0, merged: [2], excluded: [], values: [] },
        { survivor: 3, merged: [2], excluded: [], values: [] },
      ],
      { code: 'row-in-two-plans', row: 2 },
    ],
  ])('refuses %j', (plans, error) => {
    expect(applyMerges(table(), plans)).toEqual({ ok: false, error });
  });

  it('refuses to undo on a table that changed since', () => {
    const merged = applyMerges(table(), [proposeMerge(table(), [0, 3])]);
    if (!merged.ok) throw new Error(merged.error.code);
    const edited = { ...merged.value.table, rows: merged.value.table.rows.map((r) => r.map((c) => `${c}!`)) };
    expect(undoMerges(edited, merged.value.undo)).toMatchObject({ ok: false, error: { code: 'undo-mismatch' } });
  });

  it('property: merging any disjoint groups then undoing gives back the original table', () => {
    const cell = fc.constantFrom('', 'Ana', 'ana@x.es', '612345678', 'Madrid', '2020-01-01', ' x ');
    const tableArb = fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(tableArb, fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), (rows, groupOf, recent) => {
        const t = customerTable(FIELDS, rows);
        // each row goes to group groupOf[i] % 4, or stays alone past the list's end
        const groups = new Map<number, number[]>();
        rows.forEach((_, i) => {
          if (i >= groupOf.length) return;
          const g = groupOf[i] % 4;
          groups.set(g, [...(groups.get(g) ?? []), i]);
        });
        const plans = [...groups.values()]
          .filter((members) => members.length > 1)
          .map((members) => proposeMerge(t, members, { strategy: recent ? 'most-recent' : 'most-complete' }));
        const merged = applyMerges(t, plans);
        if (!merged.ok) return false;
        expect(merged.value.table.rows.length).toBe(rows.length - plans.reduce((n, p) => n + p.merged.length, 0));
        expect(undoMerges(merged.value.table, merged.value.undo)).toEqual({ ok: true, value: t });
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
