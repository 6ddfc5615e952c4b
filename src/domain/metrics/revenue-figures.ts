/** Revenue per active customer v = current revenue / |A1|; null when no one is active. */
export function revenuePerCustomer(revenue: number, active: number): number | null {
  return active > 0 ? revenue / active : null;
}

/** Average order value = current revenue / current orders; null without orders. */
export function averageOrderValue(revenue: number, orders: number): number | null {
  return orders > 0 ? revenue / orders : null;
}

/** Purchase frequency = current orders / |A1|; null when no one is active. */
export function purchaseFrequency(orders: number, active: number): number | null {
  return active > 0 ? orders / active : null;
}

/** Margin per customer M = m · v. */
export function marginPerCustomer(margin: number, revenuePerActive: number): number {
  return margin * revenuePerActive;
}

/** Margin share from a margin column = Σ margin / Σ revenue of the current period; null unless revenue > 0. */
export function marginShare(marginSum: number, revenue: number): number | null {
  return revenue > 0 ? marginSum / revenue : null;
}
