import { isoToEpochDay } from '../dates';
import { latestMeasurement, type Kpi, type Measurement } from './kpi';

export type ProgressError = 'no-baseline' | 'no-target' | 'no-value' | 'target-equals-baseline';

const isNumber = (value: number | null): value is number => value !== null && Number.isFinite(value);

/**
 * Share of the way from baseline to target: (current − baseline) / (target − baseline).
 * Right for falling targets too (churn 0.25 → 0.20 at 0.22 is 0.6) and for a zero baseline.
 * Not clamped: below 0 is moving away from the target, above 1 is beyond it.
 * Target equal to baseline has no way to go: 'target-equals-baseline'.
 */
export function progress(
  baseline: number | null,
  target: number | null,
  current: number | null,
): { ok: true; value: number } | { ok: false; error: ProgressError } {
  if (!isNumber(baseline)) return { ok: false, error: 'no-baseline' };
  if (!isNumber(target)) return { ok: false, error: 'no-target' };
  if (!isNumber(current)) return { ok: false, error: 'no-value' };
  if (target === baseline) return { ok: false, error: 'target-equals-baseline' };
  return { ok: true, value: (current - baseline) / (target - baseline) };
}

export type KpiStatus = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-data';

export type KpiStatusReason =
  | 'measured' | 'no-measurements' | 'no-baseline' | 'no-target' | 'target-equals-baseline' | 'bad-dates';

export interface KpiStatusResult {
  status: KpiStatus;
  reason: KpiStatusReason;
  /** Progress of the latest measurement, or null. */
  progress: number | null;
  /** Share of the time from start to deadline elapsed at the latest measurement (0..1), or null. */
  expected: number | null;
  /** Today is after the deadline. */
  pastDeadline: boolean;
  latest: Measurement | null;
}

/**
 * Status thresholds, in progress units (shares of the way to the target): a KPI is on track
 * while its progress lags the share of time elapsed by at most 0.10, at risk up to 0.25,
 * off track beyond. Half-way through the time, progress 0.45 is on track, 0.30 at risk,
 * 0.20 off track.
 */
export const ON_TRACK_LAG = 0.1;
export const AT_RISK_LAG = 0.25;

/** Float slack so that a value equal to the target counts as achieved. */
const EPSILON = 1e-9;

/**
 * The traffic light of a KPI: its latest measurement's progress against the share of time
 * elapsed on that measurement's date. Progress ≥ 1 is achieved. Past the deadline, anything
 * not achieved is off track. No measurement, baseline or target, or target = baseline: no data.
 */
export function kpiStatus(kpi: Kpi, today: string): KpiStatusResult {
  const latest = latestMeasurement(kpi);
  const deadline = isoToEpochDay(kpi.deadline);
  const now = isoToEpochDay(today);
  const pastDeadline = deadline !== null && now !== null && now > deadline;
  const result = (status: KpiStatus, reason: KpiStatusReason, p: number | null = null, expected: number | null = null) =>
    ({ status, reason, progress: p, expected, pastDeadline, latest });
  if (latest === null) return result('no-data', 'no-measurements');
  const measured = progress(kpi.baseline, kpi.target, latest.value);
  if (!measured.ok) return result('no-data', measured.error === 'no-value' ? 'no-measurements' : measured.error);
  const p = measured.value;
  const start = isoToEpochDay(kpi.startDate);
  const at = isoToEpochDay(latest.date);
  const expected = start === null || deadline === null || at === null || deadline <= start
    ? null
    : Math.min(1, Math.max(0, (at - start) / (deadline - start)));
  if (p >= 1 - EPSILON) return result('achieved', 'measured', p, expected);
  if (pastDeadline) return result('off-track', 'measured', p, expected);
  if (expected === null) return result('no-data', 'bad-dates', p, null);
  const lag = expected - p;
  const status = lag <= ON_TRACK_LAG + EPSILON ? 'on-track' : lag <= AT_RISK_LAG + EPSILON ? 'at-risk' : 'off-track';
  return result(status, 'measured', p, expected);
}
