const LF = 10;
const CR = 13;
const QUOTE = 34;
const NUL = 0;

/** Where one line of a file's bytes and its first fields are: filled by `scanLine`. */
export interface LineFields {
  /** Content of field k: `bytes[starts[k], ends[k])`, without its quotes (first `width` fields). */
  starts: Int32Array;
  ends: Int32Array;
  /** Fields in the line. */
  count: number;
  /** Some field was in quotes. */
  quoted: boolean;
  /** The line's end, before its line break; and where the next line starts. */
  end: number;
  next: number;
}

/** The line cannot be read from its bytes: only the quote-aware parser reads it and what follows. */
export const NEEDS_TEXT = -2;
/** The line goes on past the bytes given. */
export const UNFINISHED = -1;

export interface LineFormat {
  delimiter: number;
  crlf: boolean;
  width: number;
}

/**
 * Finds the fields of the line starting at `at`. A field wholly in quotes, with no quote,
 * delimiter or line break inside, is its content, as the quote-aware parser reads it; any other
 * quote, a NUL byte (left for the caller to refuse as binary), or a line feed without the
 * carriage return of a CR LF file, gives NEEDS_TEXT. Returns
 * the next line's start, UNFINISHED when the bytes end first (unless `last`), or NEEDS_TEXT.
 */
export function scanLine(bytes: Uint8Array, at: number, last: boolean, format: LineFormat, out: LineFields): number {
  const { delimiter, width } = format;
  const { starts, ends } = out;
  const length = bytes.length;
  let count = 0;
  let closed = -1;
  let quoted = false;
  let k = at;
  starts[0] = at;
  for (; k < length; k++) {
    const c = bytes[k];
    // Most bytes are none of the few that matter: one test lets them by.
    if (c > QUOTE && c !== delimiter) continue;
    if (c === delimiter) {
      if (count < width) ends[count] = closed >= 0 ? closed : k;
      closed = -1;
      if (++count < width) starts[count] = k + 1;
    } else if (c === LF) break;
    else if (c === QUOTE) {
      if (count >= width || k !== starts[count]) return NEEDS_TEXT;
      let close = k + 1;
      while (close < length && bytes[close] !== QUOTE && bytes[close] !== delimiter && bytes[close] !== LF) close++;
      if (close + 1 >= length && !last) return UNFINISHED;
      if (close === length || bytes[close] !== QUOTE) return NEEDS_TEXT;
      const after = close + 1 < length ? bytes[close + 1] : LF;
      if (after !== delimiter && after !== LF && !(after === CR && format.crlf)) return NEEDS_TEXT;
      starts[count] = k + 1;
      closed = close;
      quoted = true;
      k = close;
    } else if (c === NUL) return NEEDS_TEXT;
  }
  if (k === length && !last) return UNFINISHED;
  let end = k;
  if (format.crlf && k < length) {
    if (k === at || bytes[k - 1] !== CR) return NEEDS_TEXT;
    end = k - 1;
  }
  if (count < width) ends[count] = closed >= 0 ? closed : end;
  out.count = count + 1;
  out.quoted = quoted;
  out.end = end;
  out.next = k + 1;
  return k + 1;
}
