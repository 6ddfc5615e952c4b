import { isoToEpochDay, type EpochDay } from '../dates';
import type { Figures } from '../metric-ids';
import { METRIC_CATALOGUE } from '../metrics/metric-catalogue';
import type { SpecificObjective } from './objective';

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

/** Why a letter passes or fails; the UI turns each code into the reason and the fix. */
export type SmartCode =
  | 's-ok' | 's-no-what' | 's-no-whom'
  | 'm-ok' | 'm-no-metric' | 'm-no-unit' | 'm-no-baseline' | 'm-no-target'
  | 'a-ok' | 'a-ok-pace-not-judged' | 'a-not-measurable' | 'a-share-out-of-range'
  | 'a-negative-target' | 'a-already-met' | 'a-perfect-share' | 'a-exceeds-market' | 'a-no-deadline' | 'a-no-time'
  | 'a-too-fast'
  | 'r-ok' | 'r-no-general' | 'r-not-linked' | 'r-no-strategy'
  | 't-ok' | 't-no-deadline' | 't-deadline-past' | 't-beyond-horizon';

export interface SmartVerdict {
  pass: boolean;
  code: SmartCode;
  params: Record<string, number | string>;
}

export type SmartCheck = Record<SmartLetter, SmartVerdict>;

export interface SmartContext {
  /** ISO date of today. */
  today: string;
  /** ISO date the plan ends; null when the plan has none, and then the horizon is not checked. */
  horizonEnd: string | null;
  /** Whether the plan's general objective has been written. */
  hasGeneralObjective: boolean;
  /** Strategies and the objectives they serve. */
  strategies: readonly { objectiveIds: readonly string[] }[];
  /** The diagnosis figures, for the checks against the data. */
  figures?: Figures;
}

/** S: a description this short does not say what changes and for whom. */
export const MIN_DESCRIPTION_WORDS = 3;

/**
 * A: the fastest plausible pace is doubling or halving within a year, measured as
 * |ln(target / baseline)| per month, so raising and lowering weigh the same (×2 and ÷2 are
 * equally far). For a share the complement counts too: retention 0.75 → 0.95 is churn
 * 0.25 → 0.05, a fivefold cut. Halving churn in three months runs at four times this pace.
 * A share of exactly 0 or 1 as target (no churn at all, every customer retained) is never
 * plausible: 'a-perfect-share'.
 */
export const MAX_LOG_CHANGE_PER_MONTH = Math.LN2 / 12;

const DAYS_PER_MONTH = 365.2425 / 12;

function verdict(pass: boolean, code: SmartCode, params: SmartVerdict['params'] = {}): SmartVerdict {
  return { pass, code, params };
}

const isNumber = (value: number | null): value is number => value !== null && Number.isFinite(value);

function isShare(objective: SpecificObjective): boolean {
  return objective.unit === '%' || (objective.metric !== 'custom' && METRIC_CATALOGUE[objective.metric].kind === 'share');
}

function checkSpecific(objective: SpecificObjective): SmartVerdict {
  const words = objective.description.trim().split(/\s+/).filter((word) => word !== '').length;
  if (words >= MIN_DESCRIPTION_WORDS) return verdict(true, 's-ok', { by: 'description' });
  const named = objective.metric !== 'custom' || (objective.customName ?? '').trim() !== '';
  if (!named) return verdict(false, 's-no-what', { minWords: MIN_DESCRIPTION_WORDS });
  if (!objective.segment) return verdict(false, 's-no-whom', { minWords: MIN_DESCRIPTION_WORDS });
  return verdict(true, 's-ok', { by: 'metric-segment' });
}

function checkMeasurable(objective: SpecificObjective): SmartVerdict {
  if (objective.metric === 'custom' && (objective.customName ?? '').trim() === '') return verdict(false, 'm-no-metric');
  if (objective.unit === null) return verdict(false, 'm-no-unit');
  if (!isNumber(objective.baseline)) return verdict(false, 'm-no-baseline');
  if (!isNumber(objective.target)) return verdict(false, 'm-no-target');
  return verdict(true, 'm-ok');
}

/** Months on the calendar: 15 Jan → 15 Apr is 3; leftover days count as fractions of an average month. */
function monthsBetween(from: EpochDay, to: EpochDay): number {
  const a = new Date(from * 86_400_000);
  const b = new Date(to * 86_400_000);
  const whole = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  return whole + (b.getUTCDate() - a.getUTCDate()) / DAYS_PER_MONTH;
}

/** Everyone the pyramid knows of, only when the user typed the market size (else null). */
function marketSize(figures: Figures): number | null {
  if (figures.pyramid_rest === undefined) return null;
  return (['pyramid_active', 'pyramid_inactive', 'pyramid_potential', 'pyramid_probable', 'pyramid_rest'] as const)
    .reduce((sum, id) => sum + Math.max(0, figures[id] ?? 0), 0);
}

/** |ln| distances from baseline to target that are defined (both sides positive). */
function logDistances(baseline: number, target: number, share: boolean): number[] {
  const distances: number[] = [];
  if (baseline > 0 && target > 0) distances.push(Math.abs(Math.log(target / baseline)));
  if (share && baseline < 1 && target < 1) distances.push(Math.abs(Math.log((1 - target) / (1 - baseline))));
  return distances;
}

/** The most ambitious target the maximum pace reaches in `months` (inverts `logDistances`). */
function plausibleTarget(baseline: number, raise: boolean, share: boolean, months: number): number {
  const reach = MAX_LOG_CHANGE_PER_MONTH * months;
  const bounds: number[] = [];
  if (baseline > 0) bounds.push(baseline * Math.exp(raise ? reach : -reach));
  if (share && baseline < 1) bounds.push(1 - (1 - baseline) * Math.exp(raise ? -reach : reach));
  return raise ? Math.min(...bounds) : Math.max(...bounds);
}

function checkAchievable(objective: SpecificObjective, context: SmartContext): SmartVerdict {
  const { baseline, target, direction } = objective;
  if (!isNumber(baseline) || !isNumber(target)) return verdict(false, 'a-not-measurable');
  const share = isShare(objective);
  if (share && (target < 0 || target > 1)) return verdict(false, 'a-share-out-of-range', { target });
  if ((objective.unit === 'customers' || objective.unit === 'periods') && target < 0) {
    return verdict(false, 'a-negative-target', { target });
  }
  const raise = direction === 'raise';
  if ((raise ? target - baseline : baseline - target) <= 0) {
    return verdict(false, 'a-already-met', { baseline, target, direction });
  }
  if (share && (target === 0 || target === 1)) return verdict(false, 'a-perfect-share', { target });
  const market = objective.unit === 'customers' && context.figures ? marketSize(context.figures) : null;
  if (market !== null && target > market) return verdict(false, 'a-exceeds-market', { target, market });

  const deadline = isoToEpochDay(objective.deadline);
  if (deadline === null) return verdict(false, 'a-no-deadline');
  // The change can only start once both the baseline is measured and the plan is running.
  const starts = [isoToEpochDay(context.today), isoToEpochDay(objective.baselineDate)].filter((d) => d !== null);
  const from = starts.length > 0 ? Math.max(...starts) : deadline;
  const months = monthsBetween(from, deadline);
  if (months <= 0) return verdict(false, 'a-no-time', { months });

  const distances = logDistances(baseline, target, share);
  if (distances.length === 0) return verdict(true, 'a-ok-pace-not-judged', { months });
  const distance = Math.max(...distances);
  const ratePerMonth = distance / months;
  if (ratePerMonth > MAX_LOG_CHANGE_PER_MONTH * (1 + 1e-9)) {
    return verdict(false, 'a-too-fast', {
      months,
      ratePerMonth,
      maxRatePerMonth: MAX_LOG_CHANGE_PER_MONTH,
      monthsNeeded: distance / MAX_LOG_CHANGE_PER_MONTH,
      plausibleTarget: plausibleTarget(baseline, raise, share, months),
    });
  }
  return verdict(true, 'a-ok', { months, ratePerMonth, maxRatePerMonth: MAX_LOG_CHANGE_PER_MONTH });
}

function checkRelevant(objective: SpecificObjective, context: SmartContext): SmartVerdict {
  if (!context.hasGeneralObjective) return verdict(false, 'r-no-general');
  if (!objective.linkedToGeneral) return verdict(false, 'r-not-linked');
  const strategies = context.strategies.filter((s) => s.objectiveIds.includes(objective.id)).length;
  if (strategies === 0) return verdict(false, 'r-no-strategy');
  return verdict(true, 'r-ok', { strategies });
}

function checkTimeBound(objective: SpecificObjective, context: SmartContext): SmartVerdict {
  const deadline = isoToEpochDay(objective.deadline);
  if (deadline === null) return verdict(false, 't-no-deadline');
  const today = isoToEpochDay(context.today);
  if (today !== null && deadline <= today) {
    return verdict(false, 't-deadline-past', { deadline: objective.deadline, today: context.today });
  }
  const horizon = context.horizonEnd === null ? null : isoToEpochDay(context.horizonEnd);
  if (horizon !== null && deadline > horizon) {
    return verdict(false, 't-beyond-horizon', { deadline: objective.deadline, horizonEnd: context.horizonEnd ?? '' });
  }
  const params: SmartVerdict['params'] = today === null ? {} : { daysLeft: deadline - today };
  if (horizon !== null) params.horizonEnd = context.horizonEnd ?? '';
  return verdict(true, 't-ok', params);
}

/** The SMART check of one specific objective, letter by letter, each with its reason code. */
export function checkSmart(objective: SpecificObjective, context: SmartContext): SmartCheck {
  return {
    S: checkSpecific(objective),
    M: checkMeasurable(objective),
    A: checkAchievable(objective, context),
    R: checkRelevant(objective, context),
    T: checkTimeBound(objective, context),
  };
}
