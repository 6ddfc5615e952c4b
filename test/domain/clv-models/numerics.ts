/** Independent numerical tools for checking closed forms: quadrature and observed information. */

/**
 * Tanh-sinh (double-exponential) quadrature of f over (0, 1); f receives x and 1 − x, both
 * computed without cancellation, so integrable endpoint singularities are handled.
 */
export function integrateUnit(f: (x: number, oneMinusX: number) => number, h = 1 / 64): number {
  let sum = 0;
  for (let k = -Math.round(5 / h); k <= Math.round(5 / h); k++) {
    const t = k * h;
    const s = (Math.PI / 2) * Math.sinh(t);
    const x = 1 / (1 + Math.exp(-2 * s));
    const y = 1 / (1 + Math.exp(2 * s));
    const weight = (Math.PI / 2) * Math.cosh(t) * 2 * x * y;
    if (x > 0 && y > 0 && weight > 0) sum += weight * f(x, y);
  }
  return sum * h;
}

/** ∫₀^∞ f(λ) dλ through λ = u / (1 − u). */
export function integratePositive(f: (lambda: number) => number, h?: number): number {
  return integrateUnit((u, v) => f(u / v) / (v * v), h);
}

/**
 * Standard errors of a maximum-likelihood estimate from the observed information:
 * the Hessian of the log-likelihood by central differences, inverted.
 */
export function standardErrors(logLikelihood: (theta: number[]) => number, estimate: number[], step = 1e-3): number[] {
  const n = estimate.length;
  const at = (shifts: [number, number][]) => {
    const theta = estimate.slice();
    for (const [i, d] of shifts) theta[i] += d;
    return logLikelihood(theta);
  };
  const hessian = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const value = (at([[i, step], [j, step]]) - at([[i, step], [j, -step]])
        - at([[i, -step], [j, step]]) + at([[i, -step], [j, -step]])) / (4 * step * step);
      hessian[i][j] = hessian[j][i] = -value;
    }
  }
  return invert(hessian).map((row, i) => Math.sqrt(row[i]));
}

function invert(matrix: number[][]): number[][] {
  const n = matrix.length;
  const m = matrix.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    const p = m[col][col];
    for (let c = 0; c < 2 * n; c++) m[col][c] /= p;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r][col];
      for (let c = 0; c < 2 * n; c++) m[r][c] -= factor * m[col][c];
    }
  }
  return m.map((row) => row.slice(n));
}
