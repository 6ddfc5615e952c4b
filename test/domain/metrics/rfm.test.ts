import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quintileScores, recencyScores, RFM_GRID, RFM_SEGMENTS, rfmSegment, smallerCounts } from '../../../src/domain/metrics/rfm';

const scores = (values: number[]) => Array.from(quintileScores(Float64Array.from(values)));

describe('RFM scores', () => {
  it.each([
    [[], []],
    [[7], [1]],
    [[10, 20, 30, 40, 50], [1, 2, 3, 4, 5]],
    [[3, 3, 3, 3], [1, 1, 1, 1]],
    [[1, 2, 2, 3], [1, 2, 2, 4]],
    // worked example F: C1 3, C2 1, C3 2, C4 1, C5 1, C6 2
    [[3, 1, 2, 1, 1, 2], [5, 1, 3, 1, 1, 3]],
    // worked example M: 300, 200, 200, 300, 60, 80
    [[300, 200, 200, 300, 60, 80], [4, 2, 2, 4, 1, 1]],
    [[-5, 0, 2.5, 2.5], [1, 2, 3, 3]],
  ])('%o scores %o', (values, expected) => {
    expect(scores(values)).toEqual(expected);
  });

  it('scores recency the other way: the most recent buyer gets 5 (worked example)', () => {
    expect(Array.from(recencyScores(Float64Array.from([41, 564, 184, 145, 971, 364])))).toEqual([5, 1, 3, 4, 1, 2]);
  });

  it('equal values get equal scores, and scores stay within 1–5', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), (values) => {
        const s = scores(values);
        values.forEach((v, i) => values.forEach((w, j) => v === w && expect(s[i]).toBe(s[j])));
        s.forEach((x) => expect(x >= 1 && x <= 5).toBe(true));
      }),
    );
  });

  it('counts strictly smaller values as a brute force does, on integer and fractional values', () => {
    const value = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 1e9 }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 80 }), (values) => {
        const got = Array.from(smallerCounts(Float64Array.from(values)));
        expect(got).toEqual(values.map((v) => values.filter((w) => w < v).length));
      }),
    );
  });
});

describe('RFM segments', () => {
  it('gives one of the 11 segments to every R×F cell, and uses all of them', () => {
    expect(RFM_GRID).toHaveLength(5);
    RFM_GRID.forEach((row) => expect(row).toHaveLength(5));
    expect(new Set(RFM_GRID.flat())).toEqual(new Set(RFM_SEGMENTS));
  });

  it.each([
    [5, 5, 'champions'],
    [5, 4, 'champions'],
    [4, 5, 'loyal'],
    [3, 4, 'loyal'],
    [5, 2, 'potential-loyalists'],
    [4, 3, 'potential-loyalists'],
    [5, 1, 'new'],
    [4, 1, 'promising'],
    [3, 3, 'need-attention'],
    [3, 1, 'about-to-sleep'],
    [2, 4, 'at-risk'],
    [1, 3, 'at-risk'],
    [1, 5, 'cant-lose'],
    [2, 2, 'hibernating'],
    [1, 1, 'lost'],
    [1, 2, 'lost'],
  ] as const)('R%d F%d is %s', (r, f, segment) => {
    expect(rfmSegment(r, f)).toBe(segment);
  });
});
