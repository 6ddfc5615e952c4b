import { looksLikeDate } from './date-format';

export type CellType = 'empty' | 'number' | 'date' | 'text';

const NUMBER = /^[-+(−]?\s*[€$£]?\s*[-−]?\d[\d.,\s\u00a0\u202f']*\s*[€$£%]?\s*[-)−]?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{9,20}$/;
const POSTAL_CODE = /^\d{4,5}$/;
const FIVE_DIGITS = /^\d{5}$/;
/** Yes/no answers in Spanish and English, as written in surveys and exports. */
const YES_NO = /^(s[ií]|no|yes|y|n|true|false|verdadero|falso|no phone service|no internet service)$/i;

/** What a single cell holds, as far as its text shows: a date, a number, other text, or nothing. */
export function cellType(cell: string): CellType {
  const text = cell.trim();
  if (!text) return 'empty';
  if (looksLikeDate(text)) return 'date';
  if (NUMBER.test(text)) return 'number';
  return 'text';
}

/** Shares (0–1) of a column's non-empty sample values of each kind, for suggesting what it means. */
export interface ColumnProfile {
  filled: number;
  email: number;
  date: number;
  number: number;
  /** Numbers with a decimal part (`12,50`), typical of money. */
  decimal: number;
  phone: number;
  postalCode: number;
  /** Exactly five digits (`28001`, `08002`): Spanish, French, German, US postal codes. */
  fiveDigits: number;
  /** Yes/no, true/false answers. */
  yesNo: number;
  /** Distinct values / filled values. */
  distinct: number;
  /** Median year of the date values, NaN without dates. */
  medianYear: number;
}

export function profileColumn(values: readonly string[]): ColumnProfile {
  let filled = 0, email = 0, date = 0, number = 0, decimal = 0, phone = 0, postalCode = 0, fiveDigits = 0, yesNo = 0;
  const seen = new Set<string>();
  const years: number[] = [];
  for (const raw of values) {
    const text = raw.trim();
    if (!text) continue;
    filled++;
    seen.add(text);
    if (EMAIL.test(text)) email++;
    const type = cellType(text);
    if (type === 'date') {
      date++;
      const year = /^\d{4}/.exec(text)?.[0] ?? /\d{4}(?=\D|$)/.exec(text)?.[0];
      if (year) years.push(Number(year));
    } else if (type === 'number') {
      number++;
      if (/[.,]\d{1,2}\s*[€$£]?\s*[-)−]?$/.test(text)) decimal++;
    }
    const digits = text.replace(/\D/g, '').length;
    if (PHONE.test(text) && digits >= 9 && digits <= 15 && !/[.,]\d{1,2}$/.test(text)) phone++;
    if (POSTAL_CODE.test(text)) postalCode++;
    if (FIVE_DIGITS.test(text)) fiveDigits++;
    if (YES_NO.test(text)) yesNo++;
  }
  years.sort((x, y) => x - y);
  const share = (n: number) => (filled ? n / filled : 0);
  return {
    filled,
    email: share(email),
    date: share(date),
    number: share(number),
    decimal: share(decimal),
    phone: share(phone),
    postalCode: share(postalCode),
    fiveDigits: share(fiveDigits),
    yesNo: share(yesNo),
    distinct: share(seen.size),
    medianYear: years.length ? years[years.length >> 1] : NaN,
  };
}
