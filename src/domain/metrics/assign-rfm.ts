import { PURCHASED } from './aggregate';
import type { RfmGridCounts } from './diagnosis';
import type { CustomerContext, FigureGroup } from './figure-group';
import { quintileScores, recencyScores, RFM_GRID, RFM_SEGMENTS, rfmSegment, type RfmSegment } from './rfm';
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
  const who: number[] = [];
  for (let u = 0; u < size; u++) if (agg.flags[u] & PURCHASED) who.push(u);
  if (who.length === 0) {
    out.missing(ids, { code: 'no-values' });
    return result;
  }
  const r = recencyScores(Float64Array.from(who, (u) => t - agg.lastDay[u]));
  const f = quintileScores(Float64Array.from(who, (u) => agg.orders[u]));
  const m = quintileScores(Float64Array.from(who, (u) => agg.revenue[u]));
  const grid: RfmGridCounts = {
    count: RFM_GRID.map((row) => row.map(() => 0)),
    revenue: RFM_GRID.map((row) => row.map(() => 0)),
  };
  for (const s of RFM_SEGMENTS) out.figures[RFM_SEGMENT_METRIC[s]] = 0;
  who.forEach((u, k) => {
    result.r[u] = r[k];
    result.f[u] = f[k];
    result.m[u] = m[k];
    const segment = rfmSegment(r[k], f[k]);
    result.segment[u] = segment;
    out.figures[RFM_SEGMENT_METRIC[segment]]!++;
    grid.count[r[k] - 1][f[k] - 1]++;
    grid.revenue[r[k] - 1][f[k] - 1] += agg.revenue[u];
  });
  result.grid = grid;
  return result;
}
