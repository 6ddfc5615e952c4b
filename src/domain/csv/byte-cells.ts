import type { DateFields } from './date-format';

/**
 * Readers of the plainest cells straight from a file's bytes: they accept a subset of what the
 * text readers (`makeDateParser`, `makeNumberParser`) accept and give the same value for it;
 * for anything else they say no, and the row goes to the text readers.
 */

const SPACE = 32;
const TIME_MARK = 84; // T, as in 2024-03-10T12:00
const MINUS = 45;

function isDateSeparator(c: number): boolean {
  return c === 45 || c === 47 || c === 46;
}

/**
 * The fields of `bytes[start, end)` when it reads as `a<sep>b<sep>c` or `yyyymmdd`, after
 * spaces and before a time, with the lengths `readFields` allows; false otherwise.
 */
export function readDateBytes(bytes: Uint8Array, start: number, end: number, out: DateFields): boolean {
  let i = start;
  while (i < end && bytes[i] === SPACE) i++;
  let field = 0;
  let separator = -1;
  let value = 0;
  let length = 0;
  let a = 0;
  let lengthA = 0;
  let b = 0;
  let lengthB = 0;
  for (; i < end; i++) {
    const c = bytes[i];
    if (c >= 48 && c <= 57) {
      value = value * 10 + c - 48;
      length++;
    } else if (field < 2 && isDateSeparator(c) && (separator < 0 || c === separator)) {
      if (field === 0) { a = value; lengthA = length; }
      else { b = value; lengthB = length; }
      separator = c;
      field++;
      value = 0;
      length = 0;
    } else if (c === SPACE || c === TIME_MARK) break;
    else return false;
  }
  if (field === 0) {
    if (length !== 8 || value < 1800_00_00 || value >= 2200_00_00) return false;
    out.a = Math.floor(value / 10000);
    out.b = Math.floor(value / 100) % 100;
    out.c = value % 100;
    out.lengthA = 4;
    out.lengthC = 2;
    return true;
  }
  if (field !== 2 || lengthA === 0 || lengthA > 4 || lengthB === 0 || lengthB > 2 || length === 0 || length > 4) return false;
  out.a = a;
  out.b = b;
  out.c = value;
  out.lengthA = lengthA;
  out.lengthC = length;
  return lengthA === 4 ? length <= 2 : lengthA <= 2 && (length === 4 || length === 2);
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => 10 ** i);
const MAX_DIGITS = 15;

/**
 * `-?digits[<decimal>digits]`, the digits before the mark maybe grouped in threes by the other
 * mark (`1.234,56`), at most 15 digits, as `makeNumberParser` reads it (the correctly rounded
 * double); NaN for anything else, even what that reader would accept.
 */
export function readNumberBytes(bytes: Uint8Array, start: number, end: number, decimalCode: number): number {
  const groupCode = decimalCode === 44 ? 46 : 44;
  let i = start;
  const negative = i < end && bytes[i] === MINUS;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = -1;
  let groupDigits = -1;
  for (; i < end; i++) {
    const c = bytes[i];
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + c - 48;
      digits++;
      if (scale >= 0) scale++;
      else if (groupDigits >= 0) groupDigits++;
    } else if (c === decimalCode && scale < 0 && digits > 0 && (groupDigits < 0 || groupDigits === 3)) scale = 0;
    else if (c === groupCode && scale < 0 && digits > 0 && (groupDigits < 0 ? digits <= 3 : groupDigits === 3)) groupDigits = 0;
    else return NaN;
  }
  if (digits === 0 || digits > MAX_DIGITS || scale === 0 || (scale < 0 && groupDigits >= 0 && groupDigits !== 3)) return NaN;
  const value = scale > 0 ? mantissa / POWERS_OF_TEN[scale] : mantissa;
  return negative ? -value : value;
}
