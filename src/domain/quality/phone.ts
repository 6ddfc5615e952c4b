import { COUNTRY_RULES } from './countries';

const CALLING_CODES = new Map(Object.entries(COUNTRY_RULES).map(([country, rules]) => [rules.callingCode, country]));

/**
 * A phone number in international form, `+` and digits only ("612 34 56 78" in Spain →
 * "+34612345678"), or null when the cell is not a phone number we can trust.
 *
 * - `+CC…` or `00CC…` keep their own country code; a known code's national part must fit that
 *   country's plan (a trunk 0 written after the code, "+44 (0)20…", is dropped).
 * - A number without a code gets the code of `country` (ISO alpha-2); the country's trunk prefix
 *   is dropped ("06 12 34 56 78" in France → "+33612345678"). Digits that already start with the
 *   country's code and then fit its plan ("34612345678") are read as international.
 * - Unknown country codes are accepted at 8–15 digits (E.164); letters make the cell invalid.
 */
export function normalisePhone(cell: string, country: string): string | null {
  const text = cell.trim();
  if (text === '' || !/^[\d\s().\-/+]+$/.test(text)) return null;
  const compact = text.replace(/[^\d+]/g, '');
  if (compact.lastIndexOf('+') > 0) return null;
  if (compact.startsWith('+')) return international(compact.slice(1));
  if (compact.startsWith('00')) return international(compact.slice(2));
  return national(compact, country);
}

/** True when the cell is a phone number `normalisePhone` can put in international form. */
export function isValidPhone(cell: string, country: string): boolean {
  return normalisePhone(cell, country) !== null;
}

function international(digits: string): string | null {
  if (digits.length < 8 || digits.length > 15) return null;
  for (const size of [3, 2, 1]) {
    const country = CALLING_CODES.get(digits.slice(0, size));
    if (!country) continue;
    const rules = COUNTRY_RULES[country];
    let rest = digits.slice(size);
    if (rules.trunkPrefix && !rules.nationalPhone.test(rest) && rest.startsWith(rules.trunkPrefix)) {
      rest = rest.slice(rules.trunkPrefix.length);
    }
    return rules.nationalPhone.test(rest) ? `+${rules.callingCode}${rest}` : null;
  }
  return `+${digits}`;
}

function national(digits: string, country: string): string | null {
  const rules = COUNTRY_RULES[country];
  if (!rules) return null;
  if (rules.nationalPhone.test(digits)) return `+${rules.callingCode}${digits}`;
  const prefix = rules.trunkPrefix;
  if (prefix && digits.startsWith(prefix) && rules.nationalPhone.test(digits.slice(prefix.length))) {
    return `+${rules.callingCode}${digits.slice(prefix.length)}`;
  }
  const code = rules.callingCode;
  if (digits.startsWith(code) && rules.nationalPhone.test(digits.slice(code.length))) return `+${digits}`;
  return null;
}
