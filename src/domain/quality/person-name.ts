import { collapseSpaces, foldText } from './text';

/** Words written in lower case inside Spanish (and Catalan, Portuguese, Dutch…) names and place names. */
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'e', 'i', 'da', 'das', 'do', 'dos', 'van', 'von', 'der', 'di', 'du']);

/**
 * Consistent case for a name or a place: "maría del carmen de la fuente" → "María del Carmen de la
 * Fuente", "GARCÍA-PELAYO" → "García-Pelayo", "l'hospitalet de llobregat" → "L'Hospitalet de
 * Llobregat". The first word is always capitalised; particles after it are lower case. A word
 * already written in mixed case ("McDonald") is left as it is, since its capitals carry meaning.
 */
export function titleCaseName(cell: string): string {
  const words = collapseSpaces(cell).split(' ');
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    const lower = word.toLowerCase();
    if (index > 0 && PARTICLES.has(lower)) words[index] = lower;
    else if (!isMixedCase(word)) words[index] = capitalise(lower);
  }
  return words.join(' ');
}

/** Upper-cases the first letter of the word and each letter after `-`, `'`, `’` or `/`. */
function capitalise(word: string): string {
  let out = '';
  let start = true;
  for (const char of word) {
    out += start ? char.toUpperCase() : char;
    start = char === '-' || char === "'" || char === '’' || char === '/';
  }
  return out;
}

function isMixedCase(word: string): boolean {
  const rest = word.slice(1);
  return /\p{Lu}/u.test(rest) && /\p{Ll}/u.test(word);
}

/**
 * The words of a person's name for matching: accents, case, punctuation and particles removed,
 * single letters dropped, sorted ("García López, Ana" → ["ana", "garcia", "lopez"]). A repeated surname stays
 * twice: «Ruiz Ruiz» is two surnames, and «Javier Ruiz Ruiz» is not «Javier Ruiz Fernández» less a word.
 */
export function nameTokens(cell: string): string[] {
  const text = foldText(cell);
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const letter = (code >= 97 && code <= 122) || (code > 127 && /\p{L}/u.test(text[i]));
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      const word = text.slice(start, i);
      if (word.length > 1 && !PARTICLES.has(word)) tokens.push(word);
      start = -1;
    }
  }
  return tokens.sort();
}
