import { isoToEpochDay } from '../dates';
import type { MetricId } from '../metric-ids';
import type { Direction, ObjectiveUnit, SpecificObjective } from '../objectives/objective';
import type { ControlRatioId } from './control-ratios';

export interface Measurement {
  /** ISO date. */
  date: string;
  value: number;
  note: string;
}

/** A key performance indicator of step 6 (*evaluación y control*). */
export interface Kpi {
  id: string;
  /** The specific objective it measures, when made from one. */
  objectiveId?: string;
  /** The diagnosis figure it follows, so that a newer import can feed it. */
  metric?: MetricId;
  /** The seeds' control ratio it was made from. */
  ratio?: ControlRatioId;
  /** The user's name for it; empty when the metric or ratio names it. */
  name: string;
  unit: ObjectiveUnit | null;
  baseline: number | null;
  target: number | null;
  direction: Direction;
  /** ISO dates: progress is expected to run from `startDate` to `deadline`. */
  startDate: string;
  deadline: string;
  owner: string;
  /** Sorted by date; entries of one date in the order entered. */
  measurements: Measurement[];
}

/** The KPI of a specific objective: baseline, target, deadline and owner carried over; its clock starts at the baseline date. */
export function kpiFromObjective(objective: SpecificObjective, id: string): Kpi {
  const kpi: Kpi = {
    id,
    objectiveId: objective.id,
    name: objective.metric === 'custom' ? (objective.customName ?? '') : '',
    unit: objective.unit,
    baseline: objective.baseline,
    target: objective.target,
    direction: objective.direction,
    startDate: objective.baselineDate,
    deadline: objective.deadline,
    owner: objective.owner,
    measurements: [],
  };
  if (objective.metric !== 'custom') kpi.metric = objective.metric;
  return kpi;
}

export type MeasurementError = 'bad-date' | 'bad-value';

/** The KPI with one more measurement, kept in date order; a bad date or value is refused. */
export function addMeasurement(
  kpi: Kpi,
  measurement: Measurement,
): { ok: true; value: Kpi } | { ok: false; error: MeasurementError; field: 'date' | 'value' } {
  if (isoToEpochDay(measurement.date) === null) return { ok: false, error: 'bad-date', field: 'date' };
  if (!Number.isFinite(measurement.value)) return { ok: false, error: 'bad-value', field: 'value' };
  const after = kpi.measurements.findIndex((m) => m.date > measurement.date);
  const measurements = [...kpi.measurements];
  measurements.splice(after === -1 ? measurements.length : after, 0, { ...measurement });
  return { ok: true, value: { ...kpi, measurements } };
}

/** The most recent measurement (the last entered among those of the latest date), or null. */
export function latestMeasurement(kpi: Pick<Kpi, 'measurements'>): Measurement | null {
  let latest: Measurement | null = null;
  for (const m of kpi.measurements) if (latest === null || m.date >= latest.date) latest = m;
  return latest;
}
