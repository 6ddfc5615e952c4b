import { describe, expect, it } from 'vitest';
import { profileTable, topValues } from '../../../src/domain/quality/profile';
import { customerTable } from './table';

const table = customerTable(
  ['id', 'email', 'phone', 'postalCode', 'birthDate', 'age', 'city', 'country', null],
  [
    ['C1', 'ana@gmail.com', '612345678', '28001', '15/03/1980', '44', 'Madrid', 'España', 'x'],
    ['C2', 'ana@gmail', '61234', '8001', '31/02/1980', 'cuarenta', 'madrid ', 'España', ''],
    ['C3', '', '+44 20 7946 0958', '1000-001', '1980-03-15', '', 'Lisboa', 'Portugal', ''],
    ['C4', '  pepe@correo.es ', '  ', 'SW1A 1AA', '', '37,5', 'Madrid', 'ES', ''],
  ],
);

describe('profileTable', () => {
  const profiles = profileTable(table);
  const byHeader = (header: string) => profiles.find((p) => p.header === header)!;

  it('profiles every column, mapped or not', () => {
    expect(profiles.map((p) => p.header)).toEqual(table.header);
    expect(byHeader('extra8')).toMatchObject({ field: null, role: 'text', filled: 1, valid: 1, emptyRows: [1, 2, 3] });
  });

  it.each([
    // header, filled, valid, empty rows, invalid rows
    ['id', 4, 4, [], []],
    ['email', 3, 2, [2], [1]],
    ['phone', 3, 2, [3], [1]],
    // 8001 lost its leading zero; 1000-001 is valid in Portugal, SW1A 1AA is not valid in Spain
    ['postalCode', 4, 2, [], [1, 3]],
    ['birthDate', 3, 2, [3], [1]],
    ['age', 3, 2, [2], [1]],
  ])('%s: %i filled, %i valid', (header, filled, valid, emptyRows, invalidRows) => {
    const profile = byHeader(header);
    expect(profile).toMatchObject({ filled, valid, emptyRows, invalidRows, rows: 4 });
    expect(profile.filledShare).toBe(filled / 4);
    expect(profile.validShare).toBe(valid / filled);
  });

  it('gives roles from the mapping', () => {
    expect(profiles.map((p) => p.role)).toEqual(['text', 'email', 'phone', 'postalCode', 'date', 'number', 'text', 'text', 'text']);
  });

  it('counts distinct trimmed values and the most frequent first', () => {
    const city = byHeader('city');
    // "madrid " trimmed is "madrid": another spelling, which variant clustering deals with
    expect(city.distinct).toBe(3);
    expect(city.top).toEqual([
      { value: 'Madrid', count: 2 },
      { value: 'Lisboa', count: 1 },
      { value: 'madrid', count: 1 },
    ]);
  });

  it('uses the plan country for rows without a country', () => {
    const french = customerTable(['phone'], [['06 12 34 56 78'], ['+34 612345678']]);
    expect(profileTable(french, { country: 'FR' })[0].invalidRows).toEqual([]);
    expect(profileTable(french)[0].invalidRows).toEqual([0]);
  });

  it('has null shares on an empty table', () => {
    const empty = profileTable(customerTable(['email'], []));
    expect(empty[0]).toMatchObject({ rows: 0, filled: 0, filledShare: null, validShare: null, distinct: 0, top: [] });
  });
});

describe('topValues', () => {
  it.each<[[string, number][], number, string[]]>([
    [[['b', 2], ['a', 2], ['c', 5], ['d', 1]], 3, ['c', 'a', 'b']],
    [[['x', 1]], 5, ['x']],
    [[['x', 1]], 0, []],
    [[], 3, []],
  ])('%j, keeping %i → %j', (entries, limit, expected) => {
    expect(topValues(new Map(entries), limit).map((v) => v.value)).toEqual(expected);
  });
});
