import { lowerBound } from './lower-bound';

/**
 * RFM scores 1–5 as METRICS.md defines them, over n customers:
 * score = 1 + ⌊5 · (customers with a strictly smaller value) / n⌋, so equal values get equal
 * scores and the best value never exceeds 5. Empty input gives an empty array.
 */
export function quintileScores(values: Float64Array): Uint8Array {
  const n = values.length;
  const smaller = smallerCounts(values);
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) scores[i] = 1 + Math.floor((5 * smaller[i]) / n);
  return scores;
}

/** Recency scores: the same with "strictly greater recency" (the most recent buyers score 5). */
export function recencyScores(recencyDays: Float64Array): Uint8Array {
  const negated = new Float64Array(recencyDays.length);
  for (let i = 0; i < negated.length; i++) negated[i] = -recencyDays[i];
  return quintileScores(negated);
}

/**
 * For each value, how many values are strictly smaller. Integers in a range up to about 4n
 * (days, order counts) are counted in O(n + range); anything else is sorted, O(n log n).
 */
export function smallerCounts(values: Float64Array): Uint32Array {
  const n = values.length;
  const counts = new Uint32Array(n);
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
    if (integers && !Number.isInteger(v)) integers = false;
  }
  if (n > 0 && integers && max - min <= 4 * n + 1024) {
    const below = new Uint32Array(max - min + 2);
    for (let i = 0; i < n; i++) below[values[i] - min + 1]++;
    for (let k = 1; k < below.length; k++) below[k] += below[k - 1];
    for (let i = 0; i < n; i++) counts[i] = below[values[i] - min];
    return counts;
  }
  const sorted = values.slice().sort();
  for (let i = 0; i < n; i++) counts[i] = lowerBound(sorted, values[i]);
  return counts;
}

export const RFM_SEGMENTS = [
  'champions', 'loyal', 'potential-loyalists', 'new', 'promising', 'need-attention',
  'about-to-sleep', 'at-risk', 'cant-lose', 'hibernating', 'lost',
] as const;

export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/**
 * The segment of each R×F cell: `RFM_GRID[r - 1][f - 1]`. The usual R-F grid (champions R5 F4–5,
 * loyal R3–4 F4–5, potential loyalists R4–5 F2–3, new R5 F1, promising R4 F1, need attention
 * R3 F3, about to sleep R3 F1–2, at risk R1–2 F3–4, can't lose R1–2 F5) with its hibernating
 * corner split: lost R1 F1–2, hibernating R2 F1–2.
 */
export const RFM_GRID: readonly (readonly RfmSegment[])[] = [
  /* R1 */ ['lost', 'lost', 'at-risk', 'at-risk', 'cant-lose'],
  /* R2 */ ['hibernating', 'hibernating', 'at-risk', 'at-risk', 'cant-lose'],
  /* R3 */ ['about-to-sleep', 'about-to-sleep', 'need-attention', 'loyal', 'loyal'],
  /* R4 */ ['promising', 'potential-loyalists', 'potential-loyalists', 'loyal', 'loyal'],
  /* R5 */ ['new', 'potential-loyalists', 'potential-loyalists', 'champions', 'champions'],
];

export function rfmSegment(r: number, f: number): RfmSegment {
  return RFM_GRID[r - 1][f - 1];
}
