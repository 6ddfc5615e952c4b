import type { MetricId } from '../metric-ids';

/**
 * How reaching an objective on a metric turns into money (METRICS.md, "Business case"):
 * value = sign · (t − b) · the product of the segment's `factors`, read left to right.
 */
export interface BusinessFormula {
  /** +1 when the value grows as the metric rises (t − b), −1 when it grows as it falls (b − t). */
  sign: 1 | -1;
  /** The segment's figures the change is multiplied by, in the order the formula reads. */
  factors: readonly MetricId[];
  /** Objectives that count the same customers (kept, won or won back): only the largest of them counts. */
  countsCustomers: boolean;
  /** How the formula reads in words (METRICS.md's "reads as"). */
  reads: 'kept' | 'won' | 'margin' | 'orders' | 'larger' | 'revenue';
}

/** No formula invents this value: the planner types it with its reasoning. */
export const TYPED_BY_PLANNER = 'typed-by-planner';

const keptCustomers = { factors: ['active_customers', 'clv_discounted'], countsCustomers: true, reads: 'kept' } as const;
const wonCustomers = { factors: ['clv_discounted'], countsCustomers: true, reads: 'won' } as const;
const typed = TYPED_BY_PLANNER;

/** Every metric an objective can have, with its formula or the planner's own figure: a new metric cannot miss it. */
export const BUSINESS_FORMULAS = {
  churn_rate: { sign: -1, ...keptCustomers },
  retention_rate: { sign: 1, ...keptCustomers },
  active_customers: { sign: 1, ...wonCustomers },
  // A pyramid level moved up: more active customers, or fewer inactive ones (won back).
  pyramid_active: { sign: 1, ...wonCustomers },
  pyramid_inactive: { sign: -1, ...wonCustomers },
  revenue_per_customer: { sign: 1, factors: ['active_customers', 'margin_rate'], countsCustomers: false, reads: 'margin' },
  margin_per_customer: { sign: 1, factors: ['active_customers'], countsCustomers: false, reads: 'margin' },
  purchase_frequency: { sign: 1, factors: ['active_customers', 'average_order_value', 'margin_rate'], countsCustomers: false, reads: 'orders' },
  average_order_value: { sign: 1, factors: ['orders', 'margin_rate'], countsCustomers: false, reads: 'larger' },
  revenue: { sign: 1, factors: ['margin_rate'], countsCustomers: false, reads: 'revenue' },
  customers_total: typed, customers_no_purchase: typed, rows_used: typed, rows_rejected: typed, active_customers_prev: typed, average_life: typed,
  orders: typed, clv_simple: typed, clv_discounted: typed,
  pyramid_potential: typed, pyramid_probable: typed, pyramid_rest: typed,
  abc_a: typed, abc_b: typed, abc_c: typed,
  type_prescriptor: typed, type_cautivo: typed, type_mercenario: typed, type_opositor: typed, type_near_border: typed,
  share_of_wallet: typed, strategic_value: typed, revenue_prev: typed, orders_prev: typed, margin_rate: typed,
  real_value: typed, churn_reasons_total: typed,
  rfm_champions: typed, rfm_loyal: typed, rfm_potential_loyalists: typed, rfm_new: typed, rfm_promising: typed,
  rfm_need_attention: typed, rfm_about_to_sleep: typed, rfm_at_risk: typed, rfm_cant_lose: typed,
  rfm_hibernating: typed, rfm_lost: typed,
  data_level_1: typed, data_level_2: typed, data_level_3: typed, data_level_4: typed, data_level_5: typed,
  duplicates: typed, rows_normalised: typed, records_initial: typed, records_final: typed,
  bgnbd_r: typed, bgnbd_alpha: typed, bgnbd_a: typed, bgnbd_b: typed, bgnbd_ll: typed,
  gg_p: typed, gg_q: typed, gg_gamma: typed, holdout_expected: typed, holdout_actual: typed,
} as const satisfies Record<MetricId, BusinessFormula | typeof TYPED_BY_PLANNER>;

/** The formula of a metric, or null when the planner types the value (a custom metric too). */
export function businessFormula(metric: MetricId | 'custom'): BusinessFormula | null {
  if (metric === 'custom') return null;
  const formula: BusinessFormula | typeof TYPED_BY_PLANNER = BUSINESS_FORMULAS[metric];
  return formula === TYPED_BY_PLANNER ? null : formula;
}
