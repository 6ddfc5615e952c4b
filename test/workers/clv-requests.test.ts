import { describe, expect, it } from 'vitest';
import type { TransactionTable } from '../../src/domain/dataset';
import {
  answerPredictive, PREDICTIVE_STEPS, type PredictiveRequest, type PredictiveStep,
} from '../../src/workers/clv-requests';
import { seededRandom, simulateTable } from '../domain/clv-models/simulate';
import { tableOf } from '../domain/clv-models/table';

const TRUE_BG = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const TRUE_GG = { p: 6.25, q: 3.74, gamma: 15.44 };
// 3,000 customers acquired over 12 weeks and followed for 78, histories booked by the day.
const shop = (customers = 3000, spend = TRUE_GG, seed = 11) => simulateTable(seededRandom(seed), {
  params: TRUE_BG, spend, customers, firstDay: 0, acquisitionDays: 84, lastDay: 545, unitDays: 7,
});
const TABLE = shop();
const REQUEST: PredictiveRequest = {
  unit: 'weeks', calibrationEnd: 272, analysisDate: 545, horizon: 52, margin: 0.3, discountRate: 0.1, periodMonths: 12,
};

function answer(table: TransactionTable | null = TABLE, request: Partial<PredictiveRequest> = {}) {
  const steps: PredictiveStep[] = [];
  const result = answerPredictive(table, { ...REQUEST, ...request }, (step) => steps.push(step));
  return { result, steps };
}

function fitted(table: TransactionTable | null = TABLE, request: Partial<PredictiveRequest> = {}) {
  const { result } = answer(table, request);
  if (!result.ok) throw new Error(`${result.stage}: ${result.error.code}`);
  return result.value;
}

/** Each customer's distinct purchase days, straight from the rows. */
function daysByCustomer(table: TransactionTable): Map<string, number[]> {
  const days = new Map<string, Set<number>>();
  for (let i = 0; i < table.length; i++) {
    const id = table.customerIds[table.customer[i]];
    if (!days.has(id)) days.set(id, new Set());
    days.get(id)!.add(table.day[i]);
  }
  return new Map([...days].map(([id, set]) => [id, [...set].sort((a, b) => a - b)]));
}

describe('answerPredictive', () => {
  it('reports every step in order and recovers the generating parameters', () => {
    const { result, steps } = answer();
    expect(steps).toEqual([...PREDICTIVE_STEPS]);
    if (!result.ok) throw new Error(result.error.code);
    const { figures } = result.value;
    // 3,000 customers: standard errors of roughly 10 % (r, α) to 30 % (a, b).
    expect(Math.abs(figures.bgnbd_r! / TRUE_BG.r - 1)).toBeLessThan(0.2);
    expect(Math.abs(figures.bgnbd_alpha! / TRUE_BG.alpha - 1)).toBeLessThan(0.25);
    expect(Math.abs(figures.bgnbd_a! / TRUE_BG.a - 1)).toBeLessThan(0.4);
    expect(Math.abs(figures.bgnbd_b! / TRUE_BG.b - 1)).toBeLessThan(0.5);
    expect(Math.abs(figures.gg_p! / TRUE_GG.p - 1)).toBeLessThan(0.25);
    expect(Math.abs(figures.gg_q! / TRUE_GG.q - 1)).toBeLessThan(0.25);
    expect(figures.bgnbd_ll).toBeLessThan(0);
  });

  it('counts the holdout purchases of the calibration customers', () => {
    const { figures, validation, calibration } = fitted();
    let actual = 0;
    let customers = 0;
    for (const days of daysByCustomer(TABLE).values()) {
      if (days[0] > 272) continue;
      customers++;
      actual += days.filter((d) => d > 272 && d <= 545).length;
    }
    expect(calibration.customers).toBe(customers);
    expect(figures.holdout_actual).toBe(actual);
    expect(validation?.ok && validation.value.totalActual).toBe(actual);
    // The model was fitted on these customers: its expectation is close to what they did.
    expect(Math.abs(figures.holdout_expected! / actual - 1)).toBeLessThan(0.1);
  });

  it('predicts for every customer from the whole history up to T', () => {
    const { predictions } = fitted();
    if (!predictions.ok) throw new Error(predictions.error.code);
    const p = predictions.value;
    const byId = daysByCustomer(TABLE);
    expect(p.ids.length).toBe(byId.size);
    p.ids.forEach((id, i) => {
      const days = byId.get(id)!;
      expect(p.x[i]).toBe(days.length - 1);
      expect(p.lastDay[i]).toBe(days[days.length - 1]);
      if (p.x[i] === 0) expect(p.probabilityAlive[i]).toBe(1);
    });
    expect(p.notes.horizon).toBe(52);
    expect(p.notes.alwaysAlive).toBe([...byId.values()].filter((d) => d.length === 1).length);
    expect(p.meanClv).toBeCloseTo(p.clv.reduce((s, v) => s + v, 0) / p.ids.length, 9);
    expect(p.probablyLost.length).toBeGreaterThan(0);
    expect(p.probablyLost.every((i) => p.probabilityAlive[i] < 0.3)).toBe(true);
    for (let k = 1; k < p.probablyLost.length; k++) {
      expect(p.totalSpend[p.probablyLost[k - 1]]).toBeGreaterThanOrEqual(p.totalSpend[p.probablyLost[k]]);
    }
    expect(p.topClv.length).toBeGreaterThan(0);
    expect(p.valuableAtRisk.every((i) => p.probabilityAlive[i] >= 0.3 && p.probabilityAlive[i] < 0.7)).toBe(true);
  });

  it('leaves out the rows after T', () => {
    const later: TransactionTable = {
      ...TABLE,
      length: TABLE.length + 1,
      customer: Uint32Array.from([...TABLE.customer, 0]),
      day: Int32Array.from([...TABLE.day, 600]),
      amount: Float64Array.from([...TABLE.amount, 1e6]),
      order: new Int32Array(TABLE.length + 1).fill(-1),
    };
    expect(fitted(later).figures).toEqual(fitted().figures);
  });

  it('fits the same model whatever the unit: α scales with the unit, the log-likelihood by ln 7 per repeat purchase', () => {
    const weeks = fitted();
    const days = fitted(TABLE, { unit: 'days', horizon: 364 });
    const f = weeks.figures;
    const g = days.figures;
    expect(g.bgnbd_r! / f.bgnbd_r!).toBeCloseTo(1, 3);
    expect(g.bgnbd_alpha! / (7 * f.bgnbd_alpha!)).toBeCloseTo(1, 3);
    expect(g.bgnbd_a! / f.bgnbd_a!).toBeCloseTo(1, 3);
    expect(g.bgnbd_b! / f.bgnbd_b!).toBeCloseTo(1, 3);
    let repeats = 0;
    for (const d of daysByCustomer(TABLE).values()) if (d[0] <= 272) repeats += d.filter((day) => day <= 272).length - 1;
    expect(g.bgnbd_ll! - f.bgnbd_ll!).toBeCloseTo(-Math.log(7) * repeats, 2);
    expect(g.holdout_expected! / f.holdout_expected!).toBeCloseTo(1, 3);
  });

  it('has no validation when the split is T itself', () => {
    const { validation, figures, predictions } = fitted(TABLE, { calibrationEnd: 545 });
    expect(validation).toBeNull();
    expect(figures.holdout_actual).toBeUndefined();
    expect(figures.bgnbd_r).toBeGreaterThan(0);
    expect(predictions.ok).toBe(true);
  });

  it('keeps BG/NBD and the validation when the spend model fails', () => {
    const heavy = shop(3000, { p: 6.25, q: 0.6, gamma: 15.44 }, 5);
    const { gammaGamma, predictions, figures, validation } = fitted(heavy);
    expect(gammaGamma.ok || gammaGamma.error.code).toBe('heavy-tailed-spend');
    expect(predictions.ok || predictions.error.code).toBe('heavy-tailed-spend');
    expect(figures.gg_q).toBeUndefined();
    expect(figures.bgnbd_r).toBeGreaterThan(0);
    expect(validation?.ok).toBe(true);
  });

  it.each([
    ['no data', null, {}, 'summary', 'no-purchases'],
    ['an empty table', tableOf([]), {}, 'summary', 'no-purchases'],
    ['a split after T', TABLE, { calibrationEnd: 546 }, 'summary', 'bad-date'],
    ['a split before every purchase', TABLE, { calibrationEnd: -1 }, 'summary', 'no-purchases'],
    ['all purchases on one day', tableOf([['A', 5, 10], ['B', 5, 20], ['C', 5, 5]]), { calibrationEnd: 5, analysisDate: 5 }, 'summary', 'single-purchase-day'],
    ['three repeat buyers', tableOf([['A', 0, 10], ['A', 9, 10], ['B', 1, 5], ['B', 4, 5], ['C', 2, 7], ['C', 30, 7], ['D', 3, 7]]), { calibrationEnd: 40, analysisDate: 60 }, 'bgnbd', 'too-few-repeat-buyers'],
  ] as const)('answers %s with a code, not numbers', (_, table, request, stage, code) => {
    const { result } = answer(table, request);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([result.stage, result.error.code]).toEqual([stage, code]);
  });
});
