import type { Figures, MetricId } from '../metric-ids';
import { addMeasurement, type Kpi, type Measurement } from './kpi';

export interface MeasurementProposal {
  kpiId: string;
  metric: MetricId;
  measurement: Measurement;
  /** The KPI's frozen baseline, to show the new figure against. */
  baseline: number | null;
}

/**
 * Before/after: the figures of a newer import offered as measurements of the KPIs that
 * follow them, dated `date` (the new diagnosis's cut-off date). Not offered: a figure dated
 * on or before the KPI's start (that is the baseline itself, not an "after"), and one a KPI
 * already holds with the same value on that date.
 */
export function measurementsFromFigures(kpis: readonly Kpi[], figures: Figures, date: string): MeasurementProposal[] {
  return kpis.flatMap((kpi) => {
    if (kpi.metric === undefined) return [];
    const value = figures[kpi.metric];
    if (value === undefined || !Number.isFinite(value)) return [];
    if (kpi.startDate !== '' && date <= kpi.startDate) return [];
    if (kpi.measurements.some((m) => m.date === date && m.value === value)) return [];
    return [{ kpiId: kpi.id, metric: kpi.metric, measurement: { date, value, note: '' }, baseline: kpi.baseline }];
  });
}

/**
 * The KPIs with each proposal of `measurementsFromFigures` recorded as a measurement
 * (with `note`), and the proposals that were recorded. A bad `date` records nothing.
 */
export function recordFigureMeasurements(
  kpis: readonly Kpi[],
  figures: Figures,
  date: string,
  note = '',
): { kpis: Kpi[]; recorded: MeasurementProposal[] } {
  const recorded: MeasurementProposal[] = [];
  const byKpi = new Map(measurementsFromFigures(kpis, figures, date).map((p) => [p.kpiId, p]));
  const updated = kpis.map((kpi) => {
    const proposal = byKpi.get(kpi.id);
    if (!proposal) return kpi;
    const added = addMeasurement(kpi, { ...proposal.measurement, note });
    if (!added.ok) return kpi;
    recorded.push({ ...proposal, measurement: { ...proposal.measurement, note } });
    return added.value;
  });
  return { kpis: updated, recorded };
}
