/**
 * Churn rate from two periods: |A2 \ A1| / |A2| = (|A2| − |A1 ∩ A2|) / |A2|.
 * Null when nobody was active in the previous period (0 / 0).
 */
export function churnFromPeriods(activePrevious: number, retained: number): number | null {
  return activePrevious > 0 ? (activePrevious - retained) / activePrevious : null;
}

/** Churn rate from a customers file: customers flagged as lost / customers. Null when there are none. */
export function churnFromFlags(lost: number, customers: number): number | null {
  return customers > 0 ? lost / customers : null;
}

/** Retention r = 1 − churn. */
export function retentionRate(churn: number): number {
  return 1 - churn;
}

/** Average customer life in periods = 1 / churn; null when churn is 0 ("no churn observed"). */
export function averageLife(churn: number): number | null {
  return churn > 0 ? 1 / churn : null;
}
