/**
 * Share of wallet (*cuota de cliente*) = revenue with us / total category spend, at most 1
 * (a customer cannot spend more with us than in the whole category). Null unless spend > 0.
 */
export function shareOfWallet(revenueWithUs: number, categorySpend: number): number | null {
  return categorySpend > 0 ? Math.min(1, Math.max(0, revenueWithUs) / categorySpend) : null;
}

/** Total category spend from a share of wallet = revenue / share; null unless share > 0. */
export function categorySpendFromShare(revenueWithUs: number, share: number): number | null {
  return share > 0 ? revenueWithUs / share : null;
}

/**
 * Strategic value (*valor estratégico*) = (total category spend − revenue with us) · m: the margin
 * still spent with competitors. Never negative.
 */
export function strategicValue(categorySpend: number, revenueWithUs: number, margin: number): number {
  return Math.max(0, categorySpend - revenueWithUs) * margin;
}

/** Real value (*valor real*) = the customer's simple CLV: margin per period of that customer × expected life. */
export function realValue(customerMarginPerPeriod: number, expectedLife: number): number {
  return customerMarginPerPeriod * expectedLife;
}
