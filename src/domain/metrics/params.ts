import type { EpochDay } from '../dates';

/** Where the churn rate comes from: `auto` tries transactions, then the customers file, then the typed rate. */
export type ChurnSource = 'auto' | 'transactions' | 'customers' | 'manual';

export type CohortUnit = 'month' | 'quarter';

/** The analysis parameters the user sees and can change (METRICS.md, "Parameters"). */
export interface AnalysisParams {
  /** T, the analysis date; null = the latest transaction date in the data. */
  analysisDate: EpochDay | null;
  /** P, the period length in calendar months. */
  periodMonths: number;
  /** m, the gross margin share; null = from the margin column where there is one, else 0.30. */
  margin: number | null;
  /** d, the discount rate per period. */
  discountRate: number;
  /** Cumulative value shares that close classes A and B. */
  abcThresholds: readonly [number, number];
  /** A satisfaction score is high when it is at least this share of the scale's maximum. */
  satisfactionHighShare: number;
  /** Maximum of the satisfaction scale; null = inferred from the values (5, 7, 10, 100…). */
  satisfactionScaleMax: number | null;
  cohortUnit: CohortUnit;
  /** Size of the market (people), for the pyramid's *resto del mundo*. */
  marketSize: number | null;
  /** Prospects typed by the user; overrides a count from a status column. */
  probables: number | null;
  /** Churn rate typed by the user, used when the data cannot give one or when chosen. */
  manualChurn: number | null;
  churnSource: ChurnSource;
}

export const DEFAULT_MARGIN = 0.3;

export const DEFAULT_PARAMS: AnalysisParams = {
  analysisDate: null,
  periodMonths: 12,
  margin: null,
  discountRate: 0.1,
  abcThresholds: [0.8, 0.95],
  satisfactionHighShare: 0.7,
  satisfactionScaleMax: null,
  cohortUnit: 'month',
  marketSize: null,
  probables: null,
  manualChurn: null,
  churnSource: 'auto',
};

export const MAX_PERIOD_MONTHS = 120;

export type ParamErrorCode = 'not-a-number' | 'not-an-integer' | 'out-of-range' | 'not-ordered' | 'unknown-option';

export interface ParamError {
  field: keyof AnalysisParams;
  code: ParamErrorCode;
}

export type ParamsResult = { ok: true; value: AnalysisParams } | { ok: false; error: ParamError[] };

type Check = (value: unknown) => ParamErrorCode | null;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function numberIn(min: number, max: number, opts: { integer?: boolean; nullable?: boolean; minExclusive?: boolean } = {}): Check {
  return (v) => {
    if (v === null && opts.nullable) return null;
    if (!isNumber(v)) return 'not-a-number';
    if (opts.integer && !Number.isInteger(v)) return 'not-an-integer';
    if (v < min || v > max || (opts.minExclusive && v === min)) return 'out-of-range';
    return null;
  };
}

const oneOf = (options: readonly string[]): Check => (v) =>
  typeof v === 'string' && options.includes(v) ? null : 'unknown-option';

const CHECKS: Record<keyof AnalysisParams, Check> = {
  analysisDate: numberIn(-1e7, 1e7, { integer: true, nullable: true }),
  periodMonths: numberIn(1, MAX_PERIOD_MONTHS, { integer: true }),
  margin: numberIn(0, 1, { nullable: true }),
  discountRate: numberIn(0, 1),
  abcThresholds: (v) => {
    if (!Array.isArray(v) || v.length !== 2 || !isNumber(v[0]) || !isNumber(v[1])) return 'not-a-number';
    if (v[0] <= 0 || v[1] > 1) return 'out-of-range';
    return v[0] < v[1] ? null : 'not-ordered';
  },
  satisfactionHighShare: numberIn(0, 1, { minExclusive: true }),
  satisfactionScaleMax: numberIn(0, Number.MAX_VALUE, { nullable: true, minExclusive: true }),
  cohortUnit: oneOf(['month', 'quarter']),
  marketSize: numberIn(0, Number.MAX_VALUE, { nullable: true }),
  probables: numberIn(0, Number.MAX_SAFE_INTEGER, { integer: true, nullable: true }),
  manualChurn: numberIn(0, 1, { nullable: true }),
  churnSource: oneOf(['auto', 'transactions', 'customers', 'manual']),
};

/** Checks every field; the error lists each field at fault with a code the UI translates. */
export function validateParams(params: AnalysisParams): ParamsResult {
  const error: ParamError[] = [];
  for (const field of Object.keys(CHECKS) as (keyof AnalysisParams)[]) {
    const code = CHECKS[field](params[field]);
    if (code) error.push({ field, code });
  }
  return error.length ? { ok: false, error } : { ok: true, value: params };
}

/** The params with every invalid field replaced by its default, and the fields replaced. */
export function sanitizeParams(params: AnalysisParams): { params: AnalysisParams; replaced: (keyof AnalysisParams)[] } {
  const result = validateParams(params);
  if (result.ok) return { params, replaced: [] };
  const fixed: Record<string, unknown> = { ...params };
  for (const { field } of result.error) fixed[field] = DEFAULT_PARAMS[field];
  return { params: fixed as unknown as AnalysisParams, replaced: result.error.map((e) => e.field) };
}
