import { describe, expect, it } from 'vitest';
import {
  changesBase, emptyCleaning, nextOpId, opsInForce, restoreCleaningRecord, type CleaningOp, type CleaningRecord,
} from '../../../src/domain/quality/cleaning-ops';

const AT = '2025-06-01T10:00:00.000Z';
const ref = (line: number) => ({ line, hash: `h${line}` });
const merge: CleaningOp = { id: 2, at: AT, kind: 'merge', groups: [{ survivor: ref(2), merged: [ref(3)], excluded: [ref(9)], values: ['C1', null] }] };
const record = (ops: unknown[], extra: Record<string, unknown> = {}) => ({ version: 1, country: 'PT', header: ['id', 'nombre'], ops, ...extra });

describe('restoreCleaningRecord', () => {
  it('keeps a well-formed record as it was stored', () => {
    const ops: CleaningOp[] = [
      { id: 1, at: AT, kind: 'normalise', rules: ['spaces', 'email'], country: 'ES', entry: { id: 1, at: AT, stage: 'normalised', action: 'normalise', rows: 4, cells: 5, recordsDelta: 0, detail: { spaces: 3 } } },
      merge,
      { id: 3, at: AT, kind: 'variants', column: 5, values: ['Madird', 'madrid '], canonical: 'Madrid' },
      { id: 4, at: AT, kind: 'edit', row: ref(6), column: 2, value: 'luis@correo.es' },
      { id: 5, at: AT, kind: 'distinct', rows: [ref(4), ref(8)] },
      { id: 6, at: AT, kind: 'undo', undoes: 3 },
    ];
    expect(restoreCleaningRecord(record(ops))).toEqual(record(ops));
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'cleaning'],
    ['an unknown version', { version: 2, ops: [] }],
  ])('is null for %s', (_, raw) => {
    expect(restoreCleaningRecord(raw)).toBeNull();
  });

  it('drops what is not well formed, and fills the defaults', () => {
    const restored = restoreCleaningRecord({
      version: 1,
      country: 'España',
      header: ['id', 7, 'email'],
      ops: [
        { id: 1, at: AT, kind: 'normalise', rules: ['spaces', 'shout'] }, // unknown rule
        { id: 2, at: AT, kind: 'normalise', rules: ['spaces'] }, // country missing: the default
        { id: 2, at: AT, kind: 'variants', column: 1, values: [], canonical: 'x' }, // id does not increase
        { id: 3, at: AT, kind: 'merge', groups: [] }, // nothing merged
        { id: 4, at: AT, kind: 'edit', row: { line: 2 }, column: 1, value: 'x' }, // row without hash
        { id: 5, at: AT, kind: 'rename', column: 1 }, // unknown kind
        { id: 6, at: AT, kind: 'undo', undoes: 9 }, // nothing to undo
        { id: 7, at: AT, kind: 'undo', undoes: 2 },
        { id: 8, at: AT, kind: 'undo', undoes: 2 }, // undone already
        { id: 9, at: AT, kind: 'undo', undoes: 7 }, // an undo cannot be undone
        { id: 10, at: AT, kind: 'distinct', rows: [ref(2), ref(3)], entry: { id: 10, stage: 'nowhere' } }, // entry dropped, op kept
      ],
    });
    expect(restored).toEqual({
      version: 1, country: 'ES', header: ['id', 'email'],
      ops: [
        { id: 2, at: AT, kind: 'normalise', rules: ['spaces'], country: 'ES' },
        { id: 7, at: AT, kind: 'undo', undoes: 2 },
        { id: 10, at: AT, kind: 'distinct', rows: [ref(2), ref(3)] },
      ],
    });
  });

  it('gives each entry its operation id and time', () => {
    const restored = restoreCleaningRecord(record([{ ...merge, entry: { id: 99, at: 'then', stage: 'deduplicated', action: 'merge', rows: 2, cells: 0, recordsDelta: -1 } }]));
    expect(restored?.ops[0].entry).toMatchObject({ id: 2, at: AT });
  });
});

describe('operations in force', () => {
  const ops: CleaningOp[] = [
    { id: 1, at: AT, kind: 'distinct', rows: [ref(2), ref(3)] },
    merge,
    { id: 3, at: AT, kind: 'undo', undoes: 2 },
  ];
  const base: CleaningRecord = { ...emptyCleaning(['id']), ops };

  it('leaves out what was undone and the undos', () => {
    expect(opsInForce(ops).map((op) => op.id)).toEqual([1]);
    expect(nextOpId(base)).toBe(4);
    expect(nextOpId(emptyCleaning([]))).toBe(1);
  });

  it('says whether the base changed: a decision that two rows are two people changes nothing', () => {
    expect(changesBase(base)).toBe(false);
    expect(changesBase({ ...base, ops: [merge] })).toBe(true);
    expect(changesBase(null)).toBe(false);
  });
});
