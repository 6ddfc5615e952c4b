/** Periods of the CLV horizon when no churn is observed (an infinite life is no forecast). */
export const CLV_HORIZON_CAP = 10;

/** Expected life used by CLV: 1 / churn, or the capped horizon when churn is 0. */
export function clvHorizon(churn: number): { periods: number; capped: boolean } {
  return churn > 0 ? { periods: 1 / churn, capped: false } : { periods: CLV_HORIZON_CAP, capped: true };
}

/** Simple CLV (the seed's purchase level × expected years) = M · (1 / churn); M · 10 when churn is 0. */
export function clvSimple(marginPerCustomer: number, churn: number): number {
  return churn > 0 ? marginPerCustomer / churn : marginPerCustomer * CLV_HORIZON_CAP;
}

/**
 * Discounted CLV = M · (1 + d) / (1 + d − r), r = 1 − churn: the sum over periods t ≥ 0 of
 * M · (r / (1 + d))^t; computed with 1 + d − r written as d + churn, which loses no digits.
 * When churn is 0 the sum stops at the capped horizon: M · Σ_{t<10} (1 + d)^−t.
 * With d = 0 both equal the simple CLV.
 */
export function clvDiscounted(marginPerCustomer: number, churn: number, discountRate: number): number {
  if (churn > 0) return (marginPerCustomer * (1 + discountRate)) / (discountRate + churn);
  let sum = 0;
  for (let t = 0; t < CLV_HORIZON_CAP; t++) sum += (1 + discountRate) ** -t;
  return marginPerCustomer * sum;
}
