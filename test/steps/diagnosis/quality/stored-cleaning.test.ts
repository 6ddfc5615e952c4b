import { describe, expect, it } from 'vitest';
import type { CleaningRecord } from '../../../../src/domain/quality/cleaning-ops';
import { carriedCleaning, previousCleaning, storedCleaning } from '../../../../src/state/stored-cleaning';
import type { StoredDataset } from '../../../../src/storage/db';

const AT = '2026-11-23T10:00:00.000Z';
const merge: CleaningRecord = {
  version: 1, country: 'ES', header: ['id'],
  ops: [{ id: 1, at: AT, kind: 'merge', groups: [{ survivor: { line: 2, hash: 'a' }, merged: [{ line: 3, hash: 'b' }], excluded: [], values: ['C1'] }] }],
};
const dataset = (settings: Record<string, unknown>, kind: StoredDataset['kind'] = 'customers'): StoredDataset => ({
  id: 'd1', planId: 'p', kind, fileName: 'clientes.csv', importedAt: AT, blob: new Blob([]), settings,
});

describe('the cleaning stored beside a customers file', () => {
  it('is read through the restore gate, for customers files only', () => {
    expect(storedCleaning(dataset({ cleaning: merge }))).toEqual(merge);
    expect(storedCleaning(dataset({ cleaning: merge }, 'transactions'))).toBeNull();
    expect(storedCleaning(dataset({ cleaning: { version: 9 } }))).toBeNull();
    expect(storedCleaning(undefined)).toBeNull();
  });

  it('is carried to the file that replaces it when it changed the base', () => {
    expect(carriedCleaning(dataset({ cleaning: merge }))).toEqual({ previousCleaning: { fileName: 'clientes.csv', importedAt: AT, record: merge } });
    // only undone work, or nothing: nothing to ask about
    const undone: CleaningRecord = { ...merge, ops: [...merge.ops, { id: 2, at: AT, kind: 'undo', undoes: 1 }] };
    expect(carriedCleaning(dataset({ cleaning: undone }))).toEqual({});
    expect(carriedCleaning(undefined)).toEqual({});
  });

  it('passes on a carried cleaning still waiting for an answer when the file is replaced again', () => {
    const waiting = { fileName: 'primero.csv', importedAt: AT, record: merge };
    expect(carriedCleaning(dataset({ previousCleaning: waiting }))).toEqual({ previousCleaning: waiting });
    expect(previousCleaning(dataset({ previousCleaning: { fileName: 3, record: merge } }))).toBeNull();
  });
});
