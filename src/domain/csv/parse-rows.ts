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

/**
 * Calls `onRow` for each row of the text, in order, with the 1-based line on which the row
 * starts (a quoted field spanning lines moves the next rows down). Blank lines are rows of one
 * empty cell. PapaParse does the parsing, with the delimiter and newline given, never guessed.
 * An opening quote never closed is an error: it would swallow the rest of the file.
 */
export function forEachRow(
  text: string,
  options: RowParseOptions,
  onRow: (cells: string[], line: number) => void,
): Result<void, RowParseError> {
  const lineBreak = options.newline === '\r' ? '\r' : '\n';
  const quoted = text.includes('"');
  let line = 1;
  let error: RowParseError | null = null;
  // PapaParse's types list `chunk` for files only; its string streamer honours it too.
  const config: Papa.ParseConfig<string[]> & {
    chunkSize: number;
    chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => void;
  } = {
    delimiter: options.delimiter,
    newline: options.newline,
    header: false,
    fastMode: false,
    chunkSize: options.chunkSize ?? DEFAULT_CHUNK,
    chunk: (results, parser) => {
      const unclosed = results.errors.find((e) => e.code === 'MissingQuotes');
      const rows = results.data;
      for (let i = 0; i < rows.length; i++) {
        if (unclosed && i === unclosed.row) {
          error = { code: 'unclosed-quote', row: line };
          parser.abort();
          return;
        }
        onRow(rows[i], line);
        line += quoted ? 1 + lineBreaksIn(rows[i], lineBreak) : 1;
      }
    },
  };
  Papa.parse<string[]>(text, config);
  if (error) return { ok: false, error };
  return { ok: true, value: undefined };
}

function lineBreaksIn(cells: readonly string[], lineBreak: string): number {
  let breaks = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf(lineBreak); at >= 0; at = cell.indexOf(lineBreak, at + 1)) breaks++;
  }
  return breaks;
}
