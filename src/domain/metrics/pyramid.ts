import type { CustomerStatus } from './customer-cells';

export type PyramidLevel = 'active' | 'inactive' | 'potential' | 'probable';

/**
 * The pyramid level of one person (seed 001): *activo* bought in the current period; *inactivo*
 * bought before it (or is a former client / flagged lost in the customers file); *potencial* has
 * a relationship (lead, contact, or any other row of the customers file) but no purchase;
 * *probable* is a prospect with no relationship. Without transaction data, a client status means
 * active, and a row with no recognised status has no level. Someone known only from transactions
 * with no purchase up to T (only returns, or only purchases after T) has no level either.
 */
export function pyramidLevel(p: {
  hasTransactions: boolean;
  purchased: boolean;
  active: boolean;
  inFile: boolean;
  status: CustomerStatus | null;
  lost: boolean;
}): PyramidLevel | null {
  if (p.purchased) return p.active ? 'active' : 'inactive';
  if (!p.inFile) return null;
  if (p.status === 'former' || p.lost) return 'inactive';
  if (p.status === 'prospect') return 'probable';
  if (p.status === 'lead') return 'potential';
  if (p.status === 'client') return p.hasTransactions ? 'potential' : 'active';
  return p.hasTransactions ? 'potential' : null;
}

/** *Resto del mundo* = market size − every other level, never below 0. */
export function pyramidRest(marketSize: number, others: number): number {
  return Math.max(0, marketSize - others);
}
