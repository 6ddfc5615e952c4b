import { strFromU8, unzipSync } from 'fflate';
import { cellText, quoted } from '../domain/csv/sheet-to-csv';
import type { SheetText } from './read-xlsx';
import { decodeXml, XmlScanner } from './xml-scan';

/** Repeats of a filled row or cell past this are not data (a sheet has 1,048,576 rows at most). */
const MAX_REPEAT = 1_048_576;

/**
 * The sheets of an OpenDocument spreadsheet (.ods), its `content.xml` scanned once straight into
 * CSV text: cells by their value type (float, percentage, currency → number; date; boolean; text),
 * repeated rows and cells expanded, trailing empty ones left out (LibreOffice ends each sheet with a million).
 */
export function readOds(bytes: Uint8Array): ({ name: string } & SheetText)[] {
  const content = unzipSync(bytes, { filter: (file) => file.name === 'content.xml' })['content.xml'];
  if (!content) throw new Error('ods-without-content');
  const scan = new XmlScanner(strFromU8(content));
  const sheets: ({ name: string } & SheetText)[] = [];
  let name = '';
  let lines: string[] = [];
  let line = '';
  let width = 0;
  let emptyCells = 0;
  let emptyRows = 0;
  let rowRepeat = 1;
  const repeat = (attribute: string) => Math.max(1, Math.min(MAX_REPEAT, Number(scan.attribute(attribute) ?? 1) || 1));

  function endRow() {
    if (width === 0) emptyRows += rowRepeat;
    else {
      for (; emptyRows > 0; emptyRows--) lines.push('');
      for (let k = 0; k < rowRepeat; k++) lines.push(line);
    }
    line = '';
    width = emptyCells = 0;
  }

  while (scan.next()) {
    const tag = scan.name;
    if (tag === 'table') {
      if (!scan.closing) {
        name = scan.attribute('name') ?? `${sheets.length + 1}`;
        lines = [];
        emptyRows = 0;
      } else sheets.push({ name, rows: lines.length, text: lines.join('\n') });
    } else if (tag === 'table-row') {
      if (scan.closing) endRow();
      else {
        rowRepeat = repeat('number-rows-repeated');
        line = '';
        width = emptyCells = 0;
        if (scan.selfClosing) endRow();
      }
    } else if ((tag === 'table-cell' || tag === 'covered-table-cell') && !scan.closing) {
      let cellRepeat = 1;
      let type: string | undefined;
      let value: string | undefined;
      scan.attributes();
      while (scan.nextAttribute()) {
        const attribute = scan.xml.slice(scan.nameStart, scan.nameEnd);
        if (attribute === 'value-type') type ??= scan.xml.slice(scan.valueStart, scan.valueEnd);
        else if (attribute === 'value' || attribute === 'date-value' || attribute === 'boolean-value') value = decodeXml(scan.xml.slice(scan.valueStart, scan.valueEnd));
        else if (attribute === 'number-columns-repeated') cellRepeat = Math.max(1, Math.min(MAX_REPEAT, Number(scan.xml.slice(scan.valueStart, scan.valueEnd)) || 1));
      }
      let field = typedField(type, value ?? '');
      if (!scan.selfClosing) {
        if (type === undefined || type === 'string') field = quoted(cellContent(scan));
        else skipContent(scan);
      }
      if (field === '') emptyCells += cellRepeat;
      else
        for (let k = 0; k < cellRepeat; k++) {
          if (width > 0) line += ',';
          for (; emptyCells > 0; emptyCells--, width++) line += ',';
          line += field;
          width++;
        }
    }
  }
  return sheets;
}

/** The text of a cell: its paragraphs on lines of their own, `<text:s text:c="3"/>` as spaces, tabs and line breaks; the scanner ends on the cell's closing tag. */
function cellContent(scan: XmlScanner): string {
  const outer = scan.name;
  let text = '';
  let paragraphs = 0;
  let from = scan.end;
  while (scan.next()) {
    if (scan.start > from) text += scan.xml.slice(from, scan.start);
    from = scan.end;
    if (scan.name === outer && scan.closing) break;
    if (scan.closing) continue;
    if (scan.name === 'p' && paragraphs++ > 0) text += '\n';
    else if (scan.name === 's') text += ' '.repeat(Number(scan.attribute('c') ?? 1) || 1);
    else if (scan.name === 'tab') text += '\t';
    else if (scan.name === 'line-break') text += '\n';
  }
  return decodeXml(text);
}

/** Passes over a typed cell's shown text (`12,50 €`): its value is in the attributes. */
function skipContent(scan: XmlScanner) {
  const outer = scan.name;
  while (scan.next() && !(scan.name === outer && scan.closing));
}

const dateFields = new Map<string, string>();

/** A typed cell's CSV field from its value attribute ('' when it has none, or text that its content gives). */
function typedField(type: string | undefined, value: string): string {
  switch (type) {
    case 'float':
    case 'percentage':
    case 'currency':
      return cellText(Number(value));
    case 'date': {
      let field = dateFields.get(value);
      if (field === undefined) {
        const date = new Date(/Z|[+-]\d\d:\d\d$/.test(value) ? value : `${value.length === 10 ? `${value}T00:00:00` : value}Z`);
        if (dateFields.size > 100_000) dateFields.clear();
        dateFields.set(value, (field = Number.isNaN(date.getTime()) ? quoted(value) : cellText(date)));
      }
      return field;
    }
    case 'boolean':
      return value === 'true' ? 'true' : 'false';
    default:
      return '';
  }
}
