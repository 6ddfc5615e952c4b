import { epochDay, type EpochDay } from '../dates';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** How a date written with numbers only is read when both fields are 12 or less. */
export type DateOrder = 'dmy' | 'mdy';

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T ][\d:.]+)?$/;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/**
 * The day a date cell stands for, or null: `yyyy-mm-dd` (or with `/`), `dd/mm/yyyy` or
 * `mm/dd/yyyy` as `order` says (`/`, `.` or `-`), each with an optional time, which is ignored.
 * Only real calendar dates in 1900–2100 count; two-digit years are refused as ambiguous.
 */
export function parseDateCell(cell: string, order: DateOrder): EpochDay | null {
  const parts = dateParts(cell, order);
  return parts && epochDay(parts[0], parts[1], parts[2]);
}

/** `yyyy-mm-dd` of a date cell, or null when it is not a date (see `parseDateCell`). */
export function dateCellToIso(cell: string, order: DateOrder): string | null {
  const parts = dateParts(cell, order);
  if (!parts) return null;
  const [y, m, d] = parts;
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

function dateParts(cell: string, order: DateOrder): [number, number, number] | null {
  const text = cell.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = ISO.exec(text);
  const numeric = iso ? null : NUMERIC.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    [d, m] = order === 'dmy' ? [a, b] : [b, a];
    y = Number(numeric[3]);
  } else return null;
  if (y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12 || d < 1) return null;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > DAYS_IN_MONTH[m - 1] + (m === 2 && leap ? 1 : 0)) return null;
  return [y, m, d];
}

/**
 * Reads the order from a column's values: a first field above 12 settles day-first, a second
 * field above 12 month-first. When neither (or both) is seen, `fallback` (the country's habit).
 */
export function detectDateOrder(cells: Iterable<string>, fallback: DateOrder): DateOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const cell of cells) {
    const match = NUMERIC.exec(cell.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) dayFirst = true;
    if (Number(match[2]) > 12) monthFirst = true;
  }
  if (dayFirst !== monthFirst) return dayFirst ? 'dmy' : 'mdy';
  return fallback;
}
