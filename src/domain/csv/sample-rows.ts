import Papa from 'papaparse';
import { SAMPLE_CHARS, type Delimiter, type Newline } from './sniff';

export const SLICES = 8;
export const SLICE_CHARS = 8_192;

/** Where slice k (1 … SLICES) of a text of `length` characters (or bytes) starts; null when the text is too short for slices. */
export function sliceStart(length: number, k: number): number | null {
  if (length <= SAMPLE_CHARS + SLICE_CHARS) return null;
  const span = length - SAMPLE_CHARS - SLICE_CHARS;
  return SAMPLE_CHARS + Math.floor((span * k) / SLICES);
}

/**
 * Rows taken from slices spread over the rest of a long text (past the first 64 KB), so that
 * formats are read from the whole file: a file sorted by date may show only days 1–12 at its
 * start. A slice starts after a line break and keeps only rows of the expected width, so a
 * slice that starts inside a quoted field adds little noise.
 */
export function spreadSample(text: string, delimiter: Delimiter, newline: Newline, width: number): string[][] {
  const rows: string[][] = [];
  for (let k = 1; k <= SLICES; k++) {
    const from = sliceStart(text.length, k);
    if (from === null) return [];
    const atEnd = k === SLICES && from + SLICE_CHARS >= text.length;
    rows.push(...rowsOfSlice(text.slice(from, from + SLICE_CHARS), atEnd, delimiter, newline, width));
  }
  return rows;
}

/** The whole rows of a slice of a text (`atEnd`: it ends where the text ends), of the expected width. */
export function rowsOfSlice(slice: string, atEnd: boolean, delimiter: Delimiter, newline: Newline, width: number): string[][] {
  const start = slice.indexOf(newline);
  const end = atEnd ? slice.length : slice.lastIndexOf(newline);
  if (start < 0 || end <= start) return [];
  const parsed = Papa.parse<string[]>(slice.slice(start + newline.length, end), { delimiter, newline, header: false, fastMode: false });
  return parsed.data.filter((row) => row.length === width);
}
