import { describe, expect, it } from 'vitest';
import { bgnbdExpectedPurchases, bgnbdProbabilityAlive, type BgNbdParams } from '../../../src/domain/clv-models/bgnbd';
import { gammaGammaExpectedSpend, type GammaGammaParams } from '../../../src/domain/clv-models/gamma-gamma';
import { discountedPurchases, discountRatePerUnit, predictiveClv, type PredictiveClvOptions } from '../../../src/domain/clv-models/predictive-clv';
import type { RfmSummary } from '../../../src/domain/clv-models/rfm-summary';
import { seededRandom } from './simulate';

const BG: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const GG: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };
const OPTIONS: PredictiveClvOptions = { horizon: 52, margin: 0.3, discountRate: 0.1, periodMonths: 12 };

function summaryOf(rows: { x: number; tx: number; T: number; monetary: number; totalSpend: number }[]): RfmSummary {
  const n = rows.length;
  return {
    unit: 'weeks', calibrationEnd: 0, holdoutEnd: null, length: n,
    customer: Uint32Array.from(rows, (_, i) => i),
    firstDay: new Int32Array(n),
    x: Uint32Array.from(rows, (r) => r.x),
    tx: Float64Array.from(rows, (r) => r.tx),
    T: Float64Array.from(rows, (r) => r.T),
    monetary: Float64Array.from(rows, (r) => r.monetary),
    totalSpend: Float64Array.from(rows, (r) => r.totalSpend),
    holdoutX: null,
  };
}

/** Stieltjes sum Σ D(tₖ − h/2) (E(tₖ) − E(tₖ₋₁)) on a fine grid: discounting each step's purchases at its middle. */
function fineSum(p: BgNbdParams, x: number, tx: number, T: number, horizon: number, perUnit: number, steps = 20_000): number {
  let sum = 0;
  let before = 0;
  for (let k = 1; k <= steps; k++) {
    const t = (k * horizon) / steps;
    const now = bgnbdExpectedPurchases(p, x, tx, T, t);
    sum += Math.pow(1 + perUnit, -(t - horizon / steps / 2)) * (now - before);
    before = now;
  }
  return sum;
}

const random = seededRandom(3);
const customers = Array.from({ length: 300 }, () => {
  const T = 10 + random() * 30;
  const x = Math.floor(random() * random() * 10);
  const tx = x > 0 ? random() * T : 0;
  const monetary = x > 0 ? 5 + random() * 60 : 0;
  return { x, tx, T, monetary, totalSpend: 20 + monetary * x + random() * 30 };
});
const summary = summaryOf(customers);

function run(options: PredictiveClvOptions = OPTIONS) {
  const result = predictiveClv(summary, BG, GG, options);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('discountedPurchases', () => {
  it.each([
    ['CDNOW, repeat buyer', BG, 3, 20, 35, 52, 0.002],
    ['CDNOW, new customer over 10 years', BG, 0, 0, 0, 520, 0.002],
    ['small α: panels down to the time scale', { r: 1.5, alpha: 0.3, a: 2, b: 4 }, 0, 0, 0.1, 300, 0.01],
  ])('equals the fine-grid discounted sum (%s)', (_, p, x, tx, T, horizon, perUnit) => {
    const delta = Math.log1p(perUnit);
    const expected = fineSum(p, x, tx, T, horizon, perUnit);
    expect(Math.abs(discountedPurchases(p, x, tx, T, horizon, delta) / expected - 1)).toBeLessThan(1e-6);
  });

  it('is the undiscounted expectation when the rate is 0', () => {
    expect(discountedPurchases(BG, 2, 30.43, 38.86, 39, 0)).toBe(bgnbdExpectedPurchases(BG, 2, 30.43, 38.86, 39));
  });
});

describe('predictiveClv', () => {
  it('converts the discount rate per plan period to the unit and says so', () => {
    const { notes } = run({ ...OPTIONS, periodMonths: 6 });
    expect(notes.unit).toBe('weeks');
    expect(notes.unitDays).toBe(7);
    expect(notes.periodDays).toBeCloseTo(182.625, 12);
    expect(notes.discountRatePerUnit).toBeCloseTo(Math.pow(1.1, 7 / 182.625) - 1, 14);
    expect(notes.alwaysAlive).toBe(customers.filter((c) => c.x === 0).length);
  });

  it('without discounting, CLV = margin × expected spend × expected purchases', () => {
    const value = run({ ...OPTIONS, discountRate: 0 });
    customers.forEach((c, i) => {
      const purchases = bgnbdExpectedPurchases(BG, c.x, c.tx, c.T, 52);
      expect(value.expectedPurchases[i]).toBeCloseTo(purchases, 12);
      expect(value.expectedSpend[i]).toBeCloseTo(gammaGammaExpectedSpend(GG, c.x, c.monetary), 12);
      expect(value.clv[i]).toBeCloseTo(0.3 * value.expectedSpend[i] * purchases, 10);
    });
  });

  it('discounts: every CLV is below its undiscounted value and above it discounted at the horizon', () => {
    const discounted = run();
    const plain = run({ ...OPTIONS, discountRate: 0 });
    const atHorizon = Math.pow(1.1, -(52 * 7) / 365.25);
    customers.forEach((_, i) => {
      expect(discounted.clv[i]).toBeLessThan(plain.clv[i]);
      expect(discounted.clv[i]).toBeGreaterThan(plain.clv[i] * atHorizon);
    });
  });

  it('lists the probably lost (P(alive) < 0.3) by calibration spend, highest first', () => {
    const { probablyLost, probabilityAlive } = run();
    const expected = customers
      .map((c, i) => ({ i, alive: bgnbdProbabilityAlive(BG, c.x, c.tx, c.T), spend: c.totalSpend }))
      .filter((c) => c.alive < 0.3)
      .sort((a, b) => b.spend - a.spend)
      .map((c) => c.i);
    expect(expected.length).toBeGreaterThan(0);
    expect(probablyLost).toEqual(expected);
    probablyLost.forEach((i) => expect(probabilityAlive[i]).toBeLessThan(0.3));
  });

  it('lists the valuable at risk: top 20 % by calibration spend with 0.3 ≤ P(alive) < 0.7', () => {
    const { valuableAtRisk } = run();
    const ranked = customers.map((c, i) => ({ i, spend: c.totalSpend })).sort((a, b) => b.spend - a.spend);
    const valuable = new Set(ranked.slice(0, 60).map((c) => c.i));
    const expected = ranked
      .filter(({ i }) => valuable.has(i))
      .filter(({ i }) => {
        const alive = bgnbdProbabilityAlive(BG, customers[i].x, customers[i].tx, customers[i].T);
        return alive >= 0.3 && alive < 0.7;
      })
      .map((c) => c.i);
    expect(expected.length).toBeGreaterThan(0);
    expect(valuableAtRisk).toEqual(expected);
  });

  it('lists as top CLV the customers within the first 80 % of the total, highest first', () => {
    const { topClv, clv } = run();
    const total = clv.reduce((s, v) => s + v, 0);
    let cumulative = 0;
    topClv.forEach((i, k) => {
      if (k > 0) expect(clv[i]).toBeLessThanOrEqual(clv[topClv[k - 1]]);
      cumulative += clv[i];
    });
    expect(cumulative).toBeLessThanOrEqual(0.8 * total);
    const next = Math.max(...Array.from(clv).filter((_, i) => !topClv.includes(i)));
    expect(cumulative + next).toBeGreaterThan(0.8 * total);
  });

  it.each([
    ['horizon', { horizon: 0 }],
    ['margin', { margin: Number.NaN }],
    ['discountRate', { discountRate: -0.1 }],
    ['periodMonths', { periodMonths: 0 }],
    ['atRiskBelow', { lostBelow: 0.5, atRiskBelow: 0.4 }],
  ])('refuses a bad %s', (field, change) => {
    expect(predictiveClv(summary, BG, GG, { ...OPTIONS, ...change })).toEqual({ ok: false, error: { code: 'bad-parameter', field } });
  });
});

describe('discountRatePerUnit', () => {
  it.each([
    [0.1, 12, 'weeks', Math.pow(1.1, 7 / 365.25) - 1],
    [0.1, 12, 'months', Math.pow(1.1, 1 / 12) - 1],
    [0.2, 6, 'days', Math.pow(1.2, 1 / 182.625) - 1],
    [0, 12, 'weeks', 0],
  ] as const)('converts %f per %i months to one %s', (d, months, unit, expected) => {
    expect(discountRatePerUnit(d, months, unit)).toBeCloseTo(expected, 15);
  });

  it('is the rate the CLV discounts at', () => {
    const { notes } = run({ ...OPTIONS, discountRate: 0.15, periodMonths: 3 });
    expect(discountRatePerUnit(0.15, 3, 'weeks')).toBeCloseTo(notes.discountRatePerUnit, 15);
  });
});
