/**
 * RFM scores 1–5 as METRICS.md defines them, over n customers:
 * score = 1 + ⌊5 · (customers with a strictly smaller value) / n⌋, so equal values get equal
 * scores and the best value never exceeds 5. Cost O(n log n); empty input gives an empty array.
 */
export function quintileScores(values: Float64Array): Uint8Array {
  const n = values.length;
  const sorted = values.slice().sort();
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) scores[i] = 1 + Math.floor((5 * lowerBound(sorted, values[i])) / n);
  return scores;
}

/** Recency scores: the same with "strictly greater recency" (the most recent buyers score 5). */
export function recencyScores(recencyDays: Float64Array): Uint8Array {
  return quintileScores(recencyDays.map((r) => -r));
}

/** Index of the first element ≥ value in an ascending array (= the count of smaller elements). */
function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
