import type { Figures, MetricId } from '../metric-ids';
import { RFM_SEGMENTS } from '../metrics/rfm';
import { CUSTOMER_TYPES } from '../metrics/customer-types';
import { SEGMENT_KINDS, segmentKey, type SegmentKind, type SegmentRef, type SegmentSizes } from './segment-ref';
import { VALUE_QUADRANTS, valueQuadrantCounts } from './value-quadrants';

/** Every segment a plan can target, by kind, in the order the diagnosis shows them. */
export const SEGMENT_KEYS: Record<SegmentKind, readonly string[]> = {
  pyramid: ['active', 'inactive', 'potential', 'probable'],
  rfm: RFM_SEGMENTS,
  abc: ['A', 'B', 'C'],
  type: CUSTOMER_TYPES,
  value: VALUE_QUADRANTS,
};

/** Every segment as a reference, kinds in `SEGMENT_KINDS` order. */
export const ALL_SEGMENTS: readonly SegmentRef[] = SEGMENT_KINDS.flatMap((kind) =>
  SEGMENT_KEYS[kind].map((key) => ({ kind, key })),
);

/** The diagnosis figure that counts a segment's customers (`pyramid_active`, `rfm_at_risk`…); null for value quadrants. */
export function segmentMetric(segment: SegmentRef): MetricId | null {
  if (!SEGMENT_KEYS[segment.kind].includes(segment.key)) return null;
  switch (segment.kind) {
    case 'pyramid': return `pyramid_${segment.key}` as MetricId;
    case 'rfm': return `rfm_${segment.key.replace(/-/g, '_')}` as MetricId;
    case 'abc': return `abc_${segment.key.toLowerCase()}` as MetricId;
    case 'type': return `type_${segment.key}` as MetricId;
    case 'value': return null;
  }
}

/**
 * Customers per segment from the diagnosis: the figures for pyramid levels, RFM segments,
 * ABC classes and customer types; value quadrants counted from the per-customer values.
 * A segment the data does not give is absent.
 */
export function segmentSizes(
  figures: Figures,
  customers: readonly { clv: number | null; strategicValue: number | null }[] = [],
): SegmentSizes {
  const sizes: SegmentSizes = {};
  for (const segment of ALL_SEGMENTS) {
    const metric = segmentMetric(segment);
    const value = metric === null ? undefined : figures[metric];
    if (value !== undefined && Number.isFinite(value)) sizes[segmentKey(segment)] = value;
  }
  const quadrants = valueQuadrantCounts(customers);
  if (quadrants) {
    for (const key of VALUE_QUADRANTS) sizes[segmentKey({ kind: 'value', key })] = quadrants[key];
  }
  return sizes;
}
