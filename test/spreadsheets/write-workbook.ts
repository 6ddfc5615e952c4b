import { strToU8, zipSync } from 'fflate';
import type { SheetCell } from '../../src/domain/csv/sheet-to-csv';

/** Spreadsheets written here for tests and the bench: the smallest valid .xlsx and .ods files. */
export interface SheetSpec {
  name: string;
  rows: SheetCell[][];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** An .xlsx workbook: shared strings, numbers, dates with a date format (style 1), booleans. */
export function writeXlsx(sheets: readonly SheetSpec[]): Uint8Array {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const sharedString = (text: string) => {
    let index = stringIndex.get(text);
    if (index === undefined) stringIndex.set(text, (index = strings.push(text) - 1));
    return index;
  };
  const sheetXml = (rows: SheetCell[][]) => {
    const out: string[] = [];
    rows.forEach((row, r) => {
      const cells: string[] = [];
      row.forEach((cell, c) => {
        const ref = `${columnName(c)}${r + 1}`;
        if (cell === null || cell === undefined || cell === '') return;
        if (cell instanceof Date) cells.push(`<c r="${ref}" s="1"><v>${(cell.getTime() - EXCEL_EPOCH) / 86_400_000}</v></c>`);
        else if (typeof cell === 'number') cells.push(`<c r="${ref}"><v>${cell}</v></c>`);
        else if (typeof cell === 'boolean') cells.push(`<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`);
        else cells.push(`<c r="${ref}" t="s"><v>${sharedString(cell)}</v></c>`);
      });
      out.push(`<row r="${r + 1}">${cells.join('')}</row>`);
    });
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${out.join('')}</sheetData></worksheet>`;
  };
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet.rows))));
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  files['[Content_Types].xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`);
  files['_rels/.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  files['xl/workbook.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets>${sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`);
  files['xl/_rels/workbook.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
  files['xl/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${main}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`);
  files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('')}</sst>`);
  // The workbook part first: readers that sniff the head of the zip (the app's "xl/") find it.
  const ordered: Record<string, Uint8Array> = { 'xl/workbook.xml': files['xl/workbook.xml'], ...files };
  return zipSync(ordered, { level: 1 });
}

/** An OpenDocument spreadsheet with typed cells: float, date, boolean and string. */
export function writeOds(sheets: readonly SheetSpec[]): Uint8Array {
  const cellXml = (cell: SheetCell) => {
    if (cell === null || cell === undefined || cell === '') return '<table:table-cell/>';
    if (cell instanceof Date) return `<table:table-cell office:value-type="date" office:date-value="${cell.toISOString().slice(0, 19)}"><text:p>${cell.toISOString().slice(0, 10)}</text:p></table:table-cell>`;
    if (typeof cell === 'number') return `<table:table-cell office:value-type="float" office:value="${cell}"><text:p>${String(cell).replace('.', ',')}</text:p></table:table-cell>`;
    if (typeof cell === 'boolean') return `<table:table-cell office:value-type="boolean" office:boolean-value="${cell}"><text:p>${cell ? 'VERDADERO' : 'FALSO'}</text:p></table:table-cell>`;
    return `<table:table-cell office:value-type="string"><text:p>${escape(cell)}</text:p></table:table-cell>`;
  };
  const tables = sheets.map((sheet) => `<table:table table:name="${escape(sheet.name)}">${sheet.rows.map((row) => `<table:table-row>${row.map(cellXml).join('')}</table:table-row>`).join('')}<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>`).join('');
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(content),
    'META-INF/manifest.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'),
  }, { level: 1 });
}
