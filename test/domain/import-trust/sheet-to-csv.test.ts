import { describe, expect, it } from 'vitest';
import { sheetToCsv } from '../../../src/domain/csv/sheet-to-csv';

describe('sheetToCsv', () => {
  it('writes dates as ISO days (with the time where there is one), numbers with a point, text quoted where needed', () => {
    const rows = [
      ['cliente', 'fecha', 'importe', 'nota'],
      ['C1', new Date(Date.UTC(2025, 2, 1)), 1234.56, 'dice "hola", y se va'],
      ['C2', new Date(Date.UTC(2025, 2, 1, 9, 5, 7)), 1e-7, true],
      [null, undefined, '', ''],
      ['C3', new Date(Number.NaN), Number.NaN, 'línea 1\nlínea 2'],
    ];
    expect(sheetToCsv(rows).split('\n').slice(0, 4)).toEqual([
      'cliente,fecha,importe,nota',
      'C1,2025-03-01,1234.56,"dice ""hola"", y se va"',
      'C2,2025-03-01 09:05:07,0.0000001,true',
      '',
    ]);
    expect(sheetToCsv(rows).endsWith('C3,,,"línea 1\nlínea 2"')).toBe(true);
  });
});
