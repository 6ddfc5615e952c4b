import Papa from 'papaparse';
import type { Result } from '../result';
import type { Delimiter, Newline } from './sniff';

export interface RowParseOptions {
  delimiter: Delimiter;
  newline: Newline;
  /** Characters parsed at a time; rows are handed over chunk by chunk, never all at once. */
  chunkSize?: number;
}

export type RowParseError = { code: 'unclosed-quote'; row: number };

/** Small enough that each chunk's rows die young instead of filling the old generation. */
const DEFAULT_CHUNK = 1 << 18;

export interface RowFeeder {
  /** The next part of the text, cut anywhere; `last` for the final one. Stops at an error. */
  feed(text: string, last: boolean): Result<void, RowParseError>;
  /** The line the next row starts on. */
  readonly line: number;
  /** Text fed that waits for the rest of its row. */
  readonly pending: boolean;
}

/**
 * Calls `onRow` for each row of a text given in parts, in order, with the 1-based line on which
 * the row starts (a quoted field spanning lines moves the next rows down). Blank lines are rows
 * of one empty cell. PapaParse does the parsing, with the delimiter and newline given, never
 * guessed; the unfinished last row of a part waits for the next, as in PapaParse's own streaming.
 * Lines are counted from `startLine`, for a text that starts further into a file.
 * An opening quote never closed is an error: it would swallow the rest of the file.
 */
export function createRowFeeder(options: Omit<RowParseOptions, 'chunkSize'>, onRow: (cells: string[], line: number) => void, startLine = 1): RowFeeder {
  const lineBreak = options.newline === '\r' ? '\r' : '\n';
  // fastMode left to PapaParse: a part without any quote is split on the newline and delimiter
  // (several times faster, same rows); a part with one goes through the quote-aware parser.
  const parser = new Papa.Parser({ delimiter: options.delimiter, newline: options.newline, header: false });
  let partial = '';
  let baseIndex = 0;
  let line = startLine;
  let error: RowParseError | null = null;
  return {
    get line() {
      return line;
    },
    get pending() {
      return partial.length > 0;
    },
    feed(text, last) {
      if (error) return { ok: false, error };
      const aggregate = partial + text;
      partial = '';
      const results = parser.parse(aggregate, baseIndex, !last) as Papa.ParseResult<string[]>;
      if (!last) {
        partial = aggregate.substring(results.meta.cursor - baseIndex);
        baseIndex = results.meta.cursor;
      }
      const quoted = aggregate.includes('"');
      const unclosed = results.errors.find((e) => e.code === 'MissingQuotes');
      const rows = results.data;
      for (let i = 0; i < rows.length; i++) {
        if (unclosed && i === unclosed.row) {
          error = { code: 'unclosed-quote', row: line };
          return { ok: false, error };
        }
        onRow(rows[i], line);
        line += quoted ? 1 + lineBreaksIn(rows[i], lineBreak) : 1;
      }
      return { ok: true, value: undefined };
    },
  };
}

/** `createRowFeeder` over a whole text, fed a chunk at a time. */
export function forEachRow(
  text: string,
  options: RowParseOptions,
  onRow: (cells: string[], line: number) => void,
): Result<void, RowParseError> {
  const feeder = createRowFeeder(options, onRow);
  const size = options.chunkSize ?? DEFAULT_CHUNK;
  let at = 0;
  do {
    const fed = feeder.feed(text.slice(at, at + size), at + size >= text.length);
    if (!fed.ok) return fed;
    at += size;
  } while (at < text.length);
  return { ok: true, value: undefined };
}

function lineBreaksIn(cells: readonly string[], lineBreak: string): number {
  let breaks = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf(lineBreak); at >= 0; at = cell.indexOf(lineBreak, at + 1)) breaks++;
  }
  return breaks;
}
