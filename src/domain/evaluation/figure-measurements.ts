import type { Figures, MetricId } from '../metric-ids';
import type { Kpi, Measurement } from './kpi';

export interface MeasurementProposal {
  kpiId: string;
  metric: MetricId;
  measurement: Measurement;
  /** The KPI's frozen baseline, to show the new figure against. */
  baseline: number | null;
}

/**
 * Before/after: the figures of a newer import offered as measurements of the KPIs that
 * follow them, dated `date` (the new diagnosis's cut-off date). A KPI that already holds
 * the same value on that date is not offered it again.
 */
export function measurementsFromFigures(kpis: readonly Kpi[], figures: Figures, date: string): MeasurementProposal[] {
  return kpis.flatMap((kpi) => {
    if (kpi.metric === undefined) return [];
    const value = figures[kpi.metric];
    if (value === undefined || !Number.isFinite(value)) return [];
    if (kpi.measurements.some((m) => m.date === date && m.value === value)) return [];
    return [{ kpiId: kpi.id, metric: kpi.metric, measurement: { date, value, note: '' }, baseline: kpi.baseline }];
  });
}
