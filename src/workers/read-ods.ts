import { strFromU8, unzipSync } from 'fflate';
import { Parser } from 'saxen';
import type { SheetCell } from '../domain/csv/sheet-to-csv';

export interface WorkbookSheet {
  name: string;
  rows: SheetCell[][];
}

/** Repeats past this are the empty rest of a sheet (LibreOffice writes 1,048,576 − n empty rows once). */
const MAX_REPEAT = 10_000;

/**
 * The sheets of an OpenDocument spreadsheet (.ods): its `content.xml` read with a SAX parser,
 * cells by their value type (float, percentage, currency → number; date → Date; boolean; text),
 * repeated rows and cells expanded, trailing empty ones left out.
 */
export function readOds(bytes: Uint8Array): WorkbookSheet[] {
  const files = unzipSync(bytes, { filter: (file) => file.name === 'content.xml' });
  const content = files['content.xml'];
  if (!content) throw new Error('ods-without-content');
  const sheets: WorkbookSheet[] = [];
  let sheet: WorkbookSheet | null = null;
  let row: SheetCell[] | null = null;
  let rowRepeat = 1;
  let cell: { value: SheetCell; repeat: number; text: string[]; typed: boolean } | null = null;
  let paragraphs = 0;

  const parser = new Parser();
  parser.on('openTag', (name, attrs, _decode, selfClosing) => {
    if (name === 'table:table') {
      sheet = { name: attrs()['table:name'] ?? `${sheets.length + 1}`, rows: [] };
      sheets.push(sheet);
    } else if (name === 'table:table-row') {
      row = [];
      rowRepeat = Math.min(MAX_REPEAT, Number(attrs()['table:number-rows-repeated'] ?? 1));
      if (selfClosing) endRow();
    } else if ((name === 'table:table-cell' || name === 'table:covered-table-cell') && row) {
      const a = attrs();
      cell = { value: typedValue(a), repeat: Math.min(MAX_REPEAT, Number(a['table:number-columns-repeated'] ?? 1)), text: [], typed: a['office:value-type'] !== undefined && a['office:value-type'] !== 'string' };
      paragraphs = 0;
      if (selfClosing) endCell();
    } else if (name === 'text:p' && cell) {
      if (paragraphs++ > 0) cell.text.push('\n');
    } else if (name === 'text:s' && cell) {
      cell.text.push(' '.repeat(Number(attrs()['text:c'] ?? 1)));
    } else if ((name === 'text:tab' || name === 'text:line-break') && cell) {
      cell.text.push(name === 'text:tab' ? '\t' : '\n');
    }
  });
  parser.on('text', (value, decode) => {
    if (cell) cell.text.push(decode(value));
  });
  parser.on('closeTag', (name, _decode, selfClosing) => {
    if (selfClosing) return;
    if (name === 'table:table-row') endRow();
    else if (name === 'table:table-cell' || name === 'table:covered-table-cell') endCell();
  });
  parser.on('error', (error) => {
    throw error;
  });

  function endCell() {
    if (!cell || !row) return;
    const value = cell.typed ? cell.value : cell.text.length > 0 ? cell.text.join('') : null;
    for (let k = 0; k < cell.repeat; k++) row.push(value);
    cell = null;
  }
  function endRow() {
    if (!row || !sheet) return;
    while (row.length > 0 && (row[row.length - 1] === null || row[row.length - 1] === '')) row.pop();
    for (let k = 0; k < rowRepeat; k++) sheet.rows.push(k === 0 ? row : row.slice());
    row = null;
  }

  parser.parse(strFromU8(content));
  for (const s of sheets) while (s.rows.length > 0 && s.rows[s.rows.length - 1].length === 0) s.rows.pop();
  return sheets;
}

function typedValue(a: Record<string, string>): SheetCell {
  switch (a['office:value-type']) {
    case 'float':
    case 'percentage':
    case 'currency':
      return Number(a['office:value']);
    case 'date': {
      const text = a['office:date-value'] ?? '';
      const date = new Date(/Z|[+-]\d\d:\d\d$/.test(text) ? text : `${text.length === 10 ? `${text}T00:00:00` : text}Z`);
      return Number.isNaN(date.getTime()) ? text : date;
    }
    case 'boolean':
      return a['office:boolean-value'] === 'true';
    default:
      return null;
  }
}
