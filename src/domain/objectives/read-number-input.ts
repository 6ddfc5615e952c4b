import { detectDecimalSeparator, makeNumberParser } from '../csv/number-format';
import type { Language } from '../plan';

/**
 * A number as a person types it in a form: `12,5`, `1.234`, `0.2`, `1 234,5`, `-3`. The mark
 * the text settles (`12,5`, `0.125`, both marks) wins; an unsettled one (`1.234`) reads as the
 * language writes numbers (Spanish: thousands; English: decimals). Null for an empty or
 * unreadable text.
 */
export function readNumberInput(text: string, language: Language): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const { decimal } = detectDecimalSeparator([trimmed], language === 'es' ? ',' : '.');
  const value = makeNumberParser(decimal)(trimmed);
  return Number.isFinite(value) ? value : null;
}
