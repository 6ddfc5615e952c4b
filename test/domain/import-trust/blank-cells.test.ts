import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/domain/csv/import-csv';
import { profileColumn } from '../../../src/domain/csv/profile-column';
import { epochDay } from '../../../src/domain/dates';
import { dataLevels } from '../../../src/domain/quality/data-levels';
import { profileTable } from '../../../src/domain/quality/profile';

// A telecom-like list: TotalCharges holds a single space on 11 of 40 rows, the phone three spaces on 5.
const rows = Array.from({ length: 40 }, (_, i) => {
  const charges = i < 11 ? ' ' : `${(20 + i).toFixed(2)}`;
  const phone = i >= 35 ? '   ' : `6${String(10_000_000 + i * 7919).padStart(8, '0')}`;
  return `C${i},Cliente ${i},Calle Mayor ${i},Madrid,28${String(i).padStart(3, '0')},${phone},${charges}`;
});
const csv = ['id,nombre,direccion,ciudad,codigo_postal,telefono,TotalCharges', ...rows].join('\n');

describe('a cell holding only spaces is empty', () => {
  const read = importCsv(csv, { today: epochDay(2025, 1, 1), language: 'es', kind: 'customers' });
  if (!read.ok) throw new Error(read.error.code);
  if (read.value.data.kind !== 'customers') throw new Error('read as sales');
  const table = read.value.data.customers;

  it('in the column profile of the import', () => {
    expect(profileColumn(table.rows.map((r) => r[6])).filled).toBe(29);
  });

  it('in the data-quality profile', () => {
    const profile = profileTable(table);
    expect(profile[6]).toMatchObject({ filled: 29, rows: 40 });
    expect(profile[6].emptyRows).toHaveLength(11);
    expect(profile[5]).toMatchObject({ filled: 35 });
    expect(profile[6].filledShare).toBeLessThan(1);
  });

  it('in the data levels: a blank phone does not reach level 2', () => {
    const levels = dataLevels(table, new Set());
    expect(levels.atLeast[1]).toBe(40);
    expect(levels.atLeast[2]).toBe(35);
  });
});
