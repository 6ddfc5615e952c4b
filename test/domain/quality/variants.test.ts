import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { revertCellEdits } from '../../../src/domain/quality/cell-edits';
import { applyVariantChoice, findVariantClusters, suggestCanonical } from '../../../src/domain/quality/variants';
import { customerTable } from './table';

const cities = (values: string[]) => customerTable(['city'], values.map((v) => [v]));

describe('findVariantClusters', () => {
  const table = cities(['Madrid', 'Madrid', 'madrid ', 'MADRID', 'Madird', 'Sevilla', 'Sevila', 'Málaga', 'Malaga', 'Malaga', '', 'Lugo', 'Lago']);

  it('clusters by key collision (fingerprint)', () => {
    const clusters = findVariantClusters(table, 0, 'fingerprint');
    expect(clusters).toEqual([
      {
        method: 'fingerprint',
        values: [
          { value: 'Madrid', count: 2 },
          { value: 'MADRID', count: 1 },
          { value: 'madrid ', count: 1 },
        ],
        suggested: 'Madrid',
        rows: 4,
      },
      {
        method: 'fingerprint',
        values: [
          { value: 'Malaga', count: 2 },
          { value: 'Málaga', count: 1 },
        ],
        suggested: 'Malaga',
        rows: 3,
      },
    ]);
  });

  it('clusters by n-gram fingerprint, which also joins reorderings of letters pairs', () => {
    const clusters = findVariantClusters(cities(['Las Palmas', 'LasPalmas', 'Laspalmas', 'Lugo']), 0, 'ngram-fingerprint');
    expect(clusters.map((c) => c.values.map((v) => v.value).sort())).toEqual([['Las Palmas', 'LasPalmas', 'Laspalmas']]);
  });

  it('clusters by edit distance, typos included', () => {
    const clusters = findVariantClusters(table, 0, 'edit-distance');
    expect(clusters.map((c) => c.values.map((v) => v.value).sort())).toEqual([
      ['MADRID', 'Madird', 'Madrid', 'madrid '],
      ['Malaga', 'Málaga'],
      ['Sevila', 'Sevilla'],
    ]);
    // "Lugo" and "Lago" are one edit apart but short words: different places
  });

  it.each([
    [['Girona', 'Gerona'], true],
    [['Lleida', 'Lérida'], true],
    [['Orense', 'Ourense'], true],
    [['Álava', 'Ávila'], false],
    [['28001', '28002'], false],
    [['Jaén', 'Jaca'], false],
    [['Jaén', 'JAEN'], true],
    [['Lugo', 'Lago'], false],
  ])('edit distance on %j: one cluster = %s', (values, together) => {
    expect(findVariantClusters(cities(values), 0, 'edit-distance').length).toBe(together ? 1 : 0);
  });

  it('finds nothing in an empty column', () => {
    expect(findVariantClusters(cities(['', ' ']), 0, 'fingerprint')).toEqual([]);
  });
});

describe('suggestCanonical', () => {
  it.each([
    [[{ value: 'madrid', count: 5 }, { value: 'Madrid', count: 2 }], 'madrid'],
    [[{ value: 'Malaga', count: 2 }, { value: 'Málaga', count: 2 }], 'Málaga'],
    [[{ value: 'madrid', count: 2 }, { value: 'Madrid', count: 2 }], 'Madrid'],
    [[{ value: 'Madrid ', count: 2 }, { value: 'madrid', count: 2 }], 'madrid'],
    [[], ''],
  ])('%j → %j', (values, expected) => {
    expect(suggestCanonical(values)).toBe(expected);
  });
});

describe('applyVariantChoice', () => {
  it('writes the canonical value over the chosen spellings only, and can be undone', () => {
    const table = cities(['Madrid', 'madrid ', 'Madird', 'Mádrid', 'Sevilla']);
    const applied = applyVariantChoice(table, 0, { values: ['madrid ', 'Madird', 'Madrid'], canonical: 'Madrid' });
    if (!applied.ok) throw new Error(applied.error.code);
    expect(applied.value.table.rows.map((r) => r[0])).toEqual(['Madrid', 'Madrid', 'Madrid', 'Mádrid', 'Sevilla']);
    expect(applied.value.edits).toEqual([
      { row: 1, column: 0, before: 'madrid ', after: 'Madrid' },
      { row: 2, column: 0, before: 'Madird', after: 'Madrid' },
    ]);
    expect(revertCellEdits(applied.value.table, applied.value.edits)).toEqual({ ok: true, value: table });
  });
});

describe('variant clusters, property', () => {
  it('applying any cluster with any members taken out, then undoing, gives back the table', () => {
    const spelling = fc.constantFrom('Madrid', 'madrid ', 'MADRID', 'Madird', 'Málaga', 'Malaga', 'Sevilla', 'Sevila', '', 'Lugo');
    fc.assert(
      fc.property(
        fc.array(spelling, { minLength: 1, maxLength: 20 }),
        fc.constantFrom('fingerprint', 'ngram-fingerprint', 'edit-distance' as const),
        fc.array(fc.boolean(), { maxLength: 6 }),
        (values, method, keep) => {
          const table = cities(values);
          for (const cluster of findVariantClusters(table, 0, method)) {
            const chosen = cluster.values.map((v) => v.value).filter((_, i) => keep[i] ?? true);
            const applied = applyVariantChoice(table, 0, { values: chosen, canonical: cluster.suggested });
            if (!applied.ok) return false;
            const taken = new Set(chosen);
            applied.value.table.rows.forEach((row, i) => expect(row[0]).toBe(taken.has(values[i]) ? cluster.suggested : values[i]));
            expect(revertCellEdits(applied.value.table, applied.value.edits)).toEqual({ ok: true, value: table });
          }
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });
});
