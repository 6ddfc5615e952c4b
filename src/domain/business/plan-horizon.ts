import { isoToEpochDay, subtractMonths, epochDayToIso } from '../dates';
import type { Action } from '../implementation/action';

/** The months over which the business case spreads the objectives' value. */
export interface PlanHorizon {
  /** ISO dates. */
  start: string;
  end: string;
  months: number;
  /** True when the plan sets no horizon end after its start: 12 months are assumed. */
  assumed: boolean;
}

export const ASSUMED_HORIZON_MONTHS = 12;
const MAX_MONTHS = 1200;

/**
 * From the first action's start (today when no action has a date) to the horizon end of
 * step 2, in whole months rounded up (at least one). Without a horizon end after the start,
 * 12 months, and says so.
 */
export function planHorizon(actions: readonly Pick<Action, 'start' | 'status'>[], horizonEnd: string, today: string): PlanHorizon {
  const starts = actions
    .filter((a) => a.status !== 'cancelled')
    .map((a) => isoToEpochDay(a.start))
    .filter((d): d is number => d !== null);
  const start = starts.length > 0 ? Math.min(...starts) : (isoToEpochDay(today) ?? 0);
  const end = isoToEpochDay(horizonEnd);
  if (end === null || end <= start) {
    return { start: epochDayToIso(start), end: epochDayToIso(subtractMonths(start, -ASSUMED_HORIZON_MONTHS)), months: ASSUMED_HORIZON_MONTHS, assumed: true };
  }
  let months = 1;
  while (months < MAX_MONTHS && subtractMonths(start, -months) < end) months++;
  return { start: epochDayToIso(start), end: epochDayToIso(end), months, assumed: false };
}
