import { describe, expect, it } from 'vitest';
import {
  bgnbdExpectedPurchases, bgnbdExpectedPurchasesNewCustomer, bgnbdProbabilityAlive, fitBgNbd, type BgNbdParams,
} from '../../../src/domain/clv-models/bgnbd';
import { bgnbdLogLikelihood, groupRepeatData } from '../../../src/domain/clv-models/bgnbd-likelihood';
import { integratePositive, integrateUnit, standardErrors } from './numerics';
import { seededRandom, simulateCustomer, simulateRepeatData } from './simulate';

const CDNOW: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const OTHER: BgNbdParams = { r: 2.1, alpha: 9.5, a: 1.8, b: 5.5 };

/**
 * ∫∫ f(λ, p) g(λ) h(p) over the gamma and beta priors (unnormalised: callers take ratios),
 * by nested tanh-sinh quadrature.
 */
function priorIntegral({ r, alpha, a, b }: BgNbdParams, f: (lambda: number, p: number, q: number) => number): number {
  return integrateUnit((p, q) => {
    const beta = Math.pow(p, a - 1) * Math.pow(q, b - 1);
    return beta * integratePositive((lambda) => {
      const gamma = Math.exp((r - 1) * Math.log(lambda) - alpha * lambda);
      return gamma === 0 ? 0 : gamma * f(lambda, p, q);
    }, 1 / 32);
  }, 1 / 32);
}

/** Individual-level pieces (FHL 2005, §3): alive at T, and the likelihood of (x, t_x, T). */
const aliveTerm = (x: number, T: number) => (lambda: number, _p: number, q: number) =>
  Math.pow(q, x) * Math.pow(lambda, x) * Math.exp(-lambda * T);
const likelihood = (x: number, tx: number, T: number) => (lambda: number, p: number, q: number) =>
  aliveTerm(x, T)(lambda, p, q) + (x > 0 ? p * Math.pow(q, x - 1) * Math.pow(lambda, x) * Math.exp(-lambda * tx) : 0);
/** E[purchases in (0, t] | λ, p, alive at the start] = (1 − e^(−λpt)) / p. */
const aliveExpectation = (t: number) => (lambda: number, p: number) => -Math.expm1(-lambda * p * t) / p;

const relative = (value: number, expected: number) => Math.abs(value / expected - 1);

describe('BG/NBD closed forms', () => {
  it('reproduces the published CDNOW prediction: x = 2, t_x = 30.43, T = 38.86 → 1.226 purchases in 39 weeks', () => {
    expect(bgnbdExpectedPurchases(CDNOW, 2, 30.43, 38.86, 39)).toBeCloseTo(1.226, 3);
  });

  it('holds a customer with no repeat purchase alive with probability 1', () => {
    expect(bgnbdProbabilityAlive(CDNOW, 0, 0, 38)).toBe(1);
  });

  it('gives P(alive) = (b + x − 1) / (a + b + x − 1) to a customer who bought at T (hand-derived)', () => {
    const { a, b } = OTHER;
    expect(bgnbdProbabilityAlive(OTHER, 3, 20, 20)).toBeCloseTo((b + 2) / (a + b + 2), 14);
  });

  it('gives 0 expected purchases over a horizon of 0', () => {
    expect(bgnbdExpectedPurchases(CDNOW, 3, 10, 20, 0)).toBe(0);
  });

  it.each([
    ['CDNOW', CDNOW, 0, 0, 30],
    ['CDNOW', CDNOW, 2, 30.43, 38.86],
    ['CDNOW', CDNOW, 6, 5, 38],
    ['other', OTHER, 1, 8, 52],
    ['other', OTHER, 15, 50, 52],
  ])('P(alive) and E[Y(t) | x, t_x, T] agree with the posterior by numerical integration (%s parameters, case %#)',
    (_, params, x, tx, T) => {
      const evidence = priorIntegral(params, likelihood(x, tx, T));
      const alive = priorIntegral(params, aliveTerm(x, T)) / evidence;
      expect(relative(bgnbdProbabilityAlive(params, x, tx, T), alive)).toBeLessThan(1e-7);
      for (const t of [1, 39, 200]) {
        const f = (lambda: number, p: number, q: number) => aliveTerm(x, T)(lambda, p, q) * aliveExpectation(t)(lambda, p);
        const expected = priorIntegral(params, f) / evidence;
        expect(relative(bgnbdExpectedPurchases(params, x, tx, T, t), expected)).toBeLessThan(1e-7);
      }
    });

  it.each([
    ['CDNOW', CDNOW], ['other', OTHER], ['a = 1 exactly', { r: 0.8, alpha: 5, a: 1, b: 3 }],
  ])('E[X(t)] of a new customer agrees with numerical integration (%s)', (_, params) => {
    const mass = priorIntegral(params, () => 1);
    for (const t of [0.5, 13, 78, 500]) {
      const expected = priorIntegral(params, aliveExpectation(t)) / mass;
      const tolerance = params.a === 1 ? 1e-6 : 1e-7;
      expect(relative(bgnbdExpectedPurchasesNewCustomer(params, t), expected)).toBeLessThan(tolerance);
    }
  });

  it('E[X(t)] of a new customer agrees with a seeded Monte Carlo of the generative process', () => {
    const random = seededRandom(42);
    const t = 78;
    const n = 100_000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const k = simulateCustomer(random, CDNOW, t).length;
      sum += k;
      squares += k * k;
    }
    const mean = sum / n;
    const standardError = Math.sqrt((squares / n - mean * mean) / n);
    expect(Math.abs(bgnbdExpectedPurchasesNewCustomer(CDNOW, t) - mean)).toBeLessThan(4 * standardError);
  });
});

describe('fitBgNbd', () => {
  it.each([
    ['CDNOW-like', CDNOW, 30_000, 26, 52, 11],
    ['frequent buyers', OTHER, 10_000, 20, 80, 12],
  ])('recovers the parameters of %s simulated customers within 4 standard errors', (_, truth, n, minAge, maxAge, seed) => {
    const random = seededRandom(seed);
    const ages = Array.from({ length: n }, () => minAge + random() * (maxAge - minAge));
    const data = simulateRepeatData(random, truth, ages);
    const fit = fitBgNbd(data);
    if (!fit.ok) throw new Error(fit.error.code);
    expect(fit.value.converged).toBe(true);
    const { params } = fit.value;
    const grouped = groupRepeatData(data);
    if (!grouped.ok) throw new Error(grouped.error.code);
    const ll = ([r, alpha, a, b]: number[]) =>
      bgnbdLogLikelihood({ r: Math.exp(r), alpha: Math.exp(alpha), a: Math.exp(a), b: Math.exp(b) }, grouped.value);
    const estimate = [params.r, params.alpha, params.a, params.b].map(Math.log);
    const errors = standardErrors(ll, estimate);
    [truth.r, truth.alpha, truth.a, truth.b].forEach((value, k) => {
      expect(errors[k]).toBeLessThan(0.25);
      expect(Math.abs(estimate[k] - Math.log(value))).toBeLessThan(4 * errors[k]);
    });
    expect(fit.value.logLikelihood).toBeGreaterThanOrEqual(bgnbdLogLikelihood(truth, grouped.value));
    expect(fit.value.logLikelihood).toBeCloseTo(ll(estimate), 6);
  });

  it('finds the same maximum whatever the time unit: α scales with the unit, r, a, b do not', () => {
    const random = seededRandom(5);
    const weeks = simulateRepeatData(random, OTHER, Array.from({ length: 3000 }, () => 20 + random() * 60));
    const days = { ...weeks, tx: weeks.tx.map((v) => v * 7), T: weeks.T.map((v) => v * 7) };
    const inWeeks = fitBgNbd(weeks);
    const inDays = fitBgNbd(days);
    if (!inWeeks.ok || !inDays.ok) throw new Error('fit failed');
    expect(relative(inDays.value.params.alpha, 7 * inWeeks.value.params.alpha)).toBeLessThan(1e-4);
    for (const k of ['r', 'a', 'b'] as const) expect(relative(inDays.value.params[k], inWeeks.value.params[k])).toBeLessThan(1e-4);
  });

  it('refuses data with too few repeat buyers', () => {
    const n = 500;
    const x = new Float64Array(n);
    x.fill(1, 0, 10);
    const result = fitBgNbd({ length: n, x, tx: x.map((v) => v * 3), T: new Float64Array(n).fill(10) });
    expect(result).toEqual({ ok: false, error: { code: 'too-few-repeat-buyers' } });
  });

  it('refuses data the model cannot describe: identical customers who never stop buying', () => {
    const n = 300;
    const result = fitBgNbd({
      length: n, x: new Float64Array(n).fill(10), tx: new Float64Array(n).fill(50), T: new Float64Array(n).fill(50),
    });
    // Without heterogeneity in λ the gamma's shape r runs to infinity.
    expect(result).toEqual({ ok: false, error: { code: 'degenerate-fit', field: 'r' } });
  });

  it('passes bad input through as bad-input with the customer', () => {
    expect(fitBgNbd({ length: 1, x: [2], tx: [5], T: [3] })).toEqual({ ok: false, error: { code: 'bad-input', customer: 0 } });
  });
});
