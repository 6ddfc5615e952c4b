import { PURCHASED } from './aggregate';
import type { RfmGridCounts } from './diagnosis';
import type { CustomerContext, FigureGroup } from './figure-group';
import { quintileScores, recencyScores, RFM_GRID, RFM_SEGMENTS, type RfmSegment } from './rfm';
import type { MetricId } from '../metric-ids';

export const RFM_SEGMENT_METRIC: Readonly<Record<RfmSegment, MetricId>> = {
  champions: 'rfm_champions',
  loyal: 'rfm_loyal',
  'potential-loyalists': 'rfm_potential_loyalists',
  new: 'rfm_new',
  promising: 'rfm_promising',
  'need-attention': 'rfm_need_attention',
  'about-to-sleep': 'rfm_about_to_sleep',
  'at-risk': 'rfm_at_risk',
  'cant-lose': 'rfm_cant_lose',
  hibernating: 'rfm_hibernating',
  lost: 'rfm_lost',
};

export interface RfmAssignment {
  /** Scores 1–5 per customer; 0 for people without a purchase up to T. */
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  segment: (RfmSegment | null)[];
  grid: RfmGridCounts | null;
}

/** RFM over the customers with a purchase up to T: R = T − last purchase, F = orders, M = revenue. */
export function assignRfm(ctx: CustomerContext, out: FigureGroup): RfmAssignment {
  const { agg, t, size } = ctx;
  const result: RfmAssignment = {
    r: new Uint8Array(size), f: new Uint8Array(size), m: new Uint8Array(size),
    segment: new Array<RfmSegment | null>(size).fill(null), grid: null,
  };
  const ids = RFM_SEGMENTS.map((s) => RFM_SEGMENT_METRIC[s]);
  if (!agg || t === null) {
    out.missing(ids, { code: 'needs-dataset', dataset: 'transactions' });
    return result;
  }
  const purchasedFlag = PURCHASED;
  const who: number[] = [];
  for (let u = 0; u < size; u++) if (agg.flags[u] & purchasedFlag) who.push(u);
  const n = who.length;
  if (n === 0) {
    out.missing(ids, { code: 'no-values' });
    return result;
  }
  const recency = new Float64Array(n);
  const frequency = new Float64Array(n);
  const monetary = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const u = who[k];
    recency[k] = t - agg.lastDay[u];
    frequency[k] = agg.orders[u];
    monetary[k] = agg.revenue[u];
  }
  const r = recencyScores(recency);
  const f = quintileScores(frequency);
  const m = quintileScores(monetary);
  const grid: RfmGridCounts = {
    count: RFM_GRID.map((row) => row.map(() => 0)),
    revenue: RFM_GRID.map((row) => row.map(() => 0)),
  };
  const segmentCounts = new Map<RfmSegment, number>(RFM_SEGMENTS.map((s) => [s, 0]));
  for (let k = 0; k < n; k++) {
    const u = who[k];
    result.r[u] = r[k];
    result.f[u] = f[k];
    result.m[u] = m[k];
    const segment = RFM_GRID[r[k] - 1][f[k] - 1];
    result.segment[u] = segment;
    segmentCounts.set(segment, segmentCounts.get(segment)! + 1);
    grid.count[r[k] - 1][f[k] - 1]++;
    grid.revenue[r[k] - 1][f[k] - 1] += monetary[k];
  }
  for (const [segment, count] of segmentCounts) out.figures[RFM_SEGMENT_METRIC[segment]] = count;
  result.grid = grid;
  return result;
}
