import { describe, expect, it } from 'vitest';
import { abcClasses, abcCurve } from '../../../src/domain/metrics/abc';

const classes = (values: number[], thresholds: [number, number] = [0.8, 0.95]) =>
  abcClasses(Float64Array.from(values), thresholds).classes;

describe('abcClasses', () => {
  it.each([
    ['worked example (C1, C2, C3, C4, C5, C6)', [200, 0, 120, 300, 0, 40], ['A', null, 'B', 'A', null, 'C']],
    ['shares exactly on 80 % and 95 %', [80, 15, 5], ['A', 'B', 'C']],
    ['fractions whose sums round (0.8 + 0.15)', [0.8, 0.15, 0.05], ['A', 'B', 'C']],
    ['just above 80 %', [81, 14, 5], ['B', 'B', 'C']],
    ['one customer', [10], ['C']],
    ['negative and zero values take no part', [-10, 0, 50, 50], [null, null, 'C', 'C']],
    ['empty', [], []],
    ['ties form one block: 4 × 25 are all C', [25, 25, 25, 25], ['C', 'C', 'C', 'C']],
    ['a tie straddling 80 % goes with its last member', [40, 20, 20, 20], ['A', 'C', 'C', 'C']],
  ])('%s', (_, values, expected) => {
    expect(classes(values as number[])).toEqual(expected);
  });

  it('follows changed thresholds', () => {
    expect(classes([50, 30, 20], [0.5, 0.8])).toEqual(['A', 'B', 'C']);
    expect(classes([50, 30, 20], [0.9, 1])).toEqual(['A', 'A', 'B']); // shares 0.5, 0.8, 1
  });

  it('gives the cumulative shares largest first', () => {
    expect(Array.from(abcClasses(Float64Array.from([10, 30, 60]), [0.8, 0.95]).cumulative)).toEqual([0.6, 0.9, 1]);
  });
});

describe('abcCurve', () => {
  it('keeps every point of a small curve, from (0, 0)', () => {
    expect(abcCurve(Float64Array.from([0.6, 0.9, 1]))).toEqual({ customerShare: [0, 1 / 3, 2 / 3, 1], valueShare: [0, 0.6, 0.9, 1] });
  });

  it('downsamples a big one and keeps its end', () => {
    const n = 10_001;
    const cumulative = Float64Array.from({ length: n }, (_, k) => (k + 1) / n);
    const curve = abcCurve(cumulative, 500);
    expect(curve.customerShare.length).toBeLessThanOrEqual(502);
    expect(curve.customerShare.at(-1)).toBe(1);
    expect(curve.valueShare.at(-1)).toBe(1);
  });

  it('is a single origin point when empty', () => {
    expect(abcCurve(new Float64Array(0))).toEqual({ customerShare: [0], valueShare: [0] });
  });
});
