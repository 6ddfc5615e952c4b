import { strFromU8, unzipSync } from 'fflate';
import { cellText, quoted } from '../domain/csv/sheet-to-csv';
import { excelDate, isDateFormat } from './xlsx-dates';
import { decodeXml, XmlScanner } from './xml-scan';

export interface SheetText {
  /** How many rows the sheet has, empty ones included. */
  rows: number;
  /** The sheet as CSV text that the import reads with no guessing (see sheetToCsv). */
  text: string;
}

interface Context {
  /** The shared strings, each already a CSV field. */
  strings: string[];
  /** Per cell style (`s`), whether its number format shows a date. */
  dateStyles: boolean[];
  system1904: boolean;
}

/**
 * The sheets of an Office Open XML workbook (.xlsx), each worksheet scanned once straight into CSV
 * text: shared and inline strings, numbers, booleans, dates from a date number format (1900 or
 * 1904 system) or a `d` cell; a skipped column or row (`C5` after `A3`) is left empty.
 */
export function readXlsx(bytes: Uint8Array): ({ name: string } & SheetText)[] {
  const files = unzipSync(bytes, { filter: (file) => file.name.startsWith('xl/') && !file.name.startsWith('xl/media/') });
  const text = (path: string | undefined) => (path && files[path] ? strFromU8(files[path]) : undefined);
  const workbook = text('xl/workbook.xml');
  if (workbook === undefined) throw new Error('xlsx-without-workbook');
  const parts = relationships(text('xl/_rels/workbook.xml.rels') ?? '');
  const context: Context = {
    strings: sharedStrings(text(parts.byType.get('sharedStrings') ?? 'xl/sharedStrings.xml')),
    dateStyles: dateStyles(text(parts.byType.get('styles') ?? 'xl/styles.xml')),
    system1904: false,
  };
  const listed: { name: string; path: string | undefined }[] = [];
  const scan = new XmlScanner(workbook);
  while (scan.next()) {
    if (scan.closing) continue;
    if (scan.name === 'workbookPr') context.system1904 = ['1', 'true'].includes(scan.attribute('date1904') ?? '');
    else if (scan.name === 'sheet') listed.push({ name: scan.attribute('name') ?? `${listed.length + 1}`, path: parts.byId.get(scan.attribute('id') ?? '') });
  }
  return listed.map(({ name, path }) => {
    const xml = text(path);
    if (xml === undefined) throw new Error('xlsx-sheet-missing');
    return { name, ...sheetText(xml, context) };
  });
}

/** The workbook's parts by relationship id and by type (`styles`, `sharedStrings`), as paths in the zip. */
function relationships(xml: string) {
  const byId = new Map<string, string>();
  const byType = new Map<string, string>();
  const scan = new XmlScanner(xml);
  while (scan.next()) {
    if (scan.name !== 'Relationship' || scan.closing) continue;
    const target = scan.attribute('Target') ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/[^/]+\/\.\.\//g, '');
    byId.set(scan.attribute('Id') ?? '', path);
    byType.set((scan.attribute('Type') ?? '').replace(/.*\//, ''), path);
  }
  return { byId, byType };
}

function sharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  const scan = new XmlScanner(xml);
  while (scan.next()) if (scan.name === 'si' && !scan.closing) strings.push(scan.selfClosing ? '' : quoted(unescapeXstring(scan.itemText())));
  return strings;
}

/** Characters XML 1.0 cannot hold are written `_xHHHH_` in .xlsx text (ECMA-376 §22.9.2.19). */
function unescapeXstring(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function dateStyles(xml: string | undefined): boolean[] {
  const styles: boolean[] = [];
  if (xml === undefined) return styles;
  const codes = new Map<number, string>();
  const baseFormats: number[] = [];
  let section = '';
  const scan = new XmlScanner(xml);
  while (scan.next()) {
    const { name } = scan;
    if (name === 'cellXfs' || name === 'cellStyleXfs') section = scan.closing ? '' : name;
    else if (name === 'numFmt' && !scan.closing) codes.set(Number(scan.attribute('numFmtId')), scan.attribute('formatCode') ?? '');
    else if (name === 'xf' && !scan.closing) {
      const own = scan.attribute('numFmtId');
      if (section === 'cellStyleXfs') baseFormats.push(Number(own ?? 0));
      else if (section === 'cellXfs') {
        const id = own === undefined ? (baseFormats[Number(scan.attribute('xfId') ?? 0)] ?? 0) : Number(own);
        styles.push(isDateFormat(id, codes.get(id)));
      }
    }
  }
  return styles;
}

/** `C5` → column 2 (zero-based), read from `text` between `from` and `to`; -1 without letters. */
export function columnIndex(text: string, from = 0, to = text.length): number {
  let column = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column - 1;
}

/** A non-negative integer written between `from` and `to`; NaN if anything else is there. */
function integerAt(text: string, from: number, to: number): number {
  let number = from < to ? 0 : NaN;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    number = number * 10 + digit;
  }
  return number;
}

/** A worksheet as CSV text, one line per sheet row (an empty or skipped row stays a blank line). */
function sheetText(xml: string, context: Context): SheetText {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let following = 0;
  const scan = new XmlScanner(xml);
  while (scan.next()) {
    const { name } = scan;
    if (name === 'c' && !scan.closing) {
      let column = following;
      let type: string | undefined;
      let style: number | undefined;
      scan.attributes();
      while (scan.nextAttribute()) {
        if (scan.nameEnd - scan.nameStart !== 1) continue;
        const attribute = xml.charCodeAt(scan.nameStart);
        if (attribute === 114 /* r */) column = columnIndex(xml, scan.valueStart, scan.valueEnd);
        else if (attribute === 116 /* t */) type = xml.slice(scan.valueStart, scan.valueEnd);
        else if (attribute === 115 /* s */) style = integerAt(xml, scan.valueStart, scan.valueEnd);
      }
      following = column + 1;
      let value: string | undefined;
      let fast: string | undefined;
      if (xml.startsWith('<v>', scan.end)) {
        // The usual cell, `<c r="B2" s="1"><v>45000</v></c>`, read without visiting its inner tags.
        const from = scan.end + 3;
        const close = xml.indexOf('<', from);
        scan.skipTo(xml.startsWith('</v></c>', close) ? close + 8 : close);
        // Shared strings and plain numbers, most of a sheet, are taken without copying or converting their text.
        if (type === 's') fast = context.strings[integerAt(xml, from, close)];
        else if (type === undefined && (style === undefined || !context.dateStyles[style]) && isPlainNumber(xml, from, close)) fast = xml.slice(from, close);
        else value = decodeXml(xml.slice(from, close));
      } else if (!scan.selfClosing) {
        while (scan.next() && !(scan.name === 'c' && scan.closing)) {
          if (scan.closing || scan.selfClosing) continue;
          if (scan.name === 'v') value = scan.text();
          else if (scan.name === 'is') value = unescapeXstring(scan.itemText());
        }
      }
      const field = fast !== undefined ? (column < width ? '' : fast) : value === undefined || value === '' || column < width ? '' : cellField(type, style, value, context);
      if (field === '') continue;
      if (width > 0) line += ',';
      for (; width < column; width++) line += ',';
      line += field;
      width = column + 1;
    } else if (name === 'row') {
      if (scan.closing || scan.selfClosing) {
        lines.push(line);
        if (scan.closing) continue;
      }
      const number = scan.find('r') ? integerAt(xml, scan.valueStart, scan.valueEnd) : NaN;
      while (number > 0 && lines.length < number - 1) lines.push('');
      line = '';
      width = following = 0;
      if (scan.selfClosing) lines.push('');
    } else if (name === 'sheetData' && scan.closing) break;
  }
  return { rows: lines.length, text: lines.join('\n') };
}

/** `-12.5`, `300`: digits with at most a sign and a decimal point, which the CSV import reads as written. */
function isPlainNumber(text: string, from: number, to: number): boolean {
  let i = text.charCodeAt(from) === 45 /* - */ ? from + 1 : from;
  let digits = 0;
  let point = false;
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if (code === 46 /* . */ && !point && digits > 0) point = true;
    else return false;
  }
  return digits > 0 && text.charCodeAt(to - 1) !== 46;
}

/** Sales sheets repeat a few hundred dates over many rows: each serial is turned into text once. */
const dateFields = new Map<string, string>();

/** A cell's value as a CSV field: text quoted where needed, numbers with a point, dates as ISO text. */
function cellField(type: string | undefined, style: number | undefined, value: string, context: Context): string {
  switch (type) {
    case 's':
      return context.strings[Number(value)] ?? '';
    case 'b':
      return value === '1' || value === 'true' ? 'true' : 'false';
    case 'd': {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? quoted(value) : cellText(date);
    }
    case 'inlineStr':
    case 'str':
    case 'e':
      return quoted(value);
    default: {
      const number = Number(value);
      if (Number.isNaN(number)) return quoted(value);
      if (style === undefined || !context.dateStyles[style]) return cellText(number);
      const key = context.system1904 ? `${value}|1904` : value;
      let field = dateFields.get(key);
      if (field === undefined) {
        if (dateFields.size > 100_000) dateFields.clear();
        dateFields.set(key, (field = cellText(excelDate(number, context.system1904))));
      }
      return field;
    }
  }
}
