import type { EpochDay } from '../dates';
import { convertDuration, DAYS_PER_UNIT, TIME_UNITS, type TimeUnit } from './time-unit';

/** The plan's `predictive` section: how the user set up the predictive-CLV models (results are not stored). */
export interface PredictiveSettings {
  unit: TimeUnit;
  /** Last day of the calibration period, included; null = two thirds of the way through the history. */
  calibrationEnd: EpochDay | null;
  /** How far ahead the predictions look, in `unit`s. */
  horizon: number;
  /** The PDF of the plan fits the models again with these settings and prints the results. */
  inReport: boolean;
}

export const DEFAULT_PREDICTIVE: PredictiveSettings = { unit: 'weeks', calibrationEnd: null, horizon: 52, inReport: false };

/** Ten years: beyond it a "buy till you die" prediction says more about the model than about the customers. */
export const MAX_HORIZON_DAYS = 3652.5;

/** The longest horizon allowed in a unit (3652 days, 521 weeks, 120 months). */
export function maxHorizon(unit: TimeUnit): number {
  return Math.floor(MAX_HORIZON_DAYS / DAYS_PER_UNIT[unit]);
}

/**
 * Stored or imported data → usable settings: unknown keys dropped, each bad value back to its
 * default (a bad horizon becomes the default 52 weeks in the stored unit).
 */
export function restorePredictive(raw: unknown): PredictiveSettings {
  const stored = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const unit = TIME_UNITS.includes(stored.unit as TimeUnit) ? (stored.unit as TimeUnit) : DEFAULT_PREDICTIVE.unit;
  const day = stored.calibrationEnd;
  const calibrationEnd = typeof day === 'number' && Number.isInteger(day) && Math.abs(day) <= 1e7 ? day : null;
  const horizon = stored.horizon;
  const validHorizon = typeof horizon === 'number' && horizon > 0 && horizon <= maxHorizon(unit);
  return {
    unit,
    calibrationEnd,
    horizon: validHorizon ? horizon : convertDuration(DEFAULT_PREDICTIVE.horizon, DEFAULT_PREDICTIVE.unit, unit),
    inReport: stored.inReport === true,
  };
}

/**
 * The default split of a history running from `first` to `last` (days, included): calibration
 * through the day two thirds of the way, the last third held out to check the predictions.
 */
export function defaultCalibrationEnd(first: EpochDay, last: EpochDay): EpochDay {
  return first + Math.floor(((last - first) * 2) / 3);
}
