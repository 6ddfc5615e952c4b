import * as v from 'valibot';
import { isoToEpochDay } from '../dates';
import { METRIC_IDS } from '../metric-ids';
import type { ObjectiveUnit } from '../objectives/objective';
import { finiteNumber, numberOrNull, recordId, restoreRecords, text } from '../implementation/restore-records';
import { CONTROL_RATIOS } from './control-ratios';
import type { Kpi, Measurement } from './kpi';

/** What the planner typed in the ROI calculator for one action; null = not entered. */
export interface RoiEntry {
  /** The action this return is attributed to; also the entry's key. */
  id: string;
  revenue: number | null;
  /** Gross margin share 0..1; null = the diagnosis margin rate. */
  margin: number | null;
  /** null = the action's budget. */
  cost: number | null;
}

/** Step 6 as stored in the plan's section `evaluation`. */
export interface EvaluationSection {
  kpis: Kpi[];
  roi: RoiEntry[];
}

const UNITS = ['%', 'customers', 'currency', 'number', 'periods'] as const satisfies readonly ObjectiveUnit[];

const optionalText = v.fallback(v.optional(v.pipe(v.string(), v.minLength(1))), undefined);

const measurement = v.object({
  date: v.pipe(v.string(), v.check((s) => isoToEpochDay(s) !== null)),
  value: finiteNumber,
  note: text,
});

const kpi = v.pipe(
  v.object({
    id: recordId,
    objectiveId: optionalText,
    metric: v.fallback(v.optional(v.picklist(METRIC_IDS)), undefined),
    ratio: v.fallback(v.optional(v.picklist(CONTROL_RATIOS.map((r) => r.id))), undefined),
    name: text,
    unit: v.fallback(v.nullable(v.picklist(UNITS)), null),
    baseline: numberOrNull,
    target: numberOrNull,
    direction: v.fallback(v.picklist(['raise', 'lower']), 'raise'),
    startDate: text,
    deadline: text,
    owner: text,
    measurements: v.fallback(v.array(v.unknown()), []),
  }),
  v.transform(({ objectiveId, metric, ratio, measurements, ...rest }): Kpi => {
    const kept: Measurement[] = measurements.flatMap((m) => {
      const parsed = v.safeParse(measurement, m);
      return parsed.success ? [parsed.output] : [];
    });
    // A stable sort keeps same-day entries in the order they were entered.
    kept.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return {
      ...rest,
      ...(objectiveId !== undefined && { objectiveId }),
      ...(metric !== undefined && { metric }),
      ...(ratio !== undefined && { ratio }),
      measurements: kept,
    };
  }),
);

const roiEntry = v.object({ id: recordId, revenue: numberOrNull, margin: numberOrNull, cost: numberOrNull });

/**
 * The stored section read back, never throwing: KPIs without an id are dropped; unknown
 * metrics, ratios and units are forgotten; baselines and targets that are not finite
 * numbers become null; measurements with a bad date or value are dropped and the rest
 * sorted by date.
 */
export function restoreEvaluation(raw: unknown): EvaluationSection {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return { kpis: restoreRecords(record.kpis, kpi), roi: restoreRecords(record.roi, roiEntry) };
}
