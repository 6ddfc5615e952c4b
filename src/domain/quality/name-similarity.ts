import { distance } from 'fastest-levenshtein';
import { GIVEN_NAMES } from './given-names';

/** Words shorter than this must match exactly: one letter off in "Ana" or "Gil" is another name. */
const MIN_TYPO_LENGTH = 4;
/** A word this short may be the other with a letter lost ("Daz" for "Díaz"), never with one changed. */
const MIN_SLIP_LENGTH = 3;
/** Penalty for each word one name has and the other lacks (a second surname left out). */
const EXTRA_TOKEN_PENALTY = 0.05;

/**
 * Similarity of two name words, 0–1: 1 − edits / longer length when they are at most one edit
 * apart (two from 8 letters on), else 0; edits are Levenshtein's, a swap of two neighbouring
 * letters counting as one. Spanish given names that differ only by gender are
 * different people, not typos: "mario"/"maria", "luis"/"luisa", "juan"/"juana" score 0, and so
 * do two different frequent given names ("andres"/"andrea", see `GIVEN_NAMES`).
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  if (shorter < MIN_SLIP_LENGTH || longer < MIN_TYPO_LENGTH || longer - shorter > 2 || isGenderPair(a, b)) return 0;
  if (GIVEN_NAMES.has(a) && GIVEN_NAMES.has(b)) return 0;
  const edits = isTransposition(a, b) ? 1 : distance(a, b);
  const allowed = shorter >= 8 ? 2 : 1;
  if (shorter < MIN_TYPO_LENGTH && !(edits === 1 && longer === shorter + 1)) return 0;
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
 * Words are paired greedily, most similar first, and the score is the sum of the pairs'
 * similarity over the longer name's length. One exception: a name that is the other less some
 * words, letter for letter ("Ana García" and "Ana García López", a second surname left out),
 * scores 1 − 0.05 per missing word; with a typo as well, a missing word is too much doubt.
 * Names of fewer than two words score 0: one word says too little.
 */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2) return 0;
  if (short.length < long.length && short.every((token) => long.includes(token))) {
    return 1 - EXTRA_TOKEN_PENALTY * (long.length - short.length);
  }
  const width = long.length;
  const scores = short.length * width <= SCRATCH.length ? SCRATCH : new Float64Array(short.length * width);
  for (let i = 0; i < short.length; i++) {
    for (let j = 0; j < width; j++) scores[i * width + j] = tokenSimilarity(short[i], long[j]);
  }
  // Greedy pairing: take the best remaining pair, strike its row and column, repeat.
  let sum = 0;
  for (let round = 0; round < short.length; round++) {
    let best = 0;
    let at = -1;
    for (let k = 0; k < short.length * width; k++) {
      if (scores[k] > best) {
        best = scores[k];
        at = k;
      }
    }
    if (at < 0) break;
    sum += best;
    const [i, j] = [Math.floor(at / width), at % width];
    for (let c = 0; c < width; c++) scores[i * width + c] = 0;
    for (let r = 0; r < short.length; r++) scores[r * width + j] = 0;
  }
  return sum / long.length;
}

const SCRATCH = new Float64Array(64);
