import { COUNTRY_RULES, UNKNOWN_COUNTRY_POSTAL_CODE } from './countries';
import { collapseSpaces } from './text';

/** True when the cell, trimmed, is a postal code of `country` (ES: 01000–52999; PT: 1000-001; …). */
export function isValidPostalCode(cell: string, country: string): boolean {
  const code = collapseSpaces(cell).toUpperCase();
  return (COUNTRY_RULES[country]?.postalCode ?? UNKNOWN_COUNTRY_POSTAL_CODE).test(code);
}

/**
 * Trimmed and upper-cased; for countries with numeric codes of fixed length, spaces inside are
 * removed and a code that lost its leading zero in a spreadsheet is padded ("8001" → "08001").
 */
export function normalisePostalCode(cell: string, country: string): string {
  const code = collapseSpaces(cell).toUpperCase();
  const digits = COUNTRY_RULES[country]?.postalDigits;
  if (!digits) return code;
  const compact = code.replace(/ /g, '');
  if (!/^\d+$/.test(compact)) return code;
  return compact.length === digits - 1 ? `0${compact}` : compact;
}
