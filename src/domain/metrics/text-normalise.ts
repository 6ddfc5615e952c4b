/** The customer key that joins the two tables: id trimmed and lower-cased ("C1 " = "c1"). */
export function customerKey(id: string): string {
  return id.trim().toLowerCase();
}

/** Lower case, no accents, punctuation and runs of space folded to one space: for matching words. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/**
 * Whether a folded text has a word starting with one of the stems (`precio` matches "precios",
 * not "aprecio"); a stem with spaces matches a phrase ("boca a boca"), a trailing space a whole word ("cara ").
 */
export function hasStem(folded: string, stems: readonly string[]): boolean {
  const padded = ` ${folded} `;
  return stems.some((stem) => padded.includes(` ${stem}`));
}
