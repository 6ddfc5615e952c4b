import {
  bgnbdExpectedPurchases, bgnbdProbabilityAlive, type BgNbdParams,
} from './bgnbd';
import { gammaGammaExpectedSpend, type GammaGammaParams } from './gamma-gamma';
import { gaussLegendre } from './gauss-legendre';
import { fail, type ClvResult } from './result';
import type { RfmSummary } from './rfm-summary';
import { DAYS_PER_UNIT, type TimeUnit } from './time-unit';

export interface PredictiveClvOptions {
  /** How far ahead, in the summary's unit. */
  horizon: number;
  /** Gross margin share m of the plan (0.30 = 30 %). */
  margin: number;
  /** Discount rate d per plan period (0.10 = 10 %). */
  discountRate: number;
  /** Length P of the plan period in months. */
  periodMonths: number;
  /** P(alive) below this → probably lost (default 0.3). */
  lostBelow?: number;
  /** P(alive) from `lostBelow` up to below this → at risk (default 0.7). */
  atRiskBelow?: number;
  /** Share of customers, by calibration spend, that counts as valuable (default 0.2: the top 20 %). */
  valuableShare?: number;
  /** Cumulative share of predicted CLV that makes the A list, as in the ABC analysis (default 0.8). */
  topShare?: number;
}

/** What the figures rest on, for the screen to state. */
export interface PredictiveClvNotes {
  unit: TimeUnit;
  unitDays: number;
  /** P months of 365.25 / 12 days. */
  periodDays: number;
  /** d converted to one unit: (1 + d)^(unitDays / periodDays) − 1. */
  discountRatePerUnit: number;
  horizon: number;
  /** Customers with no repeat purchase: BG/NBD holds them alive with probability 1 by construction. */
  alwaysAlive: number;
}

export interface PredictiveClv {
  notes: PredictiveClvNotes;
  /** Per summary row. */
  probabilityAlive: Float64Array;
  /** Expected purchases in the horizon, undiscounted. */
  expectedPurchases: Float64Array;
  /** Gamma-Gamma expected spend per future purchase. */
  expectedSpend: Float64Array;
  /** m · expected spend · Σ over expected purchases of (1 + d_unit)^(−t), t = time of the purchase. */
  clv: Float64Array;
  /** Summary rows with P(alive) < lostBelow, by calibration spend, highest first: for recovery. */
  probablyLost: number[];
  /** Rows in the top `valuableShare` by calibration spend with lostBelow ≤ P(alive) < atRiskBelow, highest spend first: for retention. */
  valuableAtRisk: number[];
  /** Rows whose cumulative share of the total predicted CLV, highest first and itself included, is ≤ topShare. */
  topClv: number[];
}

const NODES = gaussLegendre(8);

/**
 * Discounted predicted CLV per customer over a horizon H:
 * CLV = m · E[spend] · ∫₀ᴴ (1 + d_u)^(−t) dE[Y(t)], with E[Y(t)] the BG/NBD expected purchases
 * and E[spend] the Gamma-Gamma expected spend. Each expected purchase is discounted at the
 * moment it is expected (continuous discounting at the per-unit rate). The integral is
 * D(H)·E[Y(H)] + δ ∫ D(t) E[Y(t)] dt, δ = ln(1 + d_u), by 8-point Gauss–Legendre on panels that
 * halve towards t = 0 down to the customer's time scale α + T.
 * Errors: `bad-parameter` with the option at fault.
 */
export function predictiveClv(
  summary: RfmSummary, bg: BgNbdParams, gg: GammaGammaParams, options: PredictiveClvOptions,
): ClvResult<PredictiveClv> {
  const { horizon, margin, discountRate, periodMonths } = options;
  const { lostBelow = 0.3, atRiskBelow = 0.7, valuableShare = 0.2, topShare = 0.8 } = options;
  const bad = ([
    ['horizon', horizon > 0 && horizon < Infinity],
    ['margin', margin >= 0 && margin < Infinity],
    ['discountRate', discountRate >= 0 && discountRate < Infinity],
    ['periodMonths', periodMonths > 0 && periodMonths < Infinity],
    ['lostBelow', lostBelow >= 0 && lostBelow <= 1],
    ['atRiskBelow', atRiskBelow >= lostBelow && atRiskBelow <= 1],
    ['valuableShare', valuableShare >= 0 && valuableShare <= 1],
    ['topShare', topShare >= 0 && topShare <= 1],
  ] as const).find(([, ok]) => !ok);
  if (bad) return fail('bad-parameter', { field: bad[0] });

  const unitDays = DAYS_PER_UNIT[summary.unit];
  const periodDays = (periodMonths * 365.25) / 12;
  const delta = (Math.log1p(discountRate) * unitDays) / periodDays;
  const n = summary.length;
  const probabilityAlive = new Float64Array(n);
  const expectedPurchases = new Float64Array(n);
  const expectedSpend = new Float64Array(n);
  const clv = new Float64Array(n);
  const cache = new Map<string, [number, number]>();
  let alwaysAlive = 0;
  for (let i = 0; i < n; i++) {
    const x = summary.x[i];
    const tx = x > 0 ? summary.tx[i] : 0;
    const T = summary.T[i];
    const key = `${x} ${tx} ${T}`;
    let found = cache.get(key);
    if (found === undefined) {
      found = [bgnbdExpectedPurchases(bg, x, tx, T, horizon), discountedPurchases(bg, x, tx, T, horizon, delta)];
      cache.set(key, found);
    }
    if (!found.every(Number.isFinite)) return fail('bad-parameter', { field: 'horizon', customer: i });
    if (x === 0) alwaysAlive++;
    probabilityAlive[i] = bgnbdProbabilityAlive(bg, x, tx, T);
    expectedPurchases[i] = found[0];
    expectedSpend[i] = gammaGammaExpectedSpend(gg, x, summary.monetary[i]);
    clv[i] = margin * expectedSpend[i] * found[1];
  }

  const rows = Array.from({ length: n }, (_, i) => i);
  const bySpend = rows.slice().sort((i, j) => summary.totalSpend[j] - summary.totalSpend[i]);
  const valuableCount = Math.ceil(valuableShare * n);
  const valuableFloor = valuableCount > 0 ? summary.totalSpend[bySpend[valuableCount - 1]] : Infinity;
  const probablyLost = bySpend.filter((i) => probabilityAlive[i] < lostBelow);
  const valuableAtRisk = bySpend.filter((i) =>
    summary.totalSpend[i] >= valuableFloor && probabilityAlive[i] >= lostBelow && probabilityAlive[i] < atRiskBelow);
  const byClv = rows.filter((i) => clv[i] > 0).sort((i, j) => clv[j] - clv[i]);
  const total = byClv.reduce((sum, i) => sum + clv[i], 0);
  const topClv: number[] = [];
  let cumulative = 0;
  for (const i of byClv) {
    cumulative += clv[i];
    if (cumulative > topShare * total) break;
    topClv.push(i);
  }

  return {
    ok: true,
    value: {
      notes: {
        unit: summary.unit, unitDays, periodDays, discountRatePerUnit: Math.expm1(delta), horizon, alwaysAlive,
      },
      probabilityAlive, expectedPurchases, expectedSpend, clv, probablyLost, valuableAtRisk, topClv,
    },
  };
}

/** ∫₀ᴴ e^(−δt) dE[Y(t)] for one customer (see `predictiveClv`). */
export function discountedPurchases(p: BgNbdParams, x: number, tx: number, T: number, horizon: number, delta: number): number {
  const atHorizon = bgnbdExpectedPurchases(p, x, tx, T, horizon);
  if (delta === 0) return atHorizon;
  const edges = [horizon];
  while (edges[0] > p.alpha + T && edges.length < 60) edges.unshift(edges[0] / 2);
  edges.unshift(0);
  let integral = 0;
  for (let k = 1; k < edges.length; k++) {
    const half = (edges[k] - edges[k - 1]) / 2;
    const mid = (edges[k] + edges[k - 1]) / 2;
    for (let j = 0; j < NODES.nodes.length; j++) {
      const t = mid + half * NODES.nodes[j];
      integral += half * NODES.weights[j] * Math.exp(-delta * t) * bgnbdExpectedPurchases(p, x, tx, T, t);
    }
  }
  return Math.exp(-delta * horizon) * atHorizon + delta * integral;
}

/**
 * The discount rate d of a plan period of P months converted to one unit, as `predictiveClv` uses it:
 * (1 + d)^(unit days / period days) − 1, with P · 365.25 / 12 days in the period.
 */
export function discountRatePerUnit(discountRate: number, periodMonths: number, unit: TimeUnit): number {
  return Math.expm1((Math.log1p(discountRate) * DAYS_PER_UNIT[unit] * 12) / (periodMonths * 365.25));
}
