/** Text helpers shared by the cleaning functions. */

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const ANY_SPACE = /[\s\u00A0\u2007\u202F]+/g;

/** Removes zero-width characters, turns every run of white space (no-break included) into one space, and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(INVISIBLE, '').replace(ANY_SPACE, ' ').trim();
}

/** Lower case without accents or diacritics ("Muñoz Ávila" → "munoz avila"); spaces collapsed. */
export function foldText(text: string): string {
  return collapseSpaces(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** True when the cell holds nothing but white space. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || collapseSpaces(text) === '';
}
