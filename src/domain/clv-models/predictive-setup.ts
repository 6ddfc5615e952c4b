import { defaultCalibrationEnd, type PredictiveSettings } from './restore-predictive';
import type { EpochDay } from '../dates';
import type { Diagnosis } from '../metrics/diagnosis';
import { DEFAULT_MARGIN } from '../metrics/params';
import type { PredictiveRequest } from './predictive-request';

export type MarginSource = 'set' | 'column' | 'default';

/** What a fit would be asked for now, and the range the split may take. */
export interface PredictiveSetup {
  request: PredictiveRequest;
  /** First purchase in the data and T: the end of calibration lies between them. */
  firstDay: EpochDay;
  analysisDate: EpochDay;
  defaultSplit: EpochDay;
  marginSource: MarginSource;
}

/**
 * The request for the diagnosis' transactions and the user's settings: T, margin, discount rate and
 * period as the diagnosis used them; a stored split outside first purchase … T (the data changed)
 * gives way to the default one. Null without dated purchases.
 */
export function predictiveSetup(diagnosis: Diagnosis, settings: PredictiveSettings): PredictiveSetup | null {
  const analysisDate = diagnosis.analysisDate;
  if (analysisDate === null || diagnosis.basis.customersWithPurchases === 0) return null;
  let firstDay = Infinity;
  for (const c of diagnosis.customers) if (c.firstDay !== null && c.firstDay < firstDay) firstDay = c.firstDay;
  if (firstDay === Infinity) return null;
  const defaultSplit = defaultCalibrationEnd(firstDay, analysisDate);
  const chosen = settings.calibrationEnd;
  const calibrationEnd = chosen !== null && chosen >= firstDay && chosen <= analysisDate ? chosen : defaultSplit;
  const note = diagnosis.notes.find((n) => n.code === 'margin');
  const { discountRate, periodMonths } = diagnosis.params;
  return {
    request: {
      unit: settings.unit,
      calibrationEnd,
      analysisDate,
      horizon: settings.horizon,
      margin: diagnosis.figures.margin_rate ?? diagnosis.params.margin ?? DEFAULT_MARGIN,
      discountRate,
      periodMonths,
    },
    firstDay,
    analysisDate,
    defaultSplit,
    marginSource: note?.code === 'margin' ? note.source : 'default',
  };
}
