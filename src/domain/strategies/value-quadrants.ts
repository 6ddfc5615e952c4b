/**
 * The seed's two values of a customer crossed (*valor real* × *valor estratégico*): the first
 * word says whether the real value (CLV) is high, the second whether the strategic value
 * (margin still spent with competitors) is.
 */
export const VALUE_QUADRANTS = ['high-high', 'high-low', 'low-high', 'low-low'] as const;

export type ValueQuadrant = (typeof VALUE_QUADRANTS)[number];

const known = (value: number | null): value is number => value !== null && Number.isFinite(value);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Each customer's value quadrant, among those whose real and strategic values are both known
 * (null for the others): a value is high when it is strictly above the median of its kind, so
 * ties at the median (and a base where everyone is equal) count as low.
 */
export function valueQuadrantsOf(
  customers: readonly { clv: number | null; strategicValue: number | null }[],
): (ValueQuadrant | null)[] {
  const valued = customers.filter((c) => known(c.clv) && known(c.strategicValue)) as { clv: number; strategicValue: number }[];
  if (valued.length === 0) return customers.map(() => null);
  const realMedian = median(valued.map((c) => c.clv));
  const strategicMedian = median(valued.map((c) => c.strategicValue));
  return customers.map((c): ValueQuadrant | null => {
    if (!known(c.clv) || !known(c.strategicValue)) return null;
    const real = c.clv > realMedian ? 'high' : 'low';
    const strategic = c.strategicValue > strategicMedian ? 'high' : 'low';
    return `${real}-${strategic}` as const;
  });
}

/** Customers per value quadrant (see `valueQuadrantsOf`); null when no customer has both values. */
export function valueQuadrantCounts(
  customers: readonly { clv: number | null; strategicValue: number | null }[],
): Record<ValueQuadrant, number> | null {
  const quadrants = valueQuadrantsOf(customers);
  if (quadrants.every((q) => q === null)) return null;
  const counts: Record<ValueQuadrant, number> = { 'high-high': 0, 'high-low': 0, 'low-high': 0, 'low-low': 0 };
  for (const q of quadrants) if (q !== null) counts[q]++;
  return counts;
}
