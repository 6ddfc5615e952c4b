import type { MetricId } from '../../domain/metric-ids';

/** The diagnosis figures an objective can be about, grouped as the metric picker shows them. */
export const METRIC_GROUPS: readonly { group: string; metrics: readonly MetricId[] }[] = [
  { group: 'loyalty', metrics: ['churn_rate', 'retention_rate', 'average_life'] },
  {
    group: 'customers',
    metrics: ['active_customers', 'customers_total', 'pyramid_inactive', 'pyramid_potential', 'pyramid_probable', 'abc_a'],
  },
  {
    group: 'value',
    metrics: [
      'clv_simple', 'clv_discounted', 'share_of_wallet', 'revenue', 'orders', 'revenue_per_customer',
      'average_order_value', 'purchase_frequency', 'margin_per_customer', 'margin_rate', 'real_value',
    ],
  },
  { group: 'types', metrics: ['type_prescriptor', 'type_cautivo', 'type_mercenario', 'type_opositor'] },
  {
    group: 'rfm',
    metrics: [
      'rfm_champions', 'rfm_loyal', 'rfm_potential_loyalists', 'rfm_need_attention', 'rfm_about_to_sleep',
      'rfm_at_risk', 'rfm_cant_lose', 'rfm_hibernating', 'rfm_lost',
    ],
  },
  { group: 'data', metrics: ['data_level_3', 'data_level_1', 'data_level_2', 'data_level_4', 'data_level_5', 'duplicates'] },
];
