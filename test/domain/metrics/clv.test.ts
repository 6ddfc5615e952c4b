import { describe, expect, it } from 'vitest';
import { CLV_HORIZON_CAP, clvDiscounted, clvHorizon, clvSimple } from '../../../src/domain/metrics/clv';

describe('CLV', () => {
  it('worked example: simple 198, discounted 49.5 · 1.1 / (1.1 − 0.75)', () => {
    expect(clvSimple(49.5, 0.25)).toBe(198);
    expect(Math.abs(clvDiscounted(49.5, 0.25, 0.1) - 155.571428571428571)).toBeLessThan(1e-9);
  });

  it.each([0.05, 0.1, 0.25, 0.333, 0.5, 0.9, 1])('d = 0 makes the discounted CLV equal the simple one (churn %d)', (churn) => {
    expect(clvDiscounted(80, churn, 0)).toBe(clvSimple(80, churn));
  });

  it('churn 0: horizon capped at 10 periods, flagged', () => {
    expect(clvHorizon(0)).toEqual({ periods: CLV_HORIZON_CAP, capped: true });
    expect(clvHorizon(0.25)).toEqual({ periods: 4, capped: false });
    expect(clvSimple(10, 0)).toBe(100);
  });

  it('churn 0: the discounted CLV is the sum of 10 discounted periods, and the simple one at d = 0', () => {
    let expected = 0;
    for (let t = 0; t < 10; t++) expected += 10 / 1.1 ** t;
    expect(clvDiscounted(10, 0, 0.1)).toBeCloseTo(expected, 10);
    expect(clvDiscounted(10, 0, 0)).toBe(100);
  });

  it('discounting lowers the value', () => {
    expect(clvDiscounted(49.5, 0.25, 0.1)).toBeLessThan(clvSimple(49.5, 0.25));
  });
});
