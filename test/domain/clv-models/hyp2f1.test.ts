import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import gammaln from '@stdlib/math-base-special-gammaln';
import { hyp2f1 } from '../../../src/domain/clv-models/hyp2f1';
import { integrateUnit } from './numerics';

describe('hyp2f1', () => {
  it.each([0, 0.1, 0.5, 0.9, 0.99, 0.999])('2F1(1, 1; 2; z) = −ln(1 − z) / z at z = %s', (z) => {
    const expected = z === 0 ? 1 : -Math.log1p(-z) / z;
    expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(expected, 12);
  });

  it.each([
    [0.3, 2.5, 0.4], [7.2, 1.1, 0.8], [40, 3, 0.95], [-0.6, 0.7, 0.6],
  ])('2F1(a, b; b; z) = (1 − z)^(−a) for a = %s, b = %s, z = %s', (a, b, z) => {
    const expected = Math.pow(1 - z, -a);
    expect(Math.abs(hyp2f1(a, b, b, z) / expected - 1)).toBeLessThan(1e-12);
  });

  it.each([0.2, 0.6, 0.95])('2F1(1/2, 1/2; 3/2; z²) = arcsin(z) / z and 2F1(1/2, 1; 3/2; z²) = atanh(z) / z at z = %s', (z) => {
    expect(hyp2f1(0.5, 0.5, 1.5, z * z)).toBeCloseTo(Math.asin(z) / z, 12);
    expect(hyp2f1(0.5, 1, 1.5, z * z)).toBeCloseTo(Math.atanh(z) / z, 11);
  });

  it('is a polynomial when a is a negative integer', () => {
    const [b, c, z] = [2.5, 3.5, 0.7];
    const expected = 1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1));
    expect(hyp2f1(-2, b, c, z)).toBeCloseTo(expected, 14);
  });

  it('agrees with Euler\'s integral Γ(c)/(Γ(b)Γ(c−b)) ∫ t^(b−1) (1−t)^(c−b−1) (1−zt)^(−a) dt', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 30, noNaN: true }),
        fc.double({ min: 0.2, max: 20, noNaN: true }),
        fc.double({ min: 0.2, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 0.97, noNaN: true }),
        (a, b, extra, z) => {
          const c = b + extra;
          const scale = Math.exp(gammaln(c) - gammaln(b) - gammaln(extra));
          const integral = integrateUnit((t, s) => Math.pow(t, b - 1) * Math.pow(s, extra - 1) * Math.pow(1 - z * t, -a));
          const expected = scale * integral;
          expect(Math.abs(hyp2f1(a, b, c, z) - expected)).toBeLessThan(1e-8 * Math.max(1, Math.abs(expected)));
        },
      ),
      { seed: 20260101, numRuns: 200 },
    );
  });

  it('is accurate when a + b − c is large and the value huge', () => {
    // 2F1(a, b; b; z) = (1 − z)^(−a) = 5^400 ≈ 10^279.6 for a = 400, z = 0.8.
    const value = hyp2f1(400, 300.5, 300.5, 0.8);
    expect(Math.log(value)).toBeCloseTo(400 * Math.log(5), 9);
  });

  it.each([
    ['z below 0', 1, 1, 2, -0.1],
    ['z = 1', 1, 1, 2, 1],
    ['c a non-positive integer', 1, 1, -2, 0.5],
  ])('is NaN for %s', (_, a, b, c, z) => {
    expect(hyp2f1(a, b, c, z)).toBeNaN();
  });
});
