/** A spreadsheet cell as the readers give it: typed, or null when empty. */
export type SheetCell = string | number | boolean | Date | null | undefined;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date cell as ISO text: the day alone at midnight, with the time otherwise (UTC, as the readers give it). */
function dateText(date: Date): string {
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const seconds = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  return seconds === 0 ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** Numbers with a point and no thousands separator, never in exponent notation. */
function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  if (!/e/i.test(text)) return text;
  const fixed = value.toFixed(Math.min(20, Math.max(0, -Math.floor(Math.log10(Math.abs(value))) + 6)));
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** Sales sheets repeat a few hundred days over many rows: each day is written once. */
const dateTexts = new Map<number, string>();

export function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    const time = cell.getTime();
    if (Number.isNaN(time)) return '';
    let text = dateTexts.get(time);
    if (text === undefined) {
      if (dateTexts.size > 100_000) dateTexts.clear();
      dateTexts.set(time, (text = dateText(cell)));
    }
    return text;
  }
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return cell;
}

const NEEDS_QUOTES = /[",\r\n]/;

export function quoted(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A sheet's rows as comma-separated text that the CSV import reads with no guessing: dates from
 * their cell type as ISO (`2025-03-01`), numbers as numbers with a decimal point, text as written.
 * Rows keep their place (an empty row stays a blank line), so line numbers are the sheet's rows.
 */
export function sheetToCsv(rows: readonly (readonly SheetCell[])[]): string {
  const lines = new Array<string>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let end = row.length;
    while (end > 0 && cellText(row[end - 1]) === '') end--;
    let line = '';
    for (let c = 0; c < end; c++) line += (c > 0 ? ',' : '') + quoted(cellText(row[c]));
    lines[r] = line;
  }
  return lines.join('\n');
}
