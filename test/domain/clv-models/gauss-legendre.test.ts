import { describe, expect, it } from 'vitest';
import { gaussLegendre } from '../../../src/domain/clv-models/gauss-legendre';

describe('gaussLegendre', () => {
  it.each([1, 2, 5, 8, 16])('with %s nodes integrates polynomials up to degree 2n − 1 exactly on [−1, 1]', (n) => {
    const { nodes, weights } = gaussLegendre(n);
    for (let degree = 0; degree < 2 * n; degree++) {
      const sum = nodes.reduce((s, x, i) => s + weights[i] * x ** degree, 0);
      expect(sum).toBeCloseTo(degree % 2 === 1 ? 0 : 2 / (degree + 1), 12);
    }
  });

  it('has the tabulated 2-point rule ±1/√3 with weights 1', () => {
    const { nodes, weights } = gaussLegendre(2);
    expect(nodes[1]).toBeCloseTo(1 / Math.sqrt(3), 15);
    expect(nodes[0]).toBeCloseTo(-1 / Math.sqrt(3), 15);
    expect(Array.from(weights)).toEqual([1, 1].map((w) => expect.closeTo(w, 14)));
  });
});
