import { describe, expect, it } from 'vitest';
import { effectiveEntries, mergeEntry, normalisationEntry, undoEntry, variantEntry } from '../../../src/domain/quality/cleaning-log';
import { applyMerges, proposeMerge } from '../../../src/domain/quality/merge';
import { customerTable } from './table';

const AT = '2025-06-01T10:00:00.000Z';

describe('cleaning log entries', () => {
  it('records a normalisation: rows, cells and changes per rule', () => {
    const entry = normalisationEntry(1, AT, [
      { row: 0, column: 1, before: 'ana', after: 'Ana', rules: ['name-case'] },
      { row: 0, column: 2, before: ' A@X.ES', after: 'a@x.es', rules: ['spaces', 'email'] },
      { row: 3, column: 2, before: 'B@X.ES', after: 'b@x.es', rules: ['email'] },
    ]);
    expect(entry).toEqual({
      id: 1, at: AT, stage: 'normalised', action: 'normalise', rows: 2, cells: 3, recordsDelta: 0,
      detail: { 'name-case': 1, spaces: 1, email: 2 },
    });
  });

  it('records a variant cluster applied to a column', () => {
    const entry = variantEntry(2, AT, 'poblacion', [
      { row: 1, column: 5, before: 'madrid ', after: 'Madrid' },
      { row: 4, column: 5, before: 'Madird', after: 'Madrid' },
      { row: 6, column: 5, before: 'Madird', after: 'Madrid' },
    ], 'Madrid');
    expect(entry).toMatchObject({ stage: 'normalised', action: 'variants', rows: 3, cells: 3, column: 'poblacion', detail: { canonical: 'Madrid', spellings: 2 } });
  });

  it('records a merge from its undo record: records removed, cells changed', () => {
    const table = customerTable(['id', 'fullName', 'email'], [['C1', 'Ana', ''], ['C2', 'Ana', 'a@x.es'], ['C3', 'Luis', '']]);
    const merged = applyMerges(table, [proposeMerge(table, [0, 1])]);
    if (!merged.ok) throw new Error(merged.error.code);
    // survivor C2 (more complete) keeps its own cells: nothing changes in it
    expect(mergeEntry(3, AT, merged.value.undo)).toEqual({
      id: 3, at: AT, stage: 'deduplicated', action: 'merge', rows: 2, cells: 0, recordsDelta: -1, detail: { groups: 1 },
    });
  });

  it('an undo cancels its entry and itself', () => {
    const a = normalisationEntry(1, AT, [{ row: 0, column: 0, before: 'x ', after: 'x', rules: ['spaces'] }]);
    const b = { ...a, id: 2, stage: 'deduplicated' as const, action: 'merge' as const, recordsDelta: -3 };
    const undo = undoEntry(3, AT, b);
    expect(undo).toMatchObject({ action: 'undo', undoes: 2, recordsDelta: 3, stage: 'deduplicated' });
    expect(effectiveEntries([a, b, undo])).toEqual([a]);
  });

  it('is plain data that survives JSON', () => {
    const entry = normalisationEntry(1, AT, [{ row: 0, column: 0, before: 'x ', after: 'x', rules: ['spaces'] }]);
    expect(JSON.parse(JSON.stringify(entry))).toEqual(entry);
  });
});
