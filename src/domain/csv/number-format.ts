/** The decimal mark of a file's numbers; the other mark (and spaces, `'`) groups thousands. */
export type DecimalSeparator = '.' | ',';

export interface DecimalGuess {
  decimal: DecimalSeparator;
  /** No value settled it (only integers or `1.234`-like values): `decimal` is the fallback. */
  ambiguous: boolean;
}

/**
 * Reads the decimal mark from a column's values. A value settles it when it has both marks
 * (the last one is decimal), one mark twice (it groups, so the other is decimal), or one mark
 * not followed by exactly three digits (`12,5`, `0.125`, `3,14159`). The majority of settling
 * values wins; with none, `fallback`.
 */
export function detectDecimalSeparator(values: Iterable<string>, fallback: DecimalSeparator): DecimalGuess {
  let comma = 0;
  let point = 0;
  for (const value of values) {
    const vote = decimalVote(value);
    if (vote === ',') comma++;
    else if (vote === '.') point++;
  }
  if (comma === point) return { decimal: fallback, ambiguous: comma === 0 };
  return { decimal: comma > point ? ',' : '.', ambiguous: false };
}

function decimalVote(value: string): DecimalSeparator | null {
  const core = /[\d.,]*\d[\d.,]*/.exec(value.replace(/[\s\u00a0\u202f']/g, ''))?.[0];
  if (!core) return null;
  const lastComma = core.lastIndexOf(',');
  const lastPoint = core.lastIndexOf('.');
  if (lastComma >= 0 && lastPoint >= 0) return lastComma > lastPoint ? ',' : '.';
  const mark = lastComma >= 0 ? ',' : lastPoint >= 0 ? '.' : null;
  if (!mark) return null;
  const parts = core.split(mark);
  if (parts.length > 2) return mark === ',' ? '.' : ',';
  const [integer, fraction] = parts;
  return fraction.length !== 3 || /^0*$/.test(integer) ? mark : null;
}

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const MAX_FAST_DIGITS = 15;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

/** € $ £ ¥ or a three-letter code such as EUR, USD, MXN (upper case). */
function currencyLength(s: string, i: number, end: number, forward: boolean): number {
  const c = forward ? s.charCodeAt(i) : s.charCodeAt(end - 1);
  if (c === 0x20ac || c === 0x24 || c === 0xa3 || c === 0xa5) return 1;
  if (end - i < 3) return 0;
  const at = forward ? i : end - 3;
  for (let k = 0; k < 3; k++) {
    const l = s.charCodeAt(at + k);
    if (l < 65 || l > 90) return 0;
  }
  return 3;
}

/**
 * A fast reader of numbers in one decimal format: `1.234,56`, `-12,5`, `(12,50)`, `12,50-`,
 * `€ 1 234,56`, `1,234.56 USD`, `35%` (read as 35). Thousands groups must have three digits
 * (so `1.5` is not a number when the decimal mark is `,`). Returns NaN for an empty cell or
 * anything else. Up to 15 significant digits the result is the correctly rounded double, the
 * same as `Number()` on the equivalent `1234.56`.
 */
export function makeNumberParser(decimal: DecimalSeparator): (text: string) => number {
  const decimalCode = decimal === ',' ? 44 : 46;
  const groupCode = decimal === ',' ? 46 : 44;

  const slow = (s: string, start: number, end: number): number => {
    let clean = '';
    for (let k = start; k < end; k++) {
      const c = s.charCodeAt(k);
      if (c >= 48 && c <= 57) clean += s[k];
      else if (c === decimalCode) clean += '.';
    }
    return Number(clean);
  };

  return (s: string): number => {
    let i = 0;
    let end = s.length;
    let negative = false;
    let signs = 0;
    // Peel signs, parentheses, currency, percent and spaces from both ends.
    for (let changed = true; changed && i < end; ) {
      changed = false;
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      while (end > i && isSpace(s.charCodeAt(end - 1))) end--;
      if (i >= end) break;
      const first = s.charCodeAt(i);
      const last = s.charCodeAt(end - 1);
      if (first === 40 && last === 41) {
        negative = !negative; signs++; i++; end--; changed = true;
      } else if (first === 45 || first === 0x2212 || first === 43) {
        if (first !== 43) negative = !negative;
        signs++; i++; changed = true;
      } else if (last === 45 || last === 0x2212) {
        negative = !negative; signs++; end--; changed = true;
      } else if (last === 37) {
        end--; changed = true;
      } else {
        const head = currencyLength(s, i, end, true);
        const tail = head ? 0 : currencyLength(s, i, end, false);
        if (head) { i += head; changed = true; }
        else if (tail) { end -= tail; changed = true; }
      }
    }
    if (signs > 1 || i >= end) return NaN;

    let mantissa = 0;
    let digits = 0;
    let scale = 0;
    let seenDecimal = false;
    let leadDigits = 0;
    let groupDigits = -1;
    for (let k = i; k < end; k++) {
      const c = s.charCodeAt(k);
      if (c >= 48 && c <= 57) {
        mantissa = mantissa * 10 + (c - 48);
        digits++;
        if (seenDecimal) scale++;
        else if (groupDigits >= 0) groupDigits++;
        else leadDigits++;
      } else if (c === decimalCode && !seenDecimal) {
        if (groupDigits >= 0 && groupDigits !== 3) return NaN;
        seenDecimal = true;
      } else if (!seenDecimal && (c === groupCode || c === 39 || isSpace(c))) {
        if (leadDigits === 0 || leadDigits > 3 || (groupDigits >= 0 && groupDigits !== 3)) return NaN;
        groupDigits = 0;
      } else {
        return NaN;
      }
    }
    if (digits === 0 || (!seenDecimal && groupDigits >= 0 && groupDigits !== 3)) return NaN;
    let value: number;
    if (digits > MAX_FAST_DIGITS || scale >= POW10.length) value = slow(s, i, end);
    else value = scale === 0 ? mantissa : mantissa / POW10[scale];
    return negative ? -value : value;
  };
}
