import { METRIC_IDS, type MetricId } from '../metric-ids';
import { METRIC_CATALOGUE } from '../metrics/metric-catalogue';

/** The groups of step 2's metric picker, in its order. */
export const METRIC_GROUP_IDS = ['loyalty', 'customers', 'value', 'types', 'rfm', 'data'] as const;

export type MetricGroupId = (typeof METRIC_GROUP_IDS)[number];

function offeredIn(group: MetricGroupId): MetricId[] {
  const places = METRIC_IDS.flatMap((id) => {
    const picker = METRIC_CATALOGUE[id].objective?.picker;
    return picker?.group === group ? [{ id, position: picker.position }] : [];
  });
  return places.sort((a, b) => a.position - b.position).map((place) => place.id);
}

/** The diagnosis figures an objective can be about, grouped as the metric picker shows them. */
export const METRIC_GROUPS: readonly { group: MetricGroupId; metrics: readonly MetricId[] }[] =
  METRIC_GROUP_IDS.map((group) => ({ group, metrics: offeredIn(group) }));
