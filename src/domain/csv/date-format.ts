import type { EpochDay } from '../dates';

/**
 * How a date written with numbers is read: `ymd` (ISO `2024-03-10`, `2024/03/10`, `20240310`),
 * `dmy` (`10/03/2024`, `10-03-24`) or `mdy` (`03/10/2024`). A four-digit first field is always
 * read as year-month-day, whatever the order. A time after the date is ignored.
 */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

export interface DateOrderGuess {
  order: DateOrder;
  /** No value had a field above 12 (or the values disagreed): `order` is the fallback. */
  ambiguous: boolean;
}

/** Days from 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The three numeric fields of a date-looking cell and how many digits each has; null if not one. */
export interface DateFields { a: number; b: number; c: number; lengthA: number; lengthC: number }

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Splits `a<sep>b<sep>c[ time]` or `yyyymmdd[ time]` into numbers, without allocating. */
function readFields(s: string, out: DateFields): boolean {
  let i = 0;
  const n = s.length;
  while (i < n && s.charCodeAt(i) === 32) i++;
  let a = 0;
  let lengthA = 0;
  while (i < n && isDigit(s.charCodeAt(i))) { a = a * 10 + s.charCodeAt(i) - 48; lengthA++; i++; }
  if (lengthA === 8 && a >= 1800_00_00 && a < 2200_00_00 && (i === n || s.charCodeAt(i) === 32 || s.charCodeAt(i) === 84)) {
    out.a = Math.floor(a / 10000); out.b = Math.floor(a / 100) % 100; out.c = a % 100;
    out.lengthA = 4; out.lengthC = 2;
    return true;
  }
  if (lengthA === 0 || lengthA > 4 || i >= n) return false;
  const sep = s.charCodeAt(i);
  if (sep !== 45 && sep !== 47 && sep !== 46) return false;
  i++;
  let b = 0;
  let lengthB = 0;
  while (i < n && isDigit(s.charCodeAt(i))) { b = b * 10 + s.charCodeAt(i) - 48; lengthB++; i++; }
  if (lengthB === 0 || lengthB > 2 || i >= n || s.charCodeAt(i) !== sep) return false;
  i++;
  let c = 0;
  let lengthC = 0;
  while (i < n && isDigit(s.charCodeAt(i))) { c = c * 10 + s.charCodeAt(i) - 48; lengthC++; i++; }
  if (lengthC === 0 || lengthC > 4) return false;
  if (i < n) {
    const next = s.charCodeAt(i);
    if (next !== 32 && next !== 84) return false;
  }
  out.a = a; out.b = b; out.c = c; out.lengthA = lengthA; out.lengthC = lengthC;
  return lengthA === 4 ? lengthC <= 2 : lengthA <= 2 && (lengthC === 4 || lengthC === 2);
}

/** Whether a cell is written like a date in one of the supported shapes (not whether it is valid). */
export function looksLikeDate(text: string): boolean {
  return readFields(text.trim(), scratch);
}

const scratch: DateFields = { a: 0, b: 0, c: 0, lengthA: 0, lengthC: 0 };

/**
 * Reads day-first or month-first from a column's values: a first field above 12 means day-first,
 * a second above 12 month-first; the majority of such values wins. Values with a four-digit first
 * field don't vote; a column of only those is `ymd`. With no vote, `fallback`, flagged ambiguous.
 * Null when fewer than half the non-empty values look like dates.
 */
export function detectDateOrder(values: Iterable<string>, fallback: 'dmy' | 'mdy'): DateOrderGuess | null {
  const fields: DateFields = { a: 0, b: 0, c: 0, lengthA: 0, lengthC: 0 };
  let filled = 0;
  let dates = 0;
  let yearFirst = 0;
  let dayFirst = 0;
  let monthFirst = 0;
  for (const value of values) {
    const text = value.trim();
    if (!text) continue;
    filled++;
    if (!readFields(text, fields)) continue;
    dates++;
    if (fields.lengthA === 4) yearFirst++;
    else if (fields.a > 12 && fields.b <= 12) dayFirst++;
    else if (fields.b > 12 && fields.a <= 12) monthFirst++;
  }
  if (dates === 0 || dates * 2 < filled) return null;
  if (yearFirst === dates) return { order: 'ymd', ambiguous: false };
  if (dayFirst === monthFirst) return { order: fallback, ambiguous: true };
  return { order: dayFirst > monthFirst ? 'dmy' : 'mdy', ambiguous: false };
}

/**
 * A fast reader of dates in one order → EpochDay, NaN when the cell is not a real calendar date.
 * Two-digit years are 20yy unless that is more than a year after `today`, then 19yy.
 */
export function makeDateParser(order: DateOrder, today: EpochDay): (text: string) => EpochDay {
  const pivot = twoDigitYearPivot(today);
  const fields: DateFields = { a: 0, b: 0, c: 0, lengthA: 0, lengthC: 0 };
  return (text: string): EpochDay => (readFields(text, fields) ? dayOfFields(fields, order, pivot) : NaN);
}

/** Two-digit years up to this are 20yy, above it 19yy (see `makeDateParser`). */
export function twoDigitYearPivot(today: EpochDay): number {
  return (new Date(today * 86_400_000).getUTCFullYear() + 1) % 100;
}

/** The day the three fields of a date-looking cell stand for in `order`; NaN when not a calendar date. */
export function dayOfFields(fields: DateFields, order: DateOrder, pivot: number): EpochDay {
  let y: number;
  let m: number;
  let d: number;
  if (fields.lengthA === 4) { y = fields.a; m = fields.b; d = fields.c; }
  else {
    if (order === 'ymd') return NaN;
    y = fields.lengthC === 2 ? (fields.c <= pivot ? 2000 : 1900) + fields.c : fields.c;
    if (order === 'dmy') { d = fields.a; m = fields.b; }
    else { m = fields.a; d = fields.b; }
  }
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return daysFromCivil(y, m, d);
}

/** The dates accepted as real: from 1900-01-01 to a year after `today`. */
export function plausibleDays(today: EpochDay): { first: EpochDay; last: EpochDay } {
  return { first: daysFromCivil(1900, 1, 1), last: today + 365 };
}
