import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianOfSorted, percentileIn, sortedCopy } from '../../src/charts/value-ranks';

// Few distinct values, so that ties are common.
const values = fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 80 });

describe('value ranks', () => {
  it('takes the middle of the values in numeric order, or the mean of the two middle ones', () => {
    fc.assert(
      fc.property(values, (list) => {
        const sorted = [...list].sort((a, b) => a - b);
        const n = sorted.length;
        const expected = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        expect(medianOfSorted(sortedCopy(Float64Array.from(list)))).toBe(expected);
      }),
    );
  });

  it('leaves the values it is given as they were', () => {
    const list = Float64Array.from([5, 1, 4, 2, 3]);
    sortedCopy(list);
    expect(Array.from(list)).toEqual([5, 1, 4, 2, 3]);
  });

  it('gives each value its mid-rank percentile among all, ties sharing one', () => {
    const sevens = sortedCopy(Float64Array.from([7, 3, 7, 7]));
    expect([7, 3, 7, 7].map((v) => percentileIn(sevens, v))).toEqual([0.625, 0.125, 0.625, 0.625]);
    fc.assert(
      fc.property(values, (list) => {
        const sorted = sortedCopy(Float64Array.from(list));
        for (const v of list) {
          const expected = (list.filter((x) => x < v).length + list.filter((x) => x === v).length / 2) / list.length;
          expect(percentileIn(sorted, v)).toBe(expected);
        }
      }),
    );
  });
});
