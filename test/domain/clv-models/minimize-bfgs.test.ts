import { describe, expect, it } from 'vitest';
import { minimizeBfgs, minimizeFromStarts, type Objective } from '../../../src/domain/clv-models/minimize-bfgs';

const rosenbrock: Objective = ([x, y], g) => {
  g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
  g[1] = 200 * (y - x * x);
  return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
};

/** f = Σ wᵢ (xᵢ − i)², conditioned 1 : 10⁴. */
const stretched: Objective = (x, g) => {
  let f = 0;
  x.forEach((v, i) => {
    const w = 10 ** i;
    f += w * (v - i) ** 2;
    g[i] = 2 * w * (v - i);
  });
  return f;
};

/** x − ln x, undefined (NaN) for x ≤ 0: the line search must back off from it. */
const guarded: Objective = ([x], g) => {
  g[0] = 1 - 1 / x;
  return x > 0 ? x - Math.log(x) : Number.NaN;
};

describe('minimizeBfgs', () => {
  it('finds the minimum of the Rosenbrock valley from (−1.2, 1)', () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1], { gradientTolerance: 1e-9 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
  });

  it('handles an ill-conditioned quadratic', () => {
    const result = minimizeBfgs(stretched, [5, 5, 5, 5, 5]);
    expect(result.converged).toBe(true);
    result.x.forEach((v, i) => expect(v).toBeCloseTo(i, 5));
  });

  it('backs off from where the function is not defined', () => {
    const result = minimizeBfgs(guarded, [0.05]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
  });

  it('reports no convergence when the iterations run out or the start is not finite', () => {
    expect(minimizeBfgs(rosenbrock, [-1.2, 1], { maxIterations: 2 }).converged).toBe(false);
    expect(minimizeBfgs(guarded, [-1]).converged).toBe(false);
  });
});

/** (x² − 1)² + 0.3x: a shallow minimum near x = 1 and a deeper one near x = −1. */
const twoValleys: Objective = ([x], g) => {
  g[0] = 4 * x * (x * x - 1) + 0.3;
  return (x * x - 1) ** 2 + 0.3 * x;
};

describe('minimizeFromStarts', () => {
  it('keeps the deepest converged minimum over the starts', () => {
    const result = minimizeFromStarts(twoValleys, [[1.2], [-1.2]]);
    expect(result?.converged).toBe(true);
    // Stationary point: 4x(x² − 1) = −0.3, the root below −1.
    const x = result!.x[0];
    expect(4 * x * (x * x - 1) + 0.3).toBeCloseTo(0, 6);
    expect(x).toBeLessThan(-1);
  });

  it('hands back an unconverged run when no start converges, and null when none is finite', () => {
    expect(minimizeFromStarts(rosenbrock, [[-1.2, 1]], { maxIterations: 2 })?.converged).toBe(false);
    expect(minimizeFromStarts(guarded, [[-1], [-2]])).toBeNull();
  });
});
