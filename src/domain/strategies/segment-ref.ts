/** Which segmentation of the diagnosis a segment comes from. */
export type SegmentKind = 'pyramid' | 'rfm' | 'abc' | 'type' | 'value';

/**
 * A segment picked from the diagnosis, e.g. `{ kind: 'pyramid', key: 'inactive' }`,
 * `{ kind: 'rfm', key: 'at-risk' }`, `{ kind: 'abc', key: 'A' }`, `{ kind: 'type', key: 'opositor' }`:
 * keys as the metrics engine names its levels, segments, classes and types.
 */
export interface SegmentRef {
  kind: SegmentKind;
  key: string;
}

export const SEGMENT_KINDS: readonly SegmentKind[] = ['pyramid', 'rfm', 'abc', 'type', 'value'];

/** One string per segment (`pyramid:inactive`), to key maps and compare refs. */
export function segmentKey(segment: SegmentRef): string {
  return `${segment.kind}:${segment.key}`;
}

/** Customers per segment, keyed by `segmentKey`; a segment the data does not give is absent. */
export type SegmentSizes = Partial<Record<string, number>>;
