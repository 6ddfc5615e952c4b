/** Text helpers shared by the cleaning functions. */

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const ANY_SPACE = /[\s\u00A0\u2007\u202F]+/g;
const PLAIN = /^[\x20-\x7E]*$/;
const DOUBLE_SPACE = / {2}|^ | $/;

/** Removes zero-width characters, turns every run of white space (no-break included) into one space, and trims. */
export function collapseSpaces(text: string): string {
  if (PLAIN.test(text) && !DOUBLE_SPACE.test(text)) return text;
  return text.replace(INVISIBLE, '').replace(ANY_SPACE, ' ').trim();
}

const folded = new Map<string, string>();

/** Lower case without accents or diacritics ("Muñoz Ávila" → "munoz avila"); spaces collapsed. */
export function foldText(text: string): string {
  const clean = collapseSpaces(text);
  if (PLAIN.test(clean)) return clean.toLowerCase();
  let out = '';
  for (const char of clean.toLowerCase()) {
    if (char.charCodeAt(0) < 128) {
      out += char;
      continue;
    }
    let plain = folded.get(char);
    if (plain === undefined) {
      plain = char.normalize('NFD').replace(/\p{M}/gu, '');
      folded.set(char, plain);
    }
    out += plain;
  }
  return out;
}
