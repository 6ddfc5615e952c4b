import { describe, expect, it } from 'vitest';
import { identityHash, rowHash } from '../../../src/domain/quality/row-hash';
import { customerTable } from './table';

describe('rowHash', () => {
  it('tells cells apart where they split', () => {
    expect(rowHash(['ab', ''])).not.toBe(rowHash(['a', 'b']));
    expect(rowHash(['Ana', 'García'])).toBe(rowHash(['Ana', 'García']));
    expect(rowHash(['Ana', 'García'])).not.toBe(rowHash(['Ana', 'Garcia']));
  });

  it('gives 100,000 different rows 100,000 different hashes', () => {
    const hashes = new Set(Array.from({ length: 100_000 }, (_, i) => rowHash([`C${i}`, `cliente${i}@correo.es`])));
    expect(hashes.size).toBe(100_000);
  });
});

describe('identityHash', () => {
  const base = customerTable(['id', 'fullName', 'email', 'phone'], [['C1', 'Ana Gil', 'ana@correo.es', '612345678']]);

  it('does not change when columns move, are added, or other cells change', () => {
    const moved = customerTable(['phone', 'email', 'id', null, 'fullName'], [['699999999', 'ana@correo.es', 'C1', 'nuevo', 'Ana Gil']]);
    expect(identityHash(moved, 0)).toBe(identityHash(base, 0));
  });

  it.each([
    ['the name', ['C1', 'Ana Gil Ruiz', 'ana@correo.es', '612345678']],
    ['the e-mail', ['C1', 'Ana Gil', 'ana.gil@correo.es', '612345678']],
    ['the id', ['C01', 'Ana Gil', 'ana@correo.es', '612345678']],
  ])('changes with %s', (_, row) => {
    expect(identityHash(customerTable(['id', 'fullName', 'email', 'phone'], [row]), 0)).not.toBe(identityHash(base, 0));
  });

  it('tells an empty e-mail from a file without an e-mail column', () => {
    const empty = customerTable(['id', 'fullName', 'email'], [['C1', 'Ana Gil', '']]);
    const none = customerTable(['id', 'fullName'], [['C1', 'Ana Gil']]);
    expect(identityHash(empty, 0)).not.toBe(identityHash(none, 0));
  });
});
