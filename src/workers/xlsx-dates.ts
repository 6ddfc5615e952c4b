/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, with the East Asian and Thai ones). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81]);
const DATE_TOKENS = new Set(['s', 'ss', 'm', 'mm', 'h', 'hh', 'am', 'pm', 'a', 'p', 'd', 'dd', 'ddd', 'dddd', 'aaa', 'aaaa', 'aaaaa', 'mmm', 'mmmm', 'mmmmm', 'y', 'yy', 'yyyy', 'e', 'ee', 'eeee']);

/**
 * Whether a custom number format shows a date: quoted and escaped text, colours, locales and
 * conditions left out, every remaining letter run is a date token (`dd/mm/yyyy`, `[$-409]mmm yy;@`),
 * while a digit placeholder makes it a number (`0.00 "días"`). As read-excel-file decides it.
 */
export function isDateFormatCode(code: string): boolean {
  const template = code.toLowerCase().replace(/;@$/, '').replace(/\\./g, ' ');
  return template.split(';').some((part) => {
    const tokens = part
      .replace(/"[^"]*"/g, ' ')
      .replace(/(\[?[smhd]{1,2}\]?)[.,]00?0?/g, '$1')
      .replace(/\[([smhd]{1,2})\]/g, '$1')
      .replace(/\[[^\]]*\]/g, '')
      .split(/[^a-z0#?%]+/)
      .filter(Boolean);
    return tokens.length > 0 && tokens.every((token) => DATE_TOKENS.has(token));
  });
}

export function isDateFormat(id: number, code: string | undefined): boolean {
  return BUILT_IN_DATE_FORMATS.has(id) || (code !== undefined && isDateFormatCode(code));
}

/** Days from the 1900 system's day 0 to 1970-01-01, counting Excel's phantom 29 February 1900. */
const UNIX_EPOCH_1900 = 25_569;
/** The 1904 system (old Mac workbooks) counts from 1 January 1904, 1,462 days later. */
const SHIFT_1904 = 1_462;

/** An Excel date serial as the moment it names (UTC), in either date system. */
export function excelDate(serial: number, system1904: boolean): Date {
  return new Date(Math.floor((serial + (system1904 ? SHIFT_1904 : 0) - UNIX_EPOCH_1900) * 86_400_000));
}
