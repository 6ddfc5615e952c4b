/** Text helpers shared by the cleaning functions. */

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const ANY_SPACE = /[\s\u00A0\u2007\u202F]+/g;
const PLAIN = /^[\x20-\x7E]*$/;

/** Removes zero-width characters, turns every run of white space (no-break included) into one space, and trims. */
export function collapseSpaces(text: string): string {
  if (isCollapsed(text)) return text;
  return text.replace(INVISIBLE, '').replace(ANY_SPACE, ' ').trim();
}

/** True when the text has no white space but single spaces between words, and nothing invisible (the usual cell: one quick scan). */
function isCollapsed(text: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (code < 32 || (code >= 0x80 && (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x3000) || code === 0xfeff))) {
      return false;
    } else previousSpace = false;
  }
  return text.length === 0 || !previousSpace;
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
