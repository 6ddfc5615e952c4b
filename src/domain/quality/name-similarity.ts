import { distance } from 'fastest-levenshtein';

/** Tokens shorter than this must match exactly: one letter off in "Ana" or "Gil" is another name. */
const MIN_TYPO_LENGTH = 4;
/** Penalty for each word one name has and the other lacks (a second surname left out). */
const EXTRA_TOKEN_PENALTY = 0.05;

/**
 * Similarity of two name words, 0–1: 1 − edits / longer length when they are at most one edit
 * apart (two from 8 letters on), else 0; edits are Levenshtein's, a swap of two neighbouring
 * letters counting as one. Spanish given names that differ only by gender are
 * different people, not typos: "mario"/"maria", "luis"/"luisa", "juan"/"juana" score 0.
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  if (shorter < MIN_TYPO_LENGTH || longer - shorter > 2 || isGenderPair(a, b)) return 0;
  const edits = isTransposition(a, b) ? 1 : distance(a, b);
  const allowed = shorter >= 8 ? 2 : 1;
  return edits > allowed ? 0 : 1 - edits / longer;
}

/** "garica" / "garcia": two neighbouring letters swapped, one slip of the fingers (Levenshtein counts 2). */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function isGenderPair(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long === `${short}a` && /[lnrs]$/.test(short)) return true;
  if (a.length !== b.length) return false;
  const stem = a.slice(0, -1);
  const ends = a.slice(-1) + b.slice(-1);
  return stem === b.slice(0, -1) && (ends === 'ao' || ends === 'oa');
}

/**
 * Similarity of two names given as token lists (see `nameTokens`), order-insensitive, 0–1.
 * Words are paired greedily, most similar first. When every word of the shorter name finds a
 * partner, the score is the mean similarity of the pairs, less 0.05 per word the longer name has
 * in excess ("Ana García" ~ "Ana García López" = 0.95); otherwise the sum of the pairs' similarity
 * over the longer name's length. Names of fewer than two words score 0: one word says too little.
 */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2) return 0;
  const candidates: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < short.length; i++) {
    for (let j = 0; j < long.length; j++) {
      const score = tokenSimilarity(short[i], long[j]);
      if (score > 0) candidates.push({ i, j, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  const usedShort = new Set<number>();
  const usedLong = new Set<number>();
  let sum = 0;
  for (const { i, j, score } of candidates) {
    if (usedShort.has(i) || usedLong.has(j)) continue;
    usedShort.add(i);
    usedLong.add(j);
    sum += score;
  }
  if (usedShort.size < short.length) return sum / long.length;
  return Math.max(0, sum / short.length - EXTRA_TOKEN_PENALTY * (long.length - short.length));
}
