import type { MetricId } from '../metric-ids';
import { METRIC_CATALOGUE, TYPED_BY_PLANNER, type BusinessFormula } from '../metrics/metric-catalogue';

/** The formula of a metric, or null when the planner types the value (a custom metric too). */
export function businessFormula(metric: MetricId | 'custom'): BusinessFormula | null {
  if (metric === 'custom') return null;
  const formula = METRIC_CATALOGUE[metric].business;
  return formula === TYPED_BY_PLANNER ? null : formula;
}
