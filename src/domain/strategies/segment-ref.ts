/** Which segmentation of the diagnosis a segment comes from. */
export type SegmentKind = 'pyramid' | 'rfm' | 'abc' | 'type' | 'value';

/**
 * A segment picked from the diagnosis, e.g. `{ kind: 'pyramid', key: 'inactive' }`,
 * `{ kind: 'abc', key: 'a' }`, `{ kind: 'type', key: 'opositor' }`. Keys are those the
 * diagnosis engine uses for its per-segment counts.
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
