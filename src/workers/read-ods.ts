import { strFromU8, unzipSync } from 'fflate';
import { Parser } from 'saxen';
import type { SheetCell } from '../domain/csv/sheet-to-csv';

export interface WorkbookSheet {
  name: string;
  rows: SheetCell[][];
}

/** Repeats of a filled row or cell past this are not data (a sheet has 1,048,576 rows at most). */
const MAX_REPEAT = 1_048_576;

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
      emptyRows = 0;
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

  // Empty cells and rows are held back as counts: LibreOffice ends each sheet with a million of them.
  let emptyCells = 0;
  let emptyRows = 0;
  function endCell() {
    if (!cell || !row) return;
    const value = cell.typed ? cell.value : cell.text.length > 0 ? cell.text.join('') : null;
    if (value === null || value === '') emptyCells += cell.repeat;
    else {
      for (; emptyCells > 0; emptyCells--) row.push(null);
      for (let k = 0; k < cell.repeat; k++) row.push(value);
    }
    cell = null;
  }
  function endRow() {
    if (!row || !sheet) return;
    emptyCells = 0;
    if (row.length === 0) emptyRows += rowRepeat;
    else {
      for (; emptyRows > 0; emptyRows--) sheet.rows.push([]);
      for (let k = 0; k < rowRepeat; k++) sheet.rows.push(k === 0 ? row : row.slice());
    }
    row = null;
  }

  parser.parse(strFromU8(content));
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
