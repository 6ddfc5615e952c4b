import { describe, expect, it } from 'vitest';
import type { CleaningOp, CleaningRecord } from '../../../src/domain/quality/cleaning-ops';
import { aliasMap, cleaningLog, ImportedRows, replayCleaning } from '../../../src/domain/quality/replay-cleaning';
import { customerTable } from './table';

const AT = '2025-06-01T10:00:00.000Z';
const table = () => customerTable(['id', 'fullName', 'city'], [['C1', 'Ana Gil', 'Madrid'], ['C2', 'ana gil', 'madrid'], ['C3', 'Luis Sanz', 'Madird']]);

describe('replayCleaning', () => {
  it('applies the operations in force in order, each with its log entry and the ids merges folded', () => {
    const imported = new ImportedRows(table());
    const ops: CleaningOp[] = [
      { id: 1, at: AT, kind: 'variants', column: 2, values: ['madrid', 'Madird'], canonical: 'Madrid' },
      { id: 2, at: AT, kind: 'merge', groups: [{ survivor: imported.ref(2)!, merged: [imported.ref(3)!], excluded: [], values: ['C1', 'Ana Gil', null] }] },
      { id: 3, at: AT, kind: 'edit', row: imported.ref(4)!, column: 1, value: 'Luis Sanz Gil' },
    ];
    const result = replayCleaning(imported, { version: 1, country: 'ES', header: [], ops });
    expect(result.table.rows).toEqual([['C1', 'Ana Gil', 'Madrid'], ['C3', 'Luis Sanz Gil', 'Madrid']]);
    expect(result.table.rowNumbers).toEqual([2, 4]);
    expect(result.aliases).toEqual([{ from: 'C2', to: 'C1' }]);
    expect([...result.entries.values()].map((e) => [e.id, e.action, e.rows, e.recordsDelta])).toEqual([[1, 'variants', 2, 0], [2, 'merge', 2, -1], [3, 'edit', 1, 0]]);
    expect(result.skipped).toEqual([]);
  });

  it('skips an operation naming a row of another file, and goes on with the rest', () => {
    const imported = new ImportedRows(table());
    const stranger = { line: 3, hash: 'not-this-row' };
    const ops: CleaningOp[] = [
      { id: 1, at: AT, kind: 'edit', row: stranger, column: 1, value: 'X' },
      { id: 2, at: AT, kind: 'edit', row: imported.ref(2)!, column: 5, value: 'X' },
      { id: 3, at: AT, kind: 'normalise', rules: ['name-case'], country: 'ES' },
    ];
    const result = replayCleaning(imported, { version: 1, country: 'ES', header: [], ops });
    expect(result.skipped).toEqual([{ code: 'row-not-found', op: 1 }, { code: 'column-out-of-range', op: 2 }]);
    expect(result.table.rows.map((r) => r[1])).toEqual(['Ana Gil', 'Ana Gil', 'Luis Sanz']);
  });

  it('writes the log with an undo entry for each undo', () => {
    const entry = { id: 1, at: AT, stage: 'normalised' as const, action: 'normalise' as const, rows: 2, cells: 2, recordsDelta: 0 };
    const record: CleaningRecord = {
      version: 1, country: 'ES', header: [],
      ops: [{ id: 1, at: AT, kind: 'normalise', rules: ['spaces'], country: 'ES', entry }, { id: 2, at: AT, kind: 'distinct', rows: [] }, { id: 3, at: AT, kind: 'undo', undoes: 1 }],
    };
    expect(cleaningLog(record)).toEqual([entry, { id: 3, at: AT, stage: 'normalised', action: 'undo', rows: 2, cells: 2, recordsDelta: -0, undoes: 1 }]);
  });
});

describe('aliasMap', () => {
  it('follows chains of merges to the last survivor, by the key the diagnosis joins on', () => {
    const map = aliasMap([{ from: 'A', to: 'B' }, { from: 'b', to: 'C' }, { from: 'X', to: 'Y' }]);
    expect(Object.fromEntries(map)).toEqual({ a: 'C', b: 'C', x: 'Y' });
  });

  it('ends on a cycle without going round it: an id that comes back to itself needs no alias', () => {
    const map = aliasMap([{ from: 'A', to: 'B' }, { from: 'B', to: 'A' }, { from: 'C', to: 'A' }]);
    expect([...map.keys()]).toEqual(['c']);
    expect(['A', 'B']).toContain(map.get('c'));
  });
});
