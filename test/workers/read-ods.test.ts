import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sheetToCsv, type SheetCell } from '../../src/domain/csv/sheet-to-csv';
import { readOds } from '../../src/workers/read-ods';
import { writeOds } from '../spreadsheets/write-workbook';

const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
const ods = (tables: string) => zipSync({ 'content.xml': strToU8(`<?xml version="1.0"?><office:document-content ${NS}><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`) });

describe('the .ods reader', () => {
  it('gives the typed cells of the written sheets as the CSV the import reads', () => {
    const rows: SheetCell[][] = [['Cliente', 'Fecha', 'Importe', 'Activo', 'Nota']];
    for (let i = 0; i < 200; i++) rows.push([`C${i % 30}`, new Date(Date.UTC(2024, 0, 1) + i * 86_400_000 + (i % 4 === 0 ? 45_000_000 : 0)), (i * 7919) / 100 - 40, i % 3 === 0, i % 5 === 0 ? 'dice "hola", y se va' : null]);
    rows.push([], ['', null, 'fila tras una vacía']);
    const read = readOds(writeOds([{ name: 'Ventas', rows }, { name: 'Notas & más', rows: [['Exportado']] }]));
    expect(read.map((s) => s.name)).toEqual(['Ventas', 'Notas & más']);
    expect(read[0].rows).toBe(203);
    expect(read[0].text).toBe(sheetToCsv(rows));
    expect(read[1].text).toBe('Exportado');
  });

  it('expands repeated rows and cells, keeps spaces, tabs and paragraphs, and drops the trailing empty ones', () => {
    const table = [
      '<table:table table:name="Hoja1">',
      '<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>',
      '<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="2"/>b &amp; c</text:p><text:p>otra<text:tab/>línea</text:p></table:table-cell>',
      '<table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="percentage" office:value="0.25" table:number-columns-repeated="2"><text:p>25 %</text:p></table:table-cell>',
      '<table:table-cell office:value-type="date" office:date-value="2025-03-01T10:30:00"/><table:table-cell table:number-columns-repeated="1020"/></table:table-row>',
      '<table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="boolean" office:boolean-value="false"/></table:table-row>',
      '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
      '</table:table>',
    ].join('');
    const [sheet] = readOds(ods(table));
    expect(sheet.text).toBe('\n\n"a  b & c\notra\tlínea",,,0.25,0.25,2025-03-01 10:30:00\nfalse\nfalse');
    expect(sheet.rows).toBe(5);
  });
});
