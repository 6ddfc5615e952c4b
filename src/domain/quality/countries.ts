/**
 * What the cleaning functions need to know about a country: its calling code, the shape of a
 * national phone number and of a postal code. Countries not listed fall back to loose checks.
 */
export interface CountryRules {
  callingCode: string;
  /** National significant number, digits only, without the trunk prefix. */
  nationalPhone: RegExp;
  /** Digit dialled before a national number inside the country (0 in France), dropped in international form. */
  trunkPrefix?: string;
  postalCode: RegExp;
  /** Numeric postal codes of this many digits: a code that lost its leading zero in a spreadsheet is padded back. */
  postalDigits?: number;
  /** How the country's people write a date with numbers only. */
  dateOrder: 'dmy' | 'mdy';
}

export const COUNTRY_RULES: Record<string, CountryRules> = {
  ES: { callingCode: '34', nationalPhone: /^[6789]\d{8}$/, postalCode: /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, postalDigits: 5, dateOrder: 'dmy' },
  PT: { callingCode: '351', nationalPhone: /^[29]\d{8}$/, postalCode: /^\d{4}-\d{3}$/, dateOrder: 'dmy' },
  FR: { callingCode: '33', nationalPhone: /^[1-9]\d{8}$/, trunkPrefix: '0', postalCode: /^\d{5}$/, postalDigits: 5, dateOrder: 'dmy' },
  IT: { callingCode: '39', nationalPhone: /^[03]\d{5,10}$/, postalCode: /^\d{5}$/, postalDigits: 5, dateOrder: 'dmy' },
  DE: { callingCode: '49', nationalPhone: /^[1-9]\d{5,12}$/, trunkPrefix: '0', postalCode: /^\d{5}$/, postalDigits: 5, dateOrder: 'dmy' },
  GB: { callingCode: '44', nationalPhone: /^[1-9]\d{8,9}$/, trunkPrefix: '0', postalCode: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, dateOrder: 'dmy' },
  US: { callingCode: '1', nationalPhone: /^[2-9]\d{9}$/, trunkPrefix: '1', postalCode: /^\d{5}(-\d{4})?$/, postalDigits: 5, dateOrder: 'mdy' },
  MX: { callingCode: '52', nationalPhone: /^\d{10}$/, postalCode: /^\d{5}$/, postalDigits: 5, dateOrder: 'dmy' },
  AR: { callingCode: '54', nationalPhone: /^\d{10}$/, trunkPrefix: '0', postalCode: /^([A-Z]\d{4}[A-Z]{3}|\d{4})$/i, dateOrder: 'dmy' },
  CO: { callingCode: '57', nationalPhone: /^[36]\d{9}$/, postalCode: /^\d{6}$/, dateOrder: 'dmy' },
  CL: { callingCode: '56', nationalPhone: /^[2-9]\d{8}$/, postalCode: /^\d{7}$/, dateOrder: 'dmy' },
  PE: { callingCode: '51', nationalPhone: /^[1-9]\d{7,8}$/, postalCode: /^\d{5}$/, postalDigits: 5, dateOrder: 'dmy' },
  UY: { callingCode: '598', nationalPhone: /^[2-9]\d{7}$/, trunkPrefix: '0', postalCode: /^\d{5}$/, postalDigits: 5, dateOrder: 'dmy' },
};

/** Loose rules for a country not in the table. */
export const UNKNOWN_COUNTRY_POSTAL_CODE = /^[A-Z0-9][A-Z0-9 -]{1,8}[A-Z0-9]$/i;

const COUNTRY_NAMES: Record<string, string> = {
  es: 'ES', esp: 'ES', espana: 'ES', spain: 'ES',
  pt: 'PT', prt: 'PT', portugal: 'PT',
  fr: 'FR', fra: 'FR', francia: 'FR', france: 'FR',
  it: 'IT', ita: 'IT', italia: 'IT', italy: 'IT',
  de: 'DE', deu: 'DE', alemania: 'DE', germany: 'DE', deutschland: 'DE',
  gb: 'GB', uk: 'GB', 'reino unido': 'GB', 'united kingdom': 'GB', inglaterra: 'GB',
  us: 'US', usa: 'US', 'estados unidos': 'US', 'united states': 'US', eeuu: 'US', 'ee.uu.': 'US',
  mx: 'MX', mex: 'MX', mexico: 'MX',
  ar: 'AR', arg: 'AR', argentina: 'AR',
  co: 'CO', col: 'CO', colombia: 'CO',
  cl: 'CL', chl: 'CL', chile: 'CL',
  pe: 'PE', per: 'PE', peru: 'PE',
  uy: 'UY', ury: 'UY', uruguay: 'UY',
};

/**
 * ISO 3166 alpha-2 code of a country cell ("España", "spain", "ES"), or `fallback` when the cell is
 * empty or not recognised. Two-letter codes not in the table are returned upper-cased as they are.
 */
export function resolveCountry(cell: string | undefined, fallback: string): string {
  if (!cell) return fallback;
  const key = cell.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
  if (key === '') return fallback;
  const known = COUNTRY_NAMES[key];
  if (known) return known;
  return /^[a-z]{2}$/.test(key) ? key.toUpperCase() : fallback;
}
