import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, exportCsv } from '../../../src/domain/quality/export-csv';
import { customerTable } from './table';

describe('csvCell', () => {
  it.each([
    ['Ana García', ';', 'Ana García'],
    ['García López; Ana', ';', '"García López; Ana"'],
    ['García López, Ana', ';', 'García López, Ana'],
    ['García López, Ana', ',', '"García López, Ana"'],
    ['El "Rubio"', ';', '"El ""Rubio"""'],
    ['línea 1\nlínea 2', ';', '"línea 1\nlínea 2"'],
    ['=SUMA(A1:A9)', ';', "'=SUMA(A1:A9)"],
    ['+34612345678', ';', "'+34612345678"],
    ['-5', ';', "'-5"],
    ['@cmd', ';', "'@cmd"],
    ['\tx', ';', "'\tx"],
    ['\rx', ';', `"'\rx"`],
    ['=1;2', ';', `"'=1;2"`],
    ['', ';', ''],
  ])('%j with %j → %j', (value, delimiter, expected) => {
    expect(csvCell(value, delimiter)).toBe(expected);
  });
});

describe('exportCsv', () => {
  const table = customerTable(['id', 'fullName', 'phone'], [['C1', 'Muñoz; Ana', '+34612345678'], ['C2', 'Íñigo', '']]);

  it('writes Spanish CSV for Excel: BOM, semicolons, CRLF', () => {
    expect(exportCsv(table, { language: 'es' })).toBe('\uFEFFid;fullName;phone\r\nC1;"Muñoz; Ana";\'+34612345678\r\nC2;Íñigo;\r\n');
  });

  it('writes plain CSV in English: no BOM, commas', () => {
    expect(exportCsv(table, { language: 'en' })).toBe("id,fullName,phone\r\nC1,Muñoz; Ana,'+34612345678\r\nC2,Íñigo,\r\n");
  });

  it('writes the chosen columns in the chosen order', () => {
    expect(exportCsv(table, { language: 'en', columns: [1, 0] })).toBe('fullName,id\r\nMuñoz; Ana,C1\r\nÍñigo,C2\r\n');
  });

  it('reads back with a CSV parser to the same cells (formulas escaped)', () => {
    const tricky = customerTable(['name', 'city'], [['x;y', 'he said "hi"'], ['multi\nline', '=1+1']]);
    const text = exportCsv(tricky, { language: 'es' }).slice(1);
    const parsed = Papa.parse<string[]>(text.trimEnd(), { delimiter: ';' });
    expect(parsed.data).toEqual([['name', 'city'], ['x;y', 'he said "hi"'], ['multi\nline', "'=1+1"]]);
  });
});
