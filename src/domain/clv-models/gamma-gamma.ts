import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';
import { minimizeFromStarts } from './minimize-bfgs';
import { fail, type ClvResult } from './result';

/** Gamma-Gamma spend model: each spend ~ Gamma(shape p, rate ν), ν ~ Gamma(shape q, rate γ). */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** Repeat purchases x and mean repeat spend per customer (an `RfmSummary` fits). */
export interface SpendData {
  length: number;
  x: ArrayLike<number>;
  monetary: ArrayLike<number>;
}

export interface GammaGammaFit {
  params: GammaGammaParams;
  logLikelihood: number;
  /** Always true: a fit that does not converge is the error `no-convergence`. */
  converged: true;
  /** Largest gradient component of the mean log-likelihood in log-parameters at the optimum. */
  gradientNorm: number;
  iterations: number;
  /** Customers the fit rests on: x > 0 and a positive mean spend. */
  repeatBuyers: number;
  /** Repeat buyers left out because returns made their mean spend zero or negative. */
  nonPositiveSpend: number;
  /**
   * Pearson correlation of x and mean spend over the repeat buyers. The model assumes spend is
   * independent of frequency; a value far from 0 says its predictions are suspect.
   */
  frequencySpendCorrelation: number;
}

const LOG_PARAM_BOUND = 14;
const PARAM_NAMES = ['p', 'q', 'gamma'] as const;

/**
 * Maximum-likelihood Gamma-Gamma fit (Fader, Hardie & Lee 2005, "RFM and CLV"; Fader & Hardie
 * 2013 note) on customers with x > 0: the mean z̄ of x spends has density
 * Γ(px+q)/(Γ(px)Γ(q)) · γ^q · z̄^(px−1) · x^(px) / (γ + x z̄)^(px+q), so customers with more
 * repeat purchases weigh more. BFGS on (ln p, ln q, ln γ) from up to three starts (see `minimizeFromStarts`).
 * Errors: `bad-input`, `too-few-repeat-buyers`, `no-convergence`, `degenerate-fit`, and
 * `heavy-tailed-spend` when q ≤ 1 (the mean spend of a customer without history is then infinite).
 */
export function fitGammaGamma(data: SpendData, options: { minRepeatBuyers?: number } = {}): ClvResult<GammaGammaFit> {
  const xs: number[] = [];
  const ms: number[] = [];
  let nonPositiveSpend = 0;
  for (let i = 0; i < data.length; i++) {
    const x = data.x[i];
    const m = data.monetary[i];
    if (!(Number.isInteger(x) && x >= 0 && Number.isFinite(m))) return fail('bad-input', { customer: i });
    if (x === 0) continue;
    if (m > 0) {
      xs.push(x);
      ms.push(m);
    } else nonPositiveSpend++;
  }
  if (xs.length < (options.minRepeatBuyers ?? 20)) return fail('too-few-repeat-buyers');
  const spend = prepare(xs, ms);
  const meanSpend = ms.reduce((sum, m) => sum + m, 0) / ms.length;
  const starts = [[1, 2], [4, 4], [0.5, 8]].map(([p, q]) => [p, q, (meanSpend * (q - 1)) / p].map(Math.log));

  const scale = -1 / xs.length;
  const objective = (logParams: Float64Array, gradient: Float64Array) => {
    const [p, q, gamma] = Array.from(logParams, Math.exp);
    const ll = logLikelihood({ p, q, gamma }, spend, gradient);
    for (let i = 0; i < 3; i++) gradient[i] *= scale;
    return ll * scale;
  };
  const best = minimizeFromStarts(objective, starts);
  if (best === null) return fail('no-convergence');
  const outside = best.x.findIndex((v) => Math.abs(v) > LOG_PARAM_BOUND);
  if (outside >= 0) return fail('degenerate-fit', { field: PARAM_NAMES[outside] });
  if (!best.converged) return fail('no-convergence');
  const [p, q, gamma] = Array.from(best.x, Math.exp);
  if (q <= 1) return fail('heavy-tailed-spend', { field: 'q' });
  const params = { p, q, gamma };
  return {
    ok: true,
    value: {
      params,
      logLikelihood: logLikelihood(params, spend),
      converged: true,
      gradientNorm: best.gradientNorm,
      iterations: best.iterations,
      repeatBuyers: xs.length,
      nonPositiveSpend,
      frequencySpendCorrelation: correlation(xs, ms),
    },
  };
}

/** Gamma-Gamma log-likelihood summed over the customers with x > 0 and a positive mean spend. */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: SpendData): number {
  const xs: number[] = [];
  const ms: number[] = [];
  for (let i = 0; i < data.length; i++) {
    if (data.x[i] > 0 && data.monetary[i] > 0) {
      xs.push(data.x[i]);
      ms.push(data.monetary[i]);
    }
  }
  return logLikelihood(params, prepare(xs, ms));
}

/**
 * Expected mean spend of a customer's future purchases given x repeat purchases of mean m:
 * p (γ + m x) / (p x + q − 1), a weighted mean of the population mean pγ/(q−1) and m.
 * x = 0 gives the population mean; a mean below 0 (returns) counts as 0.
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, x: number, m: number): number {
  const { p, q, gamma } = params;
  return (p * (gamma + Math.max(m, 0) * x)) / (p * x + q - 1);
}

interface PreparedSpend {
  x: Uint32Array;
  m: Float64Array;
  /** Σ over customers of x ln m + x ln x, and of ln m, the parts that do not depend on the parameters. */
  xLogs: number;
  logM: number;
  /** Customers per distinct x. */
  distinct: Uint32Array;
  counts: Float64Array;
}

function prepare(xs: number[], ms: number[]): PreparedSpend {
  const counts = new Map<number, number>();
  let xLogs = 0;
  let logM = 0;
  xs.forEach((x, i) => {
    counts.set(x, (counts.get(x) ?? 0) + 1);
    xLogs += x * (Math.log(ms[i]) + Math.log(x));
    logM += Math.log(ms[i]);
  });
  return {
    x: Uint32Array.from(xs),
    m: Float64Array.from(ms),
    xLogs,
    logM,
    distinct: Uint32Array.from(counts.keys()),
    counts: Float64Array.from(counts.values()),
  };
}

/** Log-likelihood; `gradient` receives ∂LL/∂(ln p, ln q, ln γ). */
function logLikelihood(params: GammaGammaParams, d: PreparedSpend, gradient?: Float64Array): number {
  const { p, q, gamma } = params;
  const lgq = gammaln(q);
  const psiQ = gradient ? digamma(q) : 0;
  let ll = p * d.xLogs - d.logM;
  let gp = d.xLogs;
  let gq = 0;
  let gg = 0;
  for (let j = 0; j < d.distinct.length; j++) {
    const x = d.distinct[j];
    const w = d.counts[j];
    ll += w * (gammaln(p * x + q) - gammaln(p * x) - lgq + q * Math.log(gamma));
    if (!gradient) continue;
    const psiSum = digamma(p * x + q);
    gp += w * x * (psiSum - digamma(p * x));
    gq += w * (psiSum - psiQ + Math.log(gamma));
    gg += (w * q) / gamma;
  }
  for (let i = 0; i < d.x.length; i++) {
    const x = d.x[i];
    const rest = Math.log(gamma + d.m[i] * x);
    ll -= (p * x + q) * rest;
    if (!gradient) continue;
    gp -= x * rest;
    gq -= rest;
    gg -= (p * x + q) / (gamma + d.m[i] * x);
  }
  if (gradient) {
    gradient[0] = p * gp;
    gradient[1] = q * gq;
    gradient[2] = gamma * gg;
  }
  return ll;
}

function correlation(xs: number[], ms: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const mm = ms.reduce((s, v) => s + v, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ms[i] - mm);
    sxx += (xs[i] - mx) ** 2;
    syy += (ms[i] - mm) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}
