import type { MetricId } from '../metric-ids';

/** How a figure reads: people or things counted, a share, money, a plain number, periods. */
export type FigureKind = 'count' | 'share' | 'money' | 'number' | 'periods';

export interface FigureGroup {
  id: string;
  figures: readonly { id: MetricId; kind: FigureKind }[];
}

/** The figures of step 1 in the order a planner reads them. */
export const FIGURE_GROUPS: readonly FigureGroup[] = [
  {
    id: 'base',
    figures: [
      { id: 'customers_total', kind: 'count' },
      { id: 'rows_used', kind: 'count' },
      { id: 'rows_rejected', kind: 'count' },
    ],
  },
  {
    id: 'loyalty',
    figures: [
      { id: 'active_customers', kind: 'count' },
      { id: 'active_customers_prev', kind: 'count' },
      { id: 'churn_rate', kind: 'share' },
      { id: 'retention_rate', kind: 'share' },
      { id: 'average_life', kind: 'periods' },
    ],
  },
  {
    id: 'value',
    figures: [
      { id: 'revenue', kind: 'money' },
      { id: 'orders', kind: 'count' },
      { id: 'revenue_per_customer', kind: 'money' },
      { id: 'average_order_value', kind: 'money' },
      { id: 'purchase_frequency', kind: 'number' },
      { id: 'margin_rate', kind: 'share' },
      { id: 'margin_per_customer', kind: 'money' },
      { id: 'clv_simple', kind: 'money' },
      { id: 'clv_discounted', kind: 'money' },
    ],
  },
  {
    id: 'pyramid',
    figures: [
      { id: 'pyramid_active', kind: 'count' },
      { id: 'pyramid_inactive', kind: 'count' },
      { id: 'pyramid_potential', kind: 'count' },
      { id: 'pyramid_probable', kind: 'count' },
      { id: 'customers_no_purchase', kind: 'count' },
      { id: 'pyramid_rest', kind: 'count' },
    ],
  },
  {
    id: 'segments',
    figures: [
      { id: 'abc_a', kind: 'count' },
      { id: 'abc_b', kind: 'count' },
      { id: 'abc_c', kind: 'count' },
      { id: 'type_prescriptor', kind: 'count' },
      { id: 'type_cautivo', kind: 'count' },
      { id: 'type_mercenario', kind: 'count' },
      { id: 'type_opositor', kind: 'count' },
      { id: 'type_near_border', kind: 'count' },
    ],
  },
  {
    id: 'wallet',
    figures: [
      { id: 'real_value', kind: 'money' },
      { id: 'strategic_value', kind: 'money' },
      { id: 'share_of_wallet', kind: 'share' },
      { id: 'churn_reasons_total', kind: 'count' },
    ],
  },
];
