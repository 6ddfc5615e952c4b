import { foldText } from './text';

const PUNCTUATION = /[\p{P}\p{S}\p{Cc}]/gu;

/**
 * OpenRefine's key-collision fingerprint: trimmed, lower case, accents folded, punctuation
 * removed, words deduplicated and sorted ("  Málaga, capital" and "capital malaga" → "capital malaga").
 */
export function fingerprint(value: string): string {
  const words = foldText(value).replace(PUNCTUATION, '').split(' ').filter((word) => word !== '');
  return [...new Set(words)].sort().join(' ');
}

/**
 * OpenRefine's n-gram fingerprint: lower case, accents folded, punctuation and spaces removed,
 * the distinct n-grams sorted and joined ("Cádiz" and "cadiz" → "adcadiiz" for n = 2).
 * A value shorter than n is its own key.
 */
export function ngramFingerprint(value: string, n = 2): string {
  const text = foldText(value).replace(PUNCTUATION, '').replace(/ /g, '');
  if (text.length <= n) return text;
  const grams = new Set<string>();
  for (let i = 0; i + n <= text.length; i++) grams.add(text.slice(i, i + n));
  return [...grams].sort().join('');
}
