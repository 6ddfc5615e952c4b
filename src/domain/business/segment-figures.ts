import type { Figures, MetricId } from '../metric-ids';
import { averageLife, churnFromPeriods, retentionRate } from '../metrics/churn';
import { clvDiscounted, clvSimple } from '../metrics/clv';
import type { CustomerResult, Diagnosis } from '../metrics/diagnosis';
import { averageOrderValue, marginPerCustomer, purchaseFrequency, revenuePerCustomer } from '../metrics/revenue-figures';
import type { SegmentRef } from '../strategies/segment-ref';
import { ALL_SEGMENTS, segmentMetric } from '../strategies/segment-sizes';
import { valueQuadrantsOf } from '../strategies/value-quadrants';

type SegmentDiagnosis = Pick<Diagnosis, 'figures' | 'customers' | 'notes' | 'params'>;

/** Whether each customer belongs to the segment, in the diagnosis' customer order. */
function members(diagnosis: SegmentDiagnosis, segment: SegmentRef): boolean[] {
  const { customers } = diagnosis;
  switch (segment.kind) {
    case 'pyramid': return customers.map((c) => c.pyramid === segment.key);
    case 'rfm': return customers.map((c) => c.segment === segment.key);
    case 'abc': return customers.map((c) => c.abc === segment.key);
    case 'type': return customers.map((c) => c.type === segment.key);
    case 'value': return valueQuadrantsOf(customers).map((q) => q === segment.key);
  }
}

/** Where a segment's churn comes from: its own two periods, or the whole base's rate (churn typed or from a customers file). */
export type SegmentChurnSource = 'segment' | 'base';

export interface SegmentFigures {
  figures: Figures;
  churnSource: SegmentChurnSource;
}

const put = (figures: Figures, metric: MetricId, value: number | null) => {
  if (value !== null && Number.isFinite(value)) figures[metric] = value;
};

/**
 * The diagnosis figures of one segment's own customers (METRICS.md definitions applied to
 * them): A1, A2, churn and retention from the two periods, revenue, orders, v, AOV,
 * frequency, M = m · v, both CLVs, mean share of wallet, and the segment's customers in
 * each pyramid level, ABC class, customer type and RFM segment. The margin share m and the
 * discount rate are the plan's. When the diagnosis' churn does not come from the
 * transactions (it was typed, or read from a customers file), the whole base's rate is used.
 * A figure the segment's data do not give is absent; `customers_total` is 0 for an empty segment.
 */
export function segmentFigures(diagnosis: SegmentDiagnosis, segment: SegmentRef): SegmentFigures {
  const inSegment = members(diagnosis, segment);
  const chosen: CustomerResult[] = diagnosis.customers.filter((_, u) => inSegment[u]);
  const base = diagnosis.figures;
  const figures: Figures = { customers_total: chosen.length };
  let active = 0, previous = 0, retained = 0, revenue = 0, orders = 0, shareSum = 0, shares = 0;
  for (const c of chosen) {
    const isActive = c.currentOrders > 0;
    if (isActive) active++;
    if (c.activePrevious) previous++;
    if (isActive && c.activePrevious) retained++;
    revenue += c.currentRevenue;
    orders += c.currentOrders;
    if (c.shareOfWallet !== null && Number.isFinite(c.shareOfWallet)) {
      shareSum += c.shareOfWallet;
      shares++;
    }
  }
  const fromTransactions = diagnosis.notes.some((n) => n.code === 'churn-source' && n.source === 'transactions');
  const churnSource: SegmentChurnSource = fromTransactions ? 'segment' : 'base';
  const churn = fromTransactions ? churnFromPeriods(previous, retained) : (base.churn_rate ?? null);
  const margin = base.margin_rate ?? null;

  if (base.active_customers !== undefined) {
    Object.assign(figures, { active_customers: active, active_customers_prev: previous, revenue, orders });
    const v = revenuePerCustomer(revenue, active);
    put(figures, 'revenue_per_customer', v);
    put(figures, 'average_order_value', averageOrderValue(revenue, orders));
    put(figures, 'purchase_frequency', purchaseFrequency(orders, active));
    const m = v === null || margin === null ? null : marginPerCustomer(margin, v);
    put(figures, 'margin_per_customer', m);
    if (m !== null && churn !== null) {
      put(figures, 'clv_simple', clvSimple(m, churn));
      put(figures, 'clv_discounted', clvDiscounted(m, churn, diagnosis.params.discountRate));
    }
  }
  if (churn !== null) {
    put(figures, 'churn_rate', churn);
    put(figures, 'retention_rate', retentionRate(churn));
    put(figures, 'average_life', averageLife(churn));
  }
  put(figures, 'margin_rate', margin);
  if (base.share_of_wallet !== undefined) put(figures, 'share_of_wallet', shares > 0 ? shareSum / shares : null);
  countMembers(figures, base, chosen);
  return { figures, churnSource };
}

/** The segment's customers in each level, class, type and RFM segment whose count the diagnosis gives (its own opositores, class A…). */
function countMembers(figures: Figures, base: Figures, chosen: readonly CustomerResult[]) {
  for (const other of ALL_SEGMENTS) {
    const metric = segmentMetric(other);
    if (metric !== null && base[metric] !== undefined) figures[metric] = 0;
  }
  const add = (segment: SegmentRef) => {
    const metric = segmentMetric(segment);
    if (metric !== null && figures[metric] !== undefined) figures[metric]! += 1;
  };
  for (const c of chosen) {
    if (c.pyramid) add({ kind: 'pyramid', key: c.pyramid });
    if (c.segment) add({ kind: 'rfm', key: c.segment });
    if (c.abc) add({ kind: 'abc', key: c.abc });
    if (c.type) add({ kind: 'type', key: c.type });
  }
}
