import { CHANNELS, STRATEGY_FAMILIES, type Channel, type Strategy, type StrategyFamily } from './strategy';
import { SEGMENT_KINDS, segmentKey, type SegmentRef, type SegmentSizes } from './segment-ref';

export interface SegmentChannelCell {
  /** Families reaching the segment through the channel, in the canonical family order. */
  families: StrategyFamily[];
  strategyIds: string[];
}

export interface SegmentChannelRow {
  segment: SegmentRef;
  /** Customers in the segment, or null where the diagnosis does not give it. */
  size: number | null;
  /** One cell per entry of `channels`, same order. */
  cells: SegmentChannelCell[];
}

export interface SegmentChannelMap {
  /** Every channel, in canonical order, so that gaps show. */
  channels: Channel[];
  rows: SegmentChannelRow[];
}

/**
 * Where the plan reaches whom: one row per segment some strategy targets (grouped by
 * segment kind, then in order of first mention), one column per channel. A strategy
 * reaches each of its segments through each of its channels. Strategies without segments
 * reach nobody in particular and are not placed.
 */
export function buildSegmentChannelMap(
  strategies: readonly Strategy[],
  sizes: SegmentSizes = {},
): SegmentChannelMap {
  const channels = [...CHANNELS];
  const rowsByKey = new Map<string, SegmentChannelRow>();
  for (const strategy of strategies) {
    for (const segment of strategy.segments) {
      const key = segmentKey(segment);
      let row = rowsByKey.get(key);
      if (!row) {
        row = {
          segment: { kind: segment.kind, key: segment.key },
          size: sizes[key] ?? null,
          cells: channels.map(() => ({ families: [], strategyIds: [] })),
        };
        rowsByKey.set(key, row);
      }
      for (const channel of new Set(strategy.channels)) {
        const cell = row.cells[channels.indexOf(channel)];
        if (!cell) continue;
        if (!cell.strategyIds.includes(strategy.id)) cell.strategyIds.push(strategy.id);
        if (!cell.families.includes(strategy.family)) {
          cell.families.push(strategy.family);
          cell.families.sort((a, b) => STRATEGY_FAMILIES.indexOf(a) - STRATEGY_FAMILIES.indexOf(b));
        }
      }
    }
  }
  const rows = [...rowsByKey.values()];
  const kindOrder = (row: SegmentChannelRow) => SEGMENT_KINDS.indexOf(row.segment.kind);
  // Array.prototype.sort is stable, so first-mention order survives within a kind.
  rows.sort((a, b) => kindOrder(a) - kindOrder(b));
  return { channels, rows };
}
