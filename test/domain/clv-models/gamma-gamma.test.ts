import { describe, expect, it } from 'vitest';
import {
  fitGammaGamma, gammaGammaExpectedSpend, gammaGammaLogLikelihood, type GammaGammaParams,
} from '../../../src/domain/clv-models/gamma-gamma';
import { integratePositive, standardErrors } from './numerics';
import { seededRandom, simulateMeanSpend } from './simulate';

const PUBLISHED: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };

function simulate(params: GammaGammaParams, n: number, seed: number) {
  const random = seededRandom(seed);
  const x = Float64Array.from({ length: n }, () => 1 + Math.floor(random() * random() * 15));
  const monetary = x.map((k) => simulateMeanSpend(random, params, k));
  return { length: n, x, monetary };
}

describe('Gamma-Gamma closed forms', () => {
  it.each([1, 4, 12])('the density of the mean of x = %s spends integrates to 1', (x) => {
    const total = integratePositive((m) => Math.exp(gammaGammaLogLikelihood(PUBLISHED, { length: 1, x: [x], monetary: [m] })));
    expect(total).toBeCloseTo(1, 9);
  });

  it.each([[1, 20], [3, 35.5], [10, 8]])('E[spend | x = %s, mean %s] is the posterior mean of p/ν (numerical integration)', (x, m) => {
    const { p, q, gamma } = PUBLISHED;
    const posterior = (nu: number) => Math.exp((p * x + q - 1) * Math.log(nu) - nu * (gamma + x * m));
    const expected = integratePositive((nu) => (p / nu) * posterior(nu)) / integratePositive(posterior);
    expect(gammaGammaExpectedSpend(PUBLISHED, x, m)).toBeCloseTo(expected, 9);
  });

  it('gives the population mean pγ/(q − 1) to a customer without repeat purchases', () => {
    expect(gammaGammaExpectedSpend(PUBLISHED, 0, 0)).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
  });

  it('counts a negative mean spend (returns) as 0', () => {
    expect(gammaGammaExpectedSpend(PUBLISHED, 2, -10)).toBe(gammaGammaExpectedSpend(PUBLISHED, 2, 0));
  });
});

describe('fitGammaGamma', () => {
  it.each([
    [PUBLISHED, 8000, 3],
    [{ p: 2, q: 6, gamma: 50 }, 8000, 4],
  ])('recovers %o from %s simulated repeat buyers within 4 standard errors', (truth, n, seed) => {
    const data = simulate(truth, n, seed);
    const fit = fitGammaGamma(data);
    if (!fit.ok) throw new Error(fit.error.code);
    const { params } = fit.value;
    const estimate = [params.p, params.q, params.gamma].map(Math.log);
    const ll = ([p, q, gamma]: number[]) => gammaGammaLogLikelihood({ p: Math.exp(p), q: Math.exp(q), gamma: Math.exp(gamma) }, data);
    const errors = standardErrors(ll, estimate);
    [truth.p, truth.q, truth.gamma].forEach((value, k) => {
      expect(errors[k]).toBeLessThan(0.2);
      expect(Math.abs(estimate[k] - Math.log(value))).toBeLessThan(4 * errors[k]);
    });
    expect(fit.value.logLikelihood).toBeGreaterThanOrEqual(gammaGammaLogLikelihood(truth, data));
    expect(fit.value.repeatBuyers).toBe(n);
    expect(Math.abs(fit.value.frequencySpendCorrelation)).toBeLessThan(0.05);
  });

  it('leaves out customers without repeat purchases and those whose returns cancel their spend', () => {
    const data = simulate(PUBLISHED, 500, 9);
    const x = Float64Array.from([...data.x, 0, 0, 3]);
    const monetary = Float64Array.from([...data.monetary, 0, 0, -12]);
    const fit = fitGammaGamma({ length: x.length, x, monetary });
    const alone = fitGammaGamma(data);
    if (!fit.ok || !alone.ok) throw new Error('fit failed');
    expect(fit.value.repeatBuyers).toBe(500);
    expect(fit.value.nonPositiveSpend).toBe(1);
    expect(fit.value.params.p).toBeCloseTo(alone.value.params.p, 10);
  });

  it('reports a correlation between frequency and spend when there is one', () => {
    const random = seededRandom(1);
    const x = Float64Array.from({ length: 400 }, () => 1 + Math.floor(random() * 10));
    const monetary = x.map((k) => simulateMeanSpend(random, { ...PUBLISHED, gamma: PUBLISHED.gamma * k }, k));
    const fit = fitGammaGamma({ length: 400, x, monetary });
    if (!fit.ok) throw new Error(fit.error.code);
    expect(fit.value.frequencySpendCorrelation).toBeGreaterThan(0.5);
  });

  it('refuses heavy-tailed spend (q ≤ 1: no finite mean for a new customer)', () => {
    const result = fitGammaGamma(simulate({ p: 3, q: 0.6, gamma: 10 }, 5000, 6));
    expect(result).toEqual({ ok: false, error: { code: 'heavy-tailed-spend', field: 'q' } });
  });

  it('refuses too few repeat buyers', () => {
    const data = simulate(PUBLISHED, 19, 2);
    expect(fitGammaGamma(data)).toEqual({ ok: false, error: { code: 'too-few-repeat-buyers' } });
    expect(fitGammaGamma(data, { minRepeatBuyers: 5 }).ok).toBe(true);
  });

  it('refuses identical spends, which leave nothing to estimate', () => {
    const n = 200;
    const result = fitGammaGamma({ length: n, x: new Float64Array(n).fill(2), monetary: new Float64Array(n).fill(25) });
    // No spread within customers: the spend shape p runs to infinity.
    expect(result).toEqual({ ok: false, error: { code: 'degenerate-fit', field: 'p' } });
  });

  it('rejects a fractional x or a missing mean spend as bad-input', () => {
    expect(fitGammaGamma({ length: 2, x: [1, 1.5], monetary: [3, 3] })).toEqual({ ok: false, error: { code: 'bad-input', customer: 1 } });
    expect(fitGammaGamma({ length: 1, x: [1], monetary: [Number.NaN] })).toEqual({ ok: false, error: { code: 'bad-input', customer: 0 } });
  });
});
