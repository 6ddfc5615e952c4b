/**
 * The ids every figure carries on screen (`data-metric`), in tests and in the PDF.
 * Defined in shared/spec/METRICS.md, "Ids in the app"; figures the spec lacks follow the same style.
 */
export const METRIC_IDS = [
  'customers_total', 'customers_no_purchase', 'rows_used', 'rows_rejected',
  'active_customers', 'active_customers_prev',
  'churn_rate', 'retention_rate', 'average_life',
  'revenue', 'orders',
  'revenue_per_customer', 'average_order_value', 'purchase_frequency',
  'margin_per_customer', 'clv_simple', 'clv_discounted',
  'pyramid_active', 'pyramid_inactive', 'pyramid_potential', 'pyramid_probable', 'pyramid_rest',
  'abc_a', 'abc_b', 'abc_c',
  'type_prescriptor', 'type_cautivo', 'type_mercenario', 'type_opositor', 'type_near_border',
  'share_of_wallet', 'strategic_value',
  'revenue_prev', 'orders_prev', 'margin_rate', 'real_value', 'churn_reasons_total',
  'rfm_champions', 'rfm_loyal', 'rfm_potential_loyalists', 'rfm_new', 'rfm_promising',
  'rfm_need_attention', 'rfm_about_to_sleep', 'rfm_at_risk', 'rfm_cant_lose',
  'rfm_hibernating', 'rfm_lost',
  'data_level_1', 'data_level_2', 'data_level_3', 'data_level_4', 'data_level_5',
  'duplicates', 'rows_normalised', 'records_initial', 'records_final',
  'bgnbd_r', 'bgnbd_alpha', 'bgnbd_a', 'bgnbd_b', 'bgnbd_ll',
  'gg_p', 'gg_q', 'gg_gamma',
  'holdout_expected', 'holdout_actual',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

/** A set of figures by id; a figure the data does not allow is absent. */
export type Figures = Partial<Record<MetricId, number>>;
