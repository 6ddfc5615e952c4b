const MAX_TERMS = 1_000_000;
const EPSILON = 1e-16;

/**
 * Gauss hypergeometric function 2F1(a, b; c; z) for 0 ≤ z < 1, summing its power series
 * Σₙ (a)ₙ (b)ₙ / ((c)ₙ n!) zⁿ. Terms behave like n^(a+b−c−1) zⁿ, so when a + b − c > 0 they grow
 * a long way before falling (and the sum can overflow); then Euler's transformation is summed
 * instead: 2F1(a, b; c; z) = (1 − z)^(c−a−b) · 2F1(c − a, c − b; c; z).
 * Stops once a geometric bound on the remainder is below 1e-16 of the sum.
 * NaN outside 0 ≤ z < 1, for c a non-positive integer, or past 10⁶ terms (z within ~1e-5 of 1).
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z >= 0 && z < 1) || (c <= 0 && Number.isInteger(c))) return Number.NaN;
  if (a + b - c > 0) return Math.pow(1 - z, c - a - b) * powerSeries(c - a, c - b, c, z);
  return powerSeries(a, b, c, z);
}

function powerSeries(a: number, b: number, c: number, z: number): number {
  const settled = Math.max(-a, -b, -c, 0);
  let term = 1;
  let sum = 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    const ratio = ((a + n) * (b + n)) / ((c + n) * (n + 1)) * z;
    term *= ratio;
    sum += term;
    if (term === 0) return sum;
    if (n + 1 > settled) {
      const bound = Math.max(Math.abs(ratio), z);
      if (bound < 1 && Math.abs(term) * bound <= EPSILON * (1 - bound) * Math.abs(sum)) return sum;
    }
  }
  return Number.NaN;
}
