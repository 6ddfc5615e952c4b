/** A smooth function to minimise: returns f(x) and writes ∇f(x) into `gradient`. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface BfgsOptions {
  maxIterations?: number;
  /** Converged when every component of the gradient is at most this in absolute value (default 1e-6). */
  gradientTolerance?: number;
  /** Longest first trial step of a line search (∞-norm), which keeps log-parameters in range. */
  maxStep?: number;
}

export interface BfgsResult {
  x: Float64Array;
  value: number;
  gradientNorm: number;
  iterations: number;
  evaluations: number;
  converged: boolean;
}

const C1 = 1e-4;
const C2 = 0.9;
/** Iterations in a row that lower f by less than this (relative) before the search stops. */
const STALL = 1e-14;
const STALLED_ITERATIONS = 3;

/**
 * Quasi-Newton BFGS (Nocedal & Wright, Numerical Optimization, alg. 6.1) with a strong-Wolfe
 * line search (alg. 3.5–3.6) that treats non-finite values as "too far". The inverse Hessian
 * restarts from the identity when a search direction is not a descent direction or a line
 * search fails. Stops when the gradient is within tolerance, or when f stops decreasing
 * (rounding noise), or after `maxIterations`; `converged` says whether the gradient is within tolerance.
 */
export function minimizeBfgs(f: Objective, start: ArrayLike<number>, options: BfgsOptions = {}): BfgsResult {
  const { maxIterations = 500, gradientTolerance = 1e-6, maxStep = 2 } = options;
  const n = start.length;
  let x: Float64Array = Float64Array.from(start);
  let g: Float64Array = new Float64Array(n);
  let value = f(x, g);
  let evaluations = 1;
  const h = identity(n);
  let fresh = true;
  let iterations = 0;
  let stalled = 0;
  const direction = new Float64Array(n);
  const result = (converged: boolean): BfgsResult =>
    ({ x, value, gradientNorm: normInf(g), iterations, evaluations, converged });
  if (!Number.isFinite(value) || !g.every(Number.isFinite)) return result(false);

  for (; iterations < maxIterations; iterations++) {
    if (normInf(g) <= gradientTolerance) return result(true);
    multiply(h, g, direction, -1);
    if (dot(g, direction) >= 0) {
      resetIdentity(h);
      fresh = true;
      multiply(h, g, direction, -1);
    }
    const pn = normInf(direction);
    const search = lineSearch(f, x, value, g, direction, pn > maxStep ? maxStep / pn : 1);
    evaluations += search.evaluations;
    if (search.step === 0) {
      if (fresh) break;
      resetIdentity(h);
      fresh = true;
      continue;
    }
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = search.x[i] - x[i];
      y[i] = search.gradient[i] - g[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (fresh) {
        resetIdentity(h, sy / dot(y, y));
        fresh = false;
      }
      updateInverseHessian(h, s, y, sy);
    }
    stalled = value - search.value < STALL * Math.max(1, Math.abs(value)) ? stalled + 1 : 0;
    x = search.x;
    g = search.gradient;
    value = search.value;
    if (stalled >= STALLED_ITERATIONS) break;
  }
  return result(normInf(g) <= gradientTolerance);
}

/**
 * Runs BFGS from each start in turn and keeps the lowest converged minimum, stopping early once
 * two starts agree on the minimum value (relative 1e-9). When no start converges, the lowest
 * finite run comes back with `converged: false`; null when no run is finite.
 */
export function minimizeFromStarts(f: Objective, starts: ArrayLike<number>[], options: BfgsOptions = {}): BfgsResult | null {
  let best: BfgsResult | null = null;
  let fallback: BfgsResult | null = null;
  for (const start of starts) {
    const run = minimizeBfgs(f, start, options);
    if (!run.converged) {
      if (Number.isFinite(run.value) && (fallback === null || run.value < fallback.value)) fallback = run;
      continue;
    }
    const agrees = best !== null && Math.abs(run.value - best.value) <= 1e-9 * Math.max(1, Math.abs(best.value));
    if (best === null || run.value < best.value) best = run;
    if (agrees) break;
  }
  return best ?? fallback;
}

interface SearchResult {
  step: number;
  x: Float64Array;
  value: number;
  gradient: Float64Array;
  evaluations: number;
}

function lineSearch(
  f: Objective, x: Float64Array, value0: number, gradient0: Float64Array,
  direction: Float64Array, firstStep: number,
): SearchResult {
  const n = x.length;
  const slope0 = dot(gradient0, direction);
  let evaluations = 0;
  let best: SearchResult | null = null;
  const at = (step: number) => {
    const point = new Float64Array(n);
    for (let i = 0; i < n; i++) point[i] = x[i] + step * direction[i];
    const gradient = new Float64Array(n);
    let value = f(point, gradient);
    evaluations++;
    if (!gradient.every(Number.isFinite)) value = Number.NaN;
    const slope = dot(gradient, direction);
    const candidate = { step, x: point, value, gradient, evaluations: 0 };
    const decreases = value <= value0 + C1 * step * slope0;
    if (decreases && (best === null || value < best.value)) best = candidate;
    return { candidate, value, slope, decreases };
  };
  const done = (found: SearchResult | null): SearchResult =>
    ({ ...(found ?? { step: 0, x, value: value0, gradient: gradient0 }), evaluations });
  const wolfe = (slope: number) => Math.abs(slope) <= -C2 * slope0;

  const zoom = (lo: number, valueLo: number, slopeLo: number, hi: number, valueHi: number): SearchResult => {
    for (let k = 0; k < 40; k++) {
      const width = hi - lo;
      let step = lo + width / 2;
      if (Number.isFinite(valueHi)) {
        const denominator = 2 * (valueHi - valueLo - slopeLo * width);
        if (denominator > 0) step = lo - (slopeLo * width * width) / denominator;
      }
      const margin = 0.1 * Math.abs(width);
      step = Math.min(Math.max(step, Math.min(lo, hi) + margin), Math.max(lo, hi) - margin);
      const trial = at(step);
      if (!trial.decreases || !(trial.value < valueLo)) {
        hi = step;
        valueHi = trial.value;
      } else {
        if (wolfe(trial.slope)) return done(trial.candidate);
        if (trial.slope * (hi - lo) >= 0) {
          hi = lo;
          valueHi = valueLo;
        }
        lo = step;
        valueLo = trial.value;
        slopeLo = trial.slope;
      }
    }
    return done(best);
  };

  let previous = 0;
  let valuePrevious = value0;
  let slopePrevious = slope0;
  let step = firstStep;
  for (let k = 0; k < 30; k++) {
    const trial = at(step);
    if (!trial.decreases || (k > 0 && !(trial.value < valuePrevious))) {
      return zoom(previous, valuePrevious, slopePrevious, step, trial.value);
    }
    if (wolfe(trial.slope)) return done(trial.candidate);
    if (trial.slope >= 0) return zoom(step, trial.value, trial.slope, previous, valuePrevious);
    previous = step;
    valuePrevious = trial.value;
    slopePrevious = trial.slope;
    step *= 2;
  }
  return done(best);
}

function identity(n: number): Float64Array[] {
  return Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

function resetIdentity(h: Float64Array[], scale = 1): void {
  h.forEach((row, i) => row.forEach((_, j) => (row[j] = i === j ? scale : 0)));
}

/** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1 / (yᵀ s). */
function updateInverseHessian(h: Float64Array[], s: Float64Array, y: Float64Array, sy: number): void {
  const n = s.length;
  const hy = new Float64Array(n);
  multiply(h, y, hy, 1);
  const yhy = dot(y, hy);
  const rho = 1 / sy;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      h[i][j] += rho * ((1 + rho * yhy) * s[i] * s[j] - hy[i] * s[j] - s[i] * hy[j]);
    }
  }
}

function multiply(h: Float64Array[], v: Float64Array, out: Float64Array, sign: number): void {
  for (let i = 0; i < v.length; i++) out[i] = sign * dot(h[i], v);
}

function dot(u: ArrayLike<number>, v: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < u.length; i++) sum += u[i] * v[i];
  return sum;
}

function normInf(v: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < v.length; i++) max = Math.max(max, Math.abs(v[i]));
  return Number.isNaN(max) ? Infinity : max;
}
