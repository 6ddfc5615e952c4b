import Papa from 'papaparse';
import type { Result } from '../result';
import { findTableStart, rowStartLines } from './header-row';
import { isKnownHeader } from './header-words';
import { cellType, type CellType } from './profile-column';

export type Delimiter = ',' | ';' | '\t' | '|';
export type Newline = '\n' | '\r\n' | '\r';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];
/** How much of the text the detectors look at. */
export const SAMPLE_CHARS = 65_536;

export interface Sniffed {
  delimiter: Delimiter;
  newline: Newline;
  hasHeader: boolean;
  /** Lines before the data to skip: 1 for Excel's `sep=;` line, else 0. */
  skipLines: number;
  /** 1-based line of the header (or of the first data row without one): below title or blank lines. */
  firstLine: number;
  /** Fields per row in most rows of the sample. */
  fieldCount: number;
  /** Rows of the sample (blank lines left out; the last row dropped when the sample cuts the text). */
  rows: string[][];
}

export type SniffError = { code: 'empty' | 'binary' | 'html' | 'single-column' };

export interface SniffOverrides {
  delimiter?: Delimiter;
  hasHeader?: boolean;
  /** 1-based line where the table starts, as the person set it. */
  firstLine?: number;
}

/**
 * Detects how a CSV text is written, from its first 64 KB: newline, delimiter (`,` `;` tab `|`,
 * quotes respected), whether the first row is a header. Refuses what is not a table: empty
 * text, binary or HTML pasted, a single column.
 */
export function sniff(text: string, overrides: SniffOverrides = {}): Result<Sniffed, SniffError> {
  const sampleEnd = widthAwareSampleEnd(text);
  let sample = text.slice(0, sampleEnd);
  if (!sample.trim()) return fail('empty');
  if (looksBinary(sample) || text.includes('\u0000', sampleEnd)) return fail('binary');
  if (looksLikeHtml(sample)) return fail('html');
  const newline = detectNewline(sample);
  const truncated = text.length > sampleEnd;
  let skipLines = 0;
  let delimiter = overrides.delimiter;
  const firstBreak = sample.indexOf(newline);
  const sep = firstBreak > 0 ? /^sep=([,;\t|])\s*$/.exec(sample.slice(0, firstBreak)) : null;
  if (sep) {
    skipLines = 1;
    delimiter ??= sep[1] as Delimiter;
    sample = sample.slice(firstBreak + newline.length);
  }
  const detected = delimiter ? shape(sample, delimiter, newline, truncated) : detectDelimiter(sample, newline, truncated);
  if (!detected || detected.fieldCount < 2) return fail('single-column');
  const lines = rowStartLines(sample, detected.delimiter, newline).map((line) => line + skipLines);
  const start = overrides.firstLine !== undefined
    ? Math.max(0, lines.findIndex((line) => line >= overrides.firstLine!))
    : findTableStart(detected.rows, detected.fieldCount);
  const rows = start > 0 ? detected.rows.slice(start) : detected.rows;
  if (rows.length === 0) return fail('single-column');
  const hasHeader = overrides.hasHeader ?? detectHeader(rows);
  const firstLine = lines[start] ?? start + 1 + skipLines;
  return {
    ok: true,
    value: { delimiter: detected.delimiter, newline, hasHeader, skipLines, firstLine, fieldCount: detected.fieldCount, rows },
  };
}

/** Very wide files (thousands of columns) get a sample long enough for their first rows, within 8 MB. */
const WIDE_SAMPLE_ROWS = 4;
const MAX_SAMPLE_CHARS = 8 * 1024 * 1024;

function widthAwareSampleEnd(text: string): number {
  let end = 0;
  for (let row = 0; row < WIDE_SAMPLE_ROWS && end !== -1; row++) end = text.indexOf('\n', end + (row > 0 ? 1 : 0));
  const rowsEnd = end === -1 ? text.length : end + 1;
  return Math.max(SAMPLE_CHARS, Math.min(rowsEnd, MAX_SAMPLE_CHARS));
}

function fail(code: SniffError['code']): Result<never, SniffError> {
  return { ok: false, error: { code } };
}

/** NUL or other control characters (or undecodable bytes, U+FFFD) in more than 5 % of the sample. */
export function looksBinary(sample: string): boolean {
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) odd++;
  }
  return odd / sample.length > 0.05;
}

const HTML_DOCUMENT = /<(!doctype|html|head|body|table|tbody|thead)[\s>]/i;
const TAG = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?>/gi;

/** A web page or an HTML table pasted as source, not a CSV with a few tags in a description column. */
export function looksLikeHtml(sample: string): boolean {
  const start = sample.trimStart();
  if (start.startsWith('<') && /^<[!a-z]/i.test(start)) return true;
  if (HTML_DOCUMENT.test(sample) && !/^[^<\n]*[,;\t|][^<\n]*\n/.test(start)) return true;
  const tags = sample.match(TAG)?.length ?? 0;
  const lines = sample.split('\n').length;
  return tags > 4 * lines;
}

/** The first line break outside quotes; `\n` when there is none. */
export function detectNewline(sample: string): Newline {
  let quoted = false;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && c === 13) return sample.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
    else if (!quoted && c === 10) return '\n';
  }
  return '\n';
}

interface Shape { delimiter: Delimiter; fieldCount: number; consistency: number; rows: string[][] }

function shape(sample: string, delimiter: Delimiter, newline: Newline, truncated: boolean): Shape | null {
  const parsed = Papa.parse<string[]>(sample, { delimiter, newline, header: false, fastMode: false });
  const rows = parsed.data.filter((row) => row.length > 1 || row[0].trim() !== '');
  if (truncated && rows.length > 1) rows.pop();
  if (rows.length === 0) return null;
  const frequency = new Map<number, number>();
  for (const row of rows) frequency.set(row.length, (frequency.get(row.length) ?? 0) + 1);
  let fieldCount = 0;
  let count = 0;
  for (const [length, n] of frequency) if (n > count || (n === count && length > fieldCount)) [fieldCount, count] = [length, n];
  return { delimiter, fieldCount, consistency: count / rows.length, rows };
}

/**
 * The candidate that splits the most rows into the same number of fields (more than one);
 * ties go to more fields, then to the order `,` `;` tab `|`. Null when none splits anything.
 */
export function detectDelimiter(sample: string, newline: Newline, truncated = false): Shape | null {
  let best: Shape | null = null;
  for (const delimiter of DELIMITERS) {
    if (!sample.includes(delimiter)) continue;
    const candidate = shape(sample, delimiter, newline, truncated);
    if (!candidate || candidate.fieldCount < 2) continue;
    if (
      !best ||
      candidate.consistency > best.consistency + 1e-9 ||
      (Math.abs(candidate.consistency - best.consistency) <= 1e-9 && candidate.fieldCount > best.fieldCount)
    ) best = candidate;
  }
  return best;
}

const HEADER_SAMPLE_ROWS = 50;

/**
 * Whether the first row names the columns. Each column votes: for, when its first cell is a
 * known column name or text above numbers/dates; against, when the first cell is a number or
 * date like the rest, or a value that repeats below. Ties (all-text tables) count as a header.
 */
export function detectHeader(rows: readonly string[][]): boolean {
  if (rows.length === 0) return false;
  const [first, ...body] = rows.slice(0, HEADER_SAMPLE_ROWS + 1);
  if (body.length === 0) return !first.some((cell) => cellType(cell) === 'number' || cellType(cell) === 'date');
  let score = 0;
  for (let column = 0; column < first.length; column++) {
    const cell = first[column].trim();
    const type = cellType(cell);
    if (isKnownHeader(cell)) score++;
    const bodyType = dominantType(body.map((row) => row[column] ?? ''));
    if (type === 'text' && (bodyType === 'number' || bodyType === 'date')) score++;
    else if ((type === 'number' || type === 'date') && type === bodyType) score--;
    else if (type === 'text' && body.some((row) => (row[column] ?? '').trim() === cell)) score--;
  }
  return score >= 0;
}

function dominantType(values: readonly string[]): CellType | null {
  const counts: Record<CellType, number> = { empty: 0, number: 0, date: 0, text: 0 };
  for (const value of values) counts[cellType(value)]++;
  const filled = values.length - counts.empty;
  for (const type of ['date', 'number', 'text'] as const) if (filled > 0 && counts[type] >= 0.8 * filled) return type;
  return null;
}
