import { epochDayToIso, type EpochDay } from '../dates';

/** CSV as a Spanish spreadsheet writes it: `;` between cells, decimal comma, dates dd/mm/yyyy, CRLF. */

export function csvCell(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

const written = new Map<EpochDay, string>();

export function spanishDate(day: EpochDay): string {
  let text = written.get(day);
  if (text === undefined) {
    const [y, m, d] = epochDayToIso(day).split('-');
    written.set(day, (text = `${d}/${m}/${y}`));
  }
  return text;
}

/** Two decimals with a decimal comma, no thousands separator: 1234.5 → `1234,50`. */
export function decimalComma(value: number): string {
  return value.toFixed(2).replace('.', ',');
}
