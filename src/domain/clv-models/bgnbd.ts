import {
  bgnbdLogLikelihood, groupRepeatData, type BgNbdParams, type GroupedRepeatData, type RepeatPurchaseData,
} from './bgnbd-likelihood';
import { hyp2f1 } from './hyp2f1';
import { minimizeFromStarts } from './minimize-bfgs';
import { fail, type ClvResult } from './result';

export type { BgNbdParams, RepeatPurchaseData } from './bgnbd-likelihood';

export interface BgNbdFit {
  params: BgNbdParams;
  logLikelihood: number;
  /** Always true: a fit that does not converge is the error `no-convergence`. */
  converged: true;
  /** Largest gradient component of the mean log-likelihood in log-parameters at the optimum. */
  gradientNorm: number;
  iterations: number;
  customers: number;
  repeatBuyers: number;
}

export interface BgNbdFitOptions {
  /** Fewer customers with a repeat purchase than this → `too-few-repeat-buyers` (default 20). */
  minRepeatBuyers?: number;
}

/** Parameters beyond e^±14 (≈ 1.2·10⁶ and 8·10⁻⁷) mean a limit model, not an estimate. */
const LOG_PARAM_BOUND = 14;
const PARAM_NAMES = ['r', 'alpha', 'a', 'b'] as const;

/**
 * Maximum-likelihood BG/NBD fit: BFGS on (ln r, ln α, ln a, ln b), minimising the mean
 * negative log-likelihood from up to three starts scaled to the observed repeat rate (see `minimizeFromStarts`).
 * Errors: `bad-input`, `too-few-repeat-buyers`, `no-convergence` (no start met the gradient
 * tolerance), `degenerate-fit` (a parameter ran to 0 or ∞, `field` names it).
 */
export function fitBgNbd(data: RepeatPurchaseData, options: BgNbdFitOptions = {}): ClvResult<BgNbdFit> {
  const grouped = groupRepeatData(data);
  if (!grouped.ok) return grouped;
  const g = grouped.value;
  if (g.repeatBuyers < (options.minRepeatBuyers ?? 20)) return fail('too-few-repeat-buyers');
  let purchases = 0;
  let exposure = 0;
  for (let i = 0; i < data.length; i++) {
    purchases += data.x[i];
    exposure += data.T[i];
  }
  const rate = purchases / exposure;
  const starts = [[1, 1, 1], [0.3, 0.5, 2], [3, 2, 8]].map(([r, a, b]) => [r, r / rate, a, b].map(Math.log));

  const objective = bgnbdObjective(g);
  const best = minimizeFromStarts(objective, starts);
  if (best === null) return fail('no-convergence');
  const outside = best.x.findIndex((v) => Math.abs(v) > LOG_PARAM_BOUND);
  if (outside >= 0) return fail('degenerate-fit', { field: PARAM_NAMES[outside] });
  if (!best.converged) return fail('no-convergence');
  const [r, alpha, a, b] = Array.from(best.x, Math.exp);
  const params = { r, alpha, a, b };
  return {
    ok: true,
    value: {
      params,
      logLikelihood: bgnbdLogLikelihood(params, g),
      converged: true,
      gradientNorm: best.gradientNorm,
      iterations: best.iterations,
      customers: g.customers,
      repeatBuyers: g.repeatBuyers,
    },
  };
}

/** Mean negative log-likelihood over log-parameters, for the optimiser. */
function bgnbdObjective(g: GroupedRepeatData) {
  const scale = -1 / g.customers;
  return (logParams: Float64Array, gradient: Float64Array) => {
    const [r, alpha, a, b] = Array.from(logParams, Math.exp);
    const ll = bgnbdLogLikelihood({ r, alpha, a, b }, g, gradient);
    for (let i = 0; i < 4; i++) gradient[i] *= scale;
    return ll * scale;
  };
}

/**
 * Probability that a customer with history (x, t_x, T) is still alive at T (FHL 2005, eq. 11):
 * 1 / (1 + [x > 0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)).
 * A customer with no repeat purchase is alive with probability 1 by the model's construction:
 * BG/NBD customers can only drop out right after a purchase.
 */
export function bgnbdProbabilityAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const odds = (p.a / (p.b + x - 1)) * Math.pow((p.alpha + T) / (p.alpha + tx), p.r + x);
  return 1 / (1 + odds);
}

/**
 * Expected purchases in (T, T + t] of a customer with history (x, t_x, T) (FHL 2005, eq. 10):
 * P(alive) · (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; z)],
 * z = t/(α+T+t). The product is evaluated through Euler's transformation,
 * (1−z)^(r+x) ₂F₁(r+x, b+x; c; z) = (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; c; z), whose series
 * parameters do not grow with x. At a = 1 the formula is 0/0; within 1e-7 of it a = 1 + 1e-7 is used.
 */
export function bgnbdExpectedPurchases(p: BgNbdParams, x: number, tx: number, T: number, t: number): number {
  return bgnbdProbabilityAlive(p, x, tx, T) * expectedIfAlive(p, x, T, t);
}

/**
 * Expected repeat purchases in (0, t] of a customer who has just made a first purchase
 * (FHL 2005, eq. 9): (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))].
 */
export function bgnbdExpectedPurchasesNewCustomer(p: BgNbdParams, t: number): number {
  return expectedIfAlive(p, 0, 0, t);
}

function expectedIfAlive(p: BgNbdParams, x: number, T: number, t: number): number {
  if (t === 0) return 0;
  const { r, alpha, b } = p;
  const a = Math.abs(p.a - 1) < 1e-7 ? 1 + 1e-7 : p.a;
  const c = a + b + x - 1;
  const z = t / (alpha + T + t);
  const keep = Math.pow((alpha + T) / (alpha + T + t), a - 1) * hyp2f1(a + b - 1 - r, a - 1, c, z);
  return (c / (a - 1)) * (1 - keep);
}
