import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { quoted, sheetToCsv, type SheetCell } from '../../src/domain/csv/sheet-to-csv';
import { columnIndex, readXlsx } from '../../src/workers/read-xlsx';
import { decodeXml } from '../../src/workers/xml-scan';
import { writeXlsx } from '../spreadsheets/write-workbook';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook from hand-written parts: the sheets' `<sheetData>` content, shared strings, styles, workbook properties. */
function book(sheets: string[], parts: { strings?: string; styles?: string; workbookPr?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${parts.workbookPr ?? ''}<sheets>${sheets.map((_, i) => `<sheet name="Hoja ${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="/xl/worksheets/s${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`),
    'xl/styles.xml': strToU8(`<?xml version="1.0"?><styleSheet xmlns="${MAIN}">${parts.styles ?? '<cellXfs count="1"><xf numFmtId="0"/></cellXfs>'}</styleSheet>`),
    'xl/sharedStrings.xml': strToU8(`<?xml version="1.0"?><sst xmlns="${MAIN}">${parts.strings ?? ''}</sst>`),
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
  };
  sheets.forEach((data, i) => (files[`xl/worksheets/s${i + 1}.xml`] = strToU8(`<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${data}</sheetData></worksheet>`)));
  return zipSync(files, { level: 1 });
}

/** What read-excel-file makes of the same file, as the CSV text the import used to get (it trims text cells). */
async function previousReader(bytes: Uint8Array): Promise<{ name: string; text: string }[]> {
  const sheets = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return sheets.map(({ sheet, data }) => ({ name: sheet, text: sheetToCsv((data as SheetCell[][]).map((row) => row.map((cell) => (typeof cell === 'string' ? cell.trim() : cell)))) }));
}

const current = (bytes: Uint8Array) => readXlsx(bytes).map(({ name, text }) => ({ name, text }));

const STYLES = '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="#,##0.00 &quot;€&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>';

describe('the .xlsx reader gives what read-excel-file gave', () => {
  it('on the sales workbook of the spreadsheet tests: shared strings, numbers, dates, booleans, a second sheet', async () => {
    const rows: SheetCell[][] = [['Cliente', 'Fecha', 'Importe', 'Pagado', 'Nota']];
    for (let i = 0; i < 300; i++) rows.push([`C${i % 40}`, new Date(Date.UTC(2024, 0, 1) + ((i * 37) % 700) * 86_400_000 + (i % 5 === 0 ? 37_800_000 : 0)), (i * 7919) / 100 - 50, i % 2 === 0, i % 7 === 0 ? 'con "comillas", y coma' : null]);
    const bytes = writeXlsx([{ name: 'Ventas 2025', rows }, { name: 'Notas', rows: [['Exportado del TPV']] }]);
    const read = current(bytes);
    expect(read.map((s) => s.name)).toEqual(['Ventas 2025', 'Notas']);
    expect(read[0].text.split('\n')).toHaveLength(301);
    expect(read).toEqual(await previousReader(bytes));
  });

  it('on sparse rows and columns, inline strings, formulas, date formats and both date systems', async () => {
    const data = [
      '<row r="2"><c r="B2" t="inlineStr"><is><t>Fecha</t></is></c><c r="D2" t="inlineStr"><is><r><t>Imp</t></r><r><rPr><b/></rPr><t>orte</t></r></is></c></row>',
      '<row r="3"><c r="B3" s="1"><v>45000</v></c><c r="D3" s="3"><v>1234.5</v></c><c r="E3" t="str"><f>A1&amp;"x"</f><v>x &lt;y&gt;</v></c></row>',
      '<row r="5"><c r="A5" t="b"><v>0</v></c><c r="B5" s="2"><v>45000.75</v></c><c r="C5" t="s"><v>0</v></c><c r="F5"><v>1E-3</v></c></row>',
    ].join('');
    const strings = '<si><t>Ñandú &amp; café &#233;</t></si>';
    for (const workbookPr of ['', '<workbookPr date1904="1"/>']) {
      const bytes = book([data], { strings, styles: STYLES, workbookPr });
      expect(current(bytes)).toEqual(await previousReader(bytes));
    }
    expect(current(book([data], { strings, styles: STYLES }))[0].text).toBe('\n,Fecha,,Importe\n,2023-03-15,,1234.5,x <y>\n\nfalse,2023-03-15 18:00:00,Ñandú & café é,,,0.001');
    expect(current(book([data], { strings, styles: STYLES, workbookPr: '<workbookPr date1904="1"/>' }))[0].text.split('\n')[2]).toBe(',2027-03-16,,1234.5,x <y>');
  });
});

const columnName = (index: number) => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

/** Any character XML 1.0 allows in text. */
const xmlChar = fc.oneof(fc.integer({ min: 0x20, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0xfffd }), fc.integer({ min: 0x10000, max: 0x10ffff })).map((code) => String.fromCodePoint(code));

/** Every character written as an entity, a decimal or hex reference, or itself where XML allows it. */
const xmlText = fc.array(fc.tuple(xmlChar, fc.constantFrom('plain', 'dec', 'hex')), { maxLength: 20 }).map((parts) => ({
  text: parts.map(([c]) => c).join(''),
  xml: parts.map(([c, how]) => (how === 'dec' ? `&#${c.codePointAt(0)};` : how === 'hex' ? `&#x${c.codePointAt(0)!.toString(16)};` : c.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))).join(''),
}));

describe('the pieces of the scanner', () => {
  it('reads any cell reference as its column, in either letter case', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16_383 }), fc.integer({ min: 1, max: 1_048_576 }), fc.boolean(), (column, row, lower) => {
      const reference = `${columnName(column)}${row}`;
      expect(columnIndex(lower ? reference.toLowerCase() : reference)).toBe(column);
    }));
  });

  it('decodes entities and character references, and leaves unknown ones as written', () => {
    fc.assert(
      fc.property(xmlText, ({ text, xml }) => {
        expect(decodeXml(xml)).toBe(text);
      }),
    );
    expect(decodeXml('&amp;lt; &nbsp; &#233;&#xE9; R&D')).toBe('&lt; &nbsp; éé R&D');
  });

  it('joins the runs of a rich-text shared string, keeps preserved spaces and leaves phonetic runs out', () => {
    fc.assert(fc.property(fc.array(xmlText, { minLength: 1, maxLength: 4 }), fc.boolean(), (runs, phonetic) => {
      const item = runs.map((run) => `<r><rPr><b/></rPr><t xml:space="preserve">${run.xml}</t></r>`).join('') + (phonetic ? '<rPh sb="0" eb="1"><t>フリガナ</t></rPh>' : '');
      const expected = runs.map((run) => run.text).join('');
      const read = readXlsx(book(['<row r="1"><c r="A1" t="s"><v>0</v></c></row>'], { strings: `<si>${item}</si>` }))[0].text;
      expect(read).toBe(expected === '' ? '' : quoted(expected));
    }));
  });

  it('keeps the spaces of xml:space="preserve" text, as the CSV of the same sheet would', () => {
    const read = readXlsx(book(['<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">  dos  </t></is></c></row>'], { strings: '<si><t xml:space="preserve"> uno </t></si>' }));
    expect(read[0].text).toBe(' uno ,  dos  ');
  });
});
