import type { EpochDay } from '../dates';
import type { TimeUnit } from './time-unit';

/** What the page asks for: the split, the unit and the horizon the user chose, the plan's money parameters. */
export interface PredictiveRequest {
  unit: TimeUnit;
  /** Last day of the calibration period, included: the models are fitted on the purchases up to it. */
  calibrationEnd: EpochDay;
  /** T of the diagnosis: the holdout runs to it, the predictions start from it, later rows are left out. */
  analysisDate: EpochDay;
  /** In `unit`s. */
  horizon: number;
  /** Margin share m in use in the diagnosis. */
  margin: number;
  /** d per plan period of `periodMonths` months. */
  discountRate: number;
  periodMonths: number;
}
