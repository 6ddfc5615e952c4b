import { describe, it, expect } from 'vitest';
import { valueQuadrantCounts } from '../../../src/domain/strategies/value-quadrants';

const c = (clv: number | null, strategicValue: number | null) => ({ clv, strategicValue });

describe('valueQuadrantCounts', () => {
  it('splits each value at its median, strictly above being high', () => {
    // Real values 10 20 30 40 (median 25), strategic 4 3 2 1 (median 2.5).
    expect(valueQuadrantCounts([c(10, 4), c(20, 3), c(30, 2), c(40, 1)])).toEqual({
      'high-high': 0, 'high-low': 2, 'low-high': 2, 'low-low': 0,
    });
  });

  it('counts the median itself as low, with an odd count', () => {
    // Medians 20 and 5: (30, 9) high-high, (20, 5) low-low, (10, 1) low-low.
    expect(valueQuadrantCounts([c(10, 1), c(20, 5), c(30, 9)])).toEqual({
      'high-high': 1, 'high-low': 0, 'low-high': 0, 'low-low': 2,
    });
  });

  it('leaves out customers missing either value, and gives null when none has both', () => {
    expect(valueQuadrantCounts([c(10, null), c(null, 3), c(Number.NaN, 1)])).toBeNull();
    expect(valueQuadrantCounts([])).toBeNull();
    expect(valueQuadrantCounts([c(5, 5), c(null, 9)])).toEqual({ 'high-high': 0, 'high-low': 0, 'low-high': 0, 'low-low': 1 });
  });
});
