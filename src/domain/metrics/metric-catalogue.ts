import type { MetricId } from '../metric-ids';
import type { MetricGroupId } from '../objectives/metric-groups';
import type { Direction, ObjectiveUnit } from '../objectives/objective';
import type { FigureGroupId, FigureKind } from './figure-groups';

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

/** What an objective on the metric starts with, and where step 2's metric picker offers it. */
export interface ObjectiveFacts {
  unit: ObjectiveUnit;
  /** Which way is better: an objective raises it or lowers it. */
  direction: Direction;
  /** The picker's group and the metric's place in it (1 = first); null when the picker does not offer it. */
  picker: { group: MetricGroupId; position: number } | null;
}

/** Everything the app knows about a metric besides how it is computed and worded. */
export interface MetricFacts {
  /** How its value reads (the unit shown with it). */
  kind: FigureKind;
  /** The group of step 1's figures that shows it, on screen and in the documents; null when none does. */
  group: FigureGroupId | null;
  /** Null when no objective is set on it. */
  objective: ObjectiveFacts | null;
  /** How an objective on it is valued in the business case, or the planner's own figure. */
  business: BusinessFormula | typeof TYPED_BY_PLANNER;
}

const keptCustomers = { factors: ['active_customers', 'clv_discounted'], countsCustomers: true, reads: 'kept' } as const;
const wonCustomers = { factors: ['clv_discounted'], countsCustomers: true, reads: 'won' } as const;
const typed = TYPED_BY_PLANNER;

/**
 * Every metric and its facts, in the order step 1 shows its figures. A new metric id does not
 * compile until it has its entry here (then its function and its words: README, "Adding a metric").
 */
export const METRIC_CATALOGUE: Readonly<Record<MetricId, MetricFacts>> = {
  customers_total: { kind: 'count', group: 'base', objective: { unit: 'customers', direction: 'raise', picker: { group: 'customers', position: 2 } }, business: typed },
  rows_used: { kind: 'count', group: 'base', objective: null, business: typed },
  rows_rejected: { kind: 'count', group: 'base', objective: null, business: typed },

  active_customers: {
    kind: 'count', group: 'loyalty', business: { sign: 1, ...wonCustomers },
    objective: { unit: 'customers', direction: 'raise', picker: { group: 'customers', position: 1 } },
  },
  active_customers_prev: { kind: 'count', group: 'loyalty', objective: null, business: typed },
  churn_rate: {
    kind: 'share', group: 'loyalty', business: { sign: -1, ...keptCustomers },
    objective: { unit: '%', direction: 'lower', picker: { group: 'loyalty', position: 1 } },
  },
  retention_rate: {
    kind: 'share', group: 'loyalty', business: { sign: 1, ...keptCustomers },
    objective: { unit: '%', direction: 'raise', picker: { group: 'loyalty', position: 2 } },
  },
  average_life: { kind: 'periods', group: 'loyalty', objective: { unit: 'periods', direction: 'raise', picker: { group: 'loyalty', position: 3 } }, business: typed },

  revenue: {
    kind: 'money', group: 'value', business: { sign: 1, factors: ['margin_rate'], countsCustomers: false, reads: 'revenue' },
    objective: { unit: 'currency', direction: 'raise', picker: { group: 'value', position: 4 } },
  },
  orders: { kind: 'count', group: 'value', objective: { unit: 'number', direction: 'raise', picker: { group: 'value', position: 5 } }, business: typed },
  revenue_per_customer: {
    kind: 'money', group: 'value', business: { sign: 1, factors: ['active_customers', 'margin_rate'], countsCustomers: false, reads: 'margin' },
    objective: { unit: 'currency', direction: 'raise', picker: { group: 'value', position: 6 } },
  },
  average_order_value: {
    kind: 'money', group: 'value', business: { sign: 1, factors: ['orders', 'margin_rate'], countsCustomers: false, reads: 'larger' },
    objective: { unit: 'currency', direction: 'raise', picker: { group: 'value', position: 7 } },
  },
  purchase_frequency: {
    kind: 'number', group: 'value',
    business: { sign: 1, factors: ['active_customers', 'average_order_value', 'margin_rate'], countsCustomers: false, reads: 'orders' },
    objective: { unit: 'number', direction: 'raise', picker: { group: 'value', position: 8 } },
  },
  margin_rate: { kind: 'share', group: 'value', objective: { unit: '%', direction: 'raise', picker: { group: 'value', position: 10 } }, business: typed },
  margin_per_customer: {
    kind: 'money', group: 'value', business: { sign: 1, factors: ['active_customers'], countsCustomers: false, reads: 'margin' },
    objective: { unit: 'currency', direction: 'raise', picker: { group: 'value', position: 9 } },
  },
  clv_simple: { kind: 'money', group: 'value', objective: { unit: 'currency', direction: 'raise', picker: { group: 'value', position: 1 } }, business: typed },
  clv_discounted: { kind: 'money', group: 'value', objective: { unit: 'currency', direction: 'raise', picker: { group: 'value', position: 2 } }, business: typed },

  // A pyramid level moved up: more active customers, or fewer inactive ones (won back).
  pyramid_active: { kind: 'count', group: 'pyramid', objective: { unit: 'customers', direction: 'raise', picker: null }, business: { sign: 1, ...wonCustomers } },
  pyramid_inactive: {
    kind: 'count', group: 'pyramid', business: { sign: -1, ...wonCustomers },
    objective: { unit: 'customers', direction: 'lower', picker: { group: 'customers', position: 3 } },
  },
  pyramid_potential: { kind: 'count', group: 'pyramid', objective: { unit: 'customers', direction: 'raise', picker: { group: 'customers', position: 4 } }, business: typed },
  pyramid_probable: { kind: 'count', group: 'pyramid', objective: { unit: 'customers', direction: 'raise', picker: { group: 'customers', position: 5 } }, business: typed },
  customers_no_purchase: { kind: 'count', group: 'pyramid', objective: null, business: typed },
  pyramid_rest: { kind: 'count', group: 'pyramid', objective: null, business: typed },

  abc_a: { kind: 'count', group: 'segments', objective: { unit: 'customers', direction: 'raise', picker: { group: 'customers', position: 6 } }, business: typed },
  abc_b: { kind: 'count', group: 'segments', objective: null, business: typed },
  abc_c: { kind: 'count', group: 'segments', objective: null, business: typed },
  type_prescriptor: { kind: 'count', group: 'segments', objective: { unit: 'customers', direction: 'raise', picker: { group: 'types', position: 1 } }, business: typed },
  type_cautivo: { kind: 'count', group: 'segments', objective: { unit: 'customers', direction: 'lower', picker: { group: 'types', position: 2 } }, business: typed },
  type_mercenario: { kind: 'count', group: 'segments', objective: { unit: 'customers', direction: 'lower', picker: { group: 'types', position: 3 } }, business: typed },
  type_opositor: { kind: 'count', group: 'segments', objective: { unit: 'customers', direction: 'lower', picker: { group: 'types', position: 4 } }, business: typed },
  type_near_border: { kind: 'count', group: 'segments', objective: null, business: typed },

  real_value: { kind: 'money', group: 'wallet', objective: { unit: 'currency', direction: 'raise', picker: { group: 'value', position: 11 } }, business: typed },
  strategic_value: { kind: 'money', group: 'wallet', objective: null, business: typed },
  share_of_wallet: { kind: 'share', group: 'wallet', objective: { unit: '%', direction: 'raise', picker: { group: 'value', position: 3 } }, business: typed },
  churn_reasons_total: { kind: 'count', group: 'wallet', objective: null, business: typed },

  // Not among step 1's figures: the previous period, the RFM segments, the data levels, the
  // cleaning of the base and the predictive models (each shown by its own chart or panel).
  revenue_prev: { kind: 'money', group: null, objective: null, business: typed },
  orders_prev: { kind: 'count', group: null, objective: null, business: typed },
  rfm_champions: { kind: 'count', group: null, objective: { unit: 'customers', direction: 'raise', picker: { group: 'rfm', position: 1 } }, business: typed },
  rfm_loyal: { kind: 'count', group: null, objective: { unit: 'customers', direction: 'raise', picker: { group: 'rfm', position: 2 } }, business: typed },
  rfm_potential_loyalists: { kind: 'count', group: null, objective: { unit: 'customers', direction: 'raise', picker: { group: 'rfm', position: 3 } }, business: typed },
  rfm_new: { kind: 'count', group: null, objective: null, business: typed },
  rfm_promising: { kind: 'count', group: null, objective: null, business: typed },
  rfm_need_attention: { kind: 'count', group: null, objective: { unit: 'customers', direction: 'lower', picker: { group: 'rfm', position: 4 } }, business: typed },
  rfm_about_to_sleep: { kind: 'count', group: null, objective: { unit: 'customers', direction: 'lower', picker: { group: 'rfm', position: 5 } }, business: typed },
  rfm_at_risk: { kind: 'count', group: null, objective: { unit: 'customers', direction: 'lower', picker: { group: 'rfm', position: 6 } }, business: typed },
  rfm_cant_lose: { kind: 'count', group: null, objective: { unit: 'customers', direction: 'lower', picker: { group: 'rfm', position: 7 } }, business: typed },
  rfm_hibernating: { kind: 'count', group: null, objective: { unit: 'customers', direction: 'lower', picker: { group: 'rfm', position: 8 } }, business: typed },
  rfm_lost: { kind: 'count', group: null, objective: { unit: 'customers', direction: 'lower', picker: { group: 'rfm', position: 9 } }, business: typed },
  data_level_1: { kind: 'count', group: null, objective: { unit: 'customers', direction: 'raise', picker: { group: 'data', position: 2 } }, business: typed },
  data_level_2: { kind: 'count', group: null, objective: { unit: 'customers', direction: 'raise', picker: { group: 'data', position: 3 } }, business: typed },
  data_level_3: { kind: 'count', group: null, objective: { unit: 'customers', direction: 'raise', picker: { group: 'data', position: 1 } }, business: typed },
  data_level_4: { kind: 'count', group: null, objective: { unit: 'customers', direction: 'raise', picker: { group: 'data', position: 4 } }, business: typed },
  data_level_5: { kind: 'count', group: null, objective: { unit: 'customers', direction: 'raise', picker: { group: 'data', position: 5 } }, business: typed },
  duplicates: { kind: 'count', group: null, objective: { unit: 'number', direction: 'lower', picker: { group: 'data', position: 6 } }, business: typed },
  rows_normalised: { kind: 'count', group: null, objective: null, business: typed },
  records_initial: { kind: 'count', group: null, objective: null, business: typed },
  records_final: { kind: 'count', group: null, objective: null, business: typed },
  bgnbd_r: { kind: 'number', group: null, objective: null, business: typed },
  bgnbd_alpha: { kind: 'number', group: null, objective: null, business: typed },
  bgnbd_a: { kind: 'number', group: null, objective: null, business: typed },
  bgnbd_b: { kind: 'number', group: null, objective: null, business: typed },
  bgnbd_ll: { kind: 'number', group: null, objective: null, business: typed },
  gg_p: { kind: 'number', group: null, objective: null, business: typed },
  gg_q: { kind: 'number', group: null, objective: null, business: typed },
  gg_gamma: { kind: 'number', group: null, objective: null, business: typed },
  holdout_expected: { kind: 'number', group: null, objective: null, business: typed },
  holdout_actual: { kind: 'number', group: null, objective: null, business: typed },
};
