import { collapseSpaces } from './text';
import { titleCaseName } from './person-name';

/** Street types as they are abbreviated in Spanish addresses, each with its full word. */
const STREET_TYPES: ReadonlyArray<[string, RegExp]> = [
  ['Calle', /^(?:c\s*\/|c\.\s*\/?|cl\.|cll\.|calle(?=\s|$))\s*/iu],
  ['Avenida', /^(?:(?:avda|avd|av)(?:\.|\/|(?=\s|$))|avenida(?=\s|$))\s*/iu],
  ['Plaza', /^(?:(?:pza|plza|pl)\.|(?:pza|plza)(?=\s|$)|plaza(?=\s|$))\s*/iu],
  ['Paseo', /^(?:p\.?\s*º|pso\.|pso(?=\s|$)|paseo(?=\s|$))\s*/iu],
  ['Carretera', /^(?:(?:ctra|crta)(?:\.|(?=\s|$))|carretera(?=\s|$))\s*/iu],
  ['Ronda', /^(?:rda(?:\.|(?=\s|$))|ronda(?=\s|$))\s*/iu],
  ['Travesía', /^(?:(?:trav|trva)(?:\.|(?=\s|$))|traves[ií]a(?=\s|$))\s*/iu],
  ['Pasaje', /^(?:(?:pje|psje)(?:\.|(?=\s|$))|pasaje(?=\s|$))\s*/iu],
  ['Urbanización', /^(?:urb(?:\.|(?=\s|$))|urbanizaci[oó]n(?=\s|$))\s*/iu],
  ['Camino', /^(?:cno(?:\.|(?=\s|$))|camino(?=\s|$))\s*/iu],
  ['Glorieta', /^(?:glta(?:\.|(?=\s|$))|glorieta(?=\s|$))\s*/iu],
];

/**
 * The street type at the start of an address written in full: "C/ Mayor 5" → "Calle Mayor 5",
 * "Avda. de la Constitución 12" → "Avenida de la Constitución 12", "Pza.España 1" → "Plaza España 1".
 * Anything else is returned with its spaces collapsed.
 */
export function expandStreetType(cell: string): string {
  const text = collapseSpaces(cell);
  for (const [full, pattern] of STREET_TYPES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length);
    return rest === '' ? full : `${full} ${rest}`;
  }
  return text;
}

/**
 * An address cleaned for mailing: street type in full, and, when the whole address is in one case
 * (all capitals or all lower case), names capitalised ("C/ MAYOR 5, 3º B" → "Calle Mayor 5, 3º B").
 */
export function normaliseAddress(cell: string): string {
  const text = collapseSpaces(cell);
  const oneCase = text === text.toLocaleUpperCase('es') || text === text.toLocaleLowerCase('es');
  const expanded = expandStreetType(text);
  return oneCase ? titleCaseName(expanded) : expanded;
}
