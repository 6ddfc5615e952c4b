import type { TransactionTable } from '../domain/dataset';
import type { EpochDay } from '../domain/dates';
import type { Figures } from '../domain/metric-ids';
import { fitBgNbd, type BgNbdFit } from '../domain/clv-models/bgnbd';
import { clvFigures } from '../domain/clv-models/clv-figures';
import { fitGammaGamma, type GammaGammaFit } from '../domain/clv-models/gamma-gamma';
import { holdoutValidation, type HoldoutValidation } from '../domain/clv-models/holdout';
import { predictiveClv, type PredictiveClvNotes } from '../domain/clv-models/predictive-clv';
import { purchaseDays, type PurchaseDays } from '../domain/clv-models/purchase-days';
import type { ClvError, ClvResult } from '../domain/clv-models/result';
import { rfmSummary } from '../domain/clv-models/rfm-summary';
import type { PredictiveRequest } from '../domain/clv-models/predictive-request';
import { DAYS_PER_UNIT } from '../domain/clv-models/time-unit';
import { runThrough } from './work-stops';

export type { PredictiveRequest } from '../domain/clv-models/predictive-request';

/** The steps of a fit, in order, for the progress shown on the page. */
export const PREDICTIVE_STEPS = ['summary', 'bgnbd', 'gamma-gamma', 'validation', 'predictions'] as const;
export type PredictiveStep = (typeof PREDICTIVE_STEPS)[number];

/** Who the fit rests on. */
export interface CalibrationBasis {
  /** Customers with a first purchase up to the calibration end, and those among them who bought again. */
  customers: number;
  repeatBuyers: number;
  /** First purchase in the data. */
  firstDay: EpochDay;
}

/**
 * Per customer who bought up to T, in parallel arrays (row i is customer `ids[i]`), with the
 * three lists as row numbers, best first (see `predictiveClv`).
 */
export interface CustomerPredictions {
  notes: PredictiveClvNotes;
  ids: string[];
  /** Repeat purchases up to T (same-day purchases merged). */
  x: Uint32Array;
  lastDay: Int32Array;
  /** Net spend up to T. */
  totalSpend: Float64Array;
  probabilityAlive: Float64Array;
  expectedPurchases: Float64Array;
  expectedSpend: Float64Array;
  clv: Float64Array;
  probablyLost: number[];
  valuableAtRisk: number[];
  topClv: number[];
  /** Mean predicted CLV over every row. */
  meanClv: number;
}

export interface PredictiveResults {
  request: PredictiveRequest;
  calibration: CalibrationBasis;
  bgnbd: BgNbdFit;
  gammaGamma: ClvResult<GammaGammaFit>;
  /** Expected against actual in (calibration end, T]; null when the split is T itself (no holdout). */
  validation: ClvResult<HoldoutValidation> | null;
  /** Needs both models: a Gamma-Gamma failure is repeated here. */
  predictions: ClvResult<CustomerPredictions>;
  /** The `bgnbd_*`, `gg_*` and `holdout_*` figures of what could be fitted. */
  figures: Figures;
}

/** Without a BG/NBD fit there is nothing to show but why. */
export type PredictiveAnswer =
  | { ok: true; value: PredictiveResults }
  | { ok: false; stage: 'summary' | 'bgnbd'; error: ClvError };

// Same-day merging is the costly part of the summary and depends on the table alone.
const purchasesOf = new WeakMap<TransactionTable, PurchaseDays>();

/**
 * Fits BG/NBD and Gamma-Gamma on the purchases up to the calibration end, checks BG/NBD against
 * what happened from then to T, and predicts each customer's next `horizon` units from the whole
 * history up to T with the calibration parameters (the ones the check vouches for).
 * `onstep` hears each step as it starts. Never throws on user data: failures come back as codes.
 */
export function answerPredictive(
  table: TransactionTable | null,
  request: PredictiveRequest,
  onstep: (step: PredictiveStep) => void = () => {},
): PredictiveAnswer {
  return runThrough(fitSteps(table, request), onstep);
}

/** The fit of `answerPredictive`, yielding each step before it starts (where the worker may stop it). */
export function* fitSteps(table: TransactionTable | null, request: PredictiveRequest): Generator<PredictiveStep, PredictiveAnswer, void> {
  const { unit, calibrationEnd, analysisDate } = request;
  yield 'summary';
  if (!table || table.length === 0) return { ok: false, stage: 'summary', error: { code: 'no-purchases' } };
  if (!(Number.isInteger(analysisDate) && calibrationEnd <= analysisDate)) {
    return { ok: false, stage: 'summary', error: { code: 'bad-date', field: 'calibrationEnd' } };
  }
  let purchases = purchasesOf.get(table);
  if (!purchases) purchasesOf.set(table, (purchases = purchaseDays(table)));
  const holdoutEnd = calibrationEnd < analysisDate ? analysisDate : undefined;
  const summary = rfmSummary(table, { unit, calibrationEnd, holdoutEnd }, purchases);
  if (!summary.ok) return { ok: false, stage: 'summary', error: summary.error };
  const calibration = summary.value;

  yield 'bgnbd';
  const bgnbd = fitBgNbd(calibration);
  if (!bgnbd.ok) return { ok: false, stage: 'bgnbd', error: bgnbd.error };
  const params = bgnbd.value.params;

  yield 'gamma-gamma';
  const gammaGamma = fitGammaGamma(calibration);

  yield 'validation';
  const validation = holdoutEnd === undefined ? null : holdoutValidation(table, calibration, params, purchases);

  yield 'predictions';
  const predictions = gammaGamma.ok ? predict(table, purchases, bgnbd.value, gammaGamma.value, request) : gammaGamma;

  let firstDay = Infinity;
  for (let i = 0; i < calibration.length; i++) firstDay = Math.min(firstDay, calibration.firstDay[i]);
  return {
    ok: true,
    value: {
      request,
      calibration: { customers: calibration.length, repeatBuyers: bgnbd.value.repeatBuyers, firstDay },
      bgnbd: bgnbd.value,
      gammaGamma,
      validation,
      predictions,
      figures: clvFigures(bgnbd.value, gammaGamma.ok ? gammaGamma.value : null, validation?.ok ? validation.value : null),
    },
  };
}

/** Every customer's history up to T, run through the calibration parameters. */
function predict(
  table: TransactionTable, purchases: PurchaseDays, bg: BgNbdFit, gg: GammaGammaFit, request: PredictiveRequest,
): ClvResult<CustomerPredictions> {
  const { unit, analysisDate, horizon, margin, discountRate, periodMonths } = request;
  const summary = rfmSummary(table, { unit, calibrationEnd: analysisDate }, purchases);
  if (!summary.ok) return summary;
  const history = summary.value;
  const result = predictiveClv(history, bg.params, gg.params, { horizon, margin, discountRate, periodMonths });
  if (!result.ok) return result;
  const c = result.value;
  const n = history.length;
  const u = DAYS_PER_UNIT[history.unit];
  let total = 0;
  for (let i = 0; i < n; i++) total += c.clv[i];
  return {
    ok: true,
    value: {
      notes: c.notes,
      ids: Array.from(history.customer, (k) => table.customerIds[k]),
      x: history.x,
      lastDay: Int32Array.from({ length: n }, (_, i) => history.firstDay[i] + Math.round(history.tx[i] * u)),
      totalSpend: history.totalSpend,
      probabilityAlive: c.probabilityAlive,
      expectedPurchases: c.expectedPurchases,
      expectedSpend: c.expectedSpend,
      clv: c.clv,
      probablyLost: c.probablyLost,
      valuableAtRisk: c.valuableAtRisk,
      topClv: c.topClv,
      meanClv: n > 0 ? total / n : 0,
    },
  };
}
