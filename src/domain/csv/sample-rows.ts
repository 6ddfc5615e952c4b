import Papa from 'papaparse';
import { SAMPLE_CHARS, type Delimiter, type Newline } from './sniff';

const SLICES = 8;
const SLICE_CHARS = 8_192;

/**
 * Rows taken from slices spread over the rest of a long text (past the first 64 KB), so that
 * formats are read from the whole file: a file sorted by date may show only days 1–12 at its
 * start. A slice starts after a line break and keeps only rows of the expected width, so a
 * slice that starts inside a quoted field adds little noise.
 */
export function spreadSample(text: string, delimiter: Delimiter, newline: Newline, width: number): string[][] {
  if (text.length <= SAMPLE_CHARS + SLICE_CHARS) return [];
  const rows: string[][] = [];
  const span = text.length - SAMPLE_CHARS - SLICE_CHARS;
  for (let k = 1; k <= SLICES; k++) {
    const from = SAMPLE_CHARS + Math.floor((span * k) / SLICES);
    const slice = text.slice(from, from + SLICE_CHARS);
    const start = slice.indexOf(newline);
    const end = k === SLICES && from + SLICE_CHARS >= text.length ? slice.length : slice.lastIndexOf(newline);
    if (start < 0 || end <= start) continue;
    const parsed = Papa.parse<string[]>(slice.slice(start + newline.length, end), { delimiter, newline, header: false, fastMode: false });
    for (const row of parsed.data) if (row.length === width) rows.push(row);
  }
  return rows;
}
