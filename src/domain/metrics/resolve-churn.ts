import type { CustomerAttributes } from './customer-attributes';
import { churnFromFlags, churnFromPeriods } from './churn';
import type { UnlockHint } from './diagnosis';
import type { ChurnSource } from './params';

export type ChurnResolution =
  | { ok: true; churn: number; source: Exclude<ChurnSource, 'auto'> }
  | { ok: false; hint: UnlockHint };

/** Churn from the transactions: needs two periods of history and someone active in the previous one. */
export function churnOfTransactions(
  totals: { activePrevious: number; retained: number } | null,
  coversTwoPeriods: boolean,
  longestPeriod: number | null = null,
): ChurnResolution {
  if (!totals) return { ok: false, hint: { code: 'needs-dataset', dataset: 'transactions' } };
  if (!coversTwoPeriods) return { ok: false, hint: { code: 'short-history', longestPeriod } };
  const churn = churnFromPeriods(totals.activePrevious, totals.retained);
  return churn === null ? { ok: false, hint: { code: 'no-previous-customers' } } : { ok: true, churn, source: 'transactions' };
}

/**
 * Churn from the customers file: lost / customers, over the clients and former clients whose
 * state is known (churn flag, churn date, or a client / former-client status); leads and
 * prospects are not customers and are left out.
 */
export function churnOfCustomersFile(attributes: CustomerAttributes | null): ChurnResolution {
  if (!attributes) return { ok: false, hint: { code: 'needs-dataset', dataset: 'customers' } };
  const { mapped } = attributes;
  if (!mapped.has('churnFlag') && !mapped.has('churnDate') && !mapped.has('status')) {
    return { ok: false, hint: { code: 'needs-column', dataset: 'customers', field: 'churnFlag' } };
  }
  let lost = 0;
  let customers = 0;
  attributes.churned.forEach((state, u) => {
    const status = attributes.status[u];
    if (state < 0 || status === 'lead' || status === 'prospect') return;
    customers++;
    lost += state;
  });
  const churn = churnFromFlags(lost, customers);
  return churn === null ? { ok: false, hint: { code: 'no-values' } } : { ok: true, churn, source: 'customers' };
}

export function churnTyped(manualChurn: number | null): ChurnResolution {
  return manualChurn === null
    ? { ok: false, hint: { code: 'needs-input', field: 'manualChurn' } }
    : { ok: true, churn: manualChurn, source: 'manual' };
}

/**
 * The churn rate the figures use. `auto` takes the transactions, else the customers file, else
 * the typed rate; when none can give one, the hint of the transactions, or of the customers file
 * when that is the only data.
 */
export function resolveChurn(
  source: ChurnSource,
  options: { transactions: ChurnResolution; customers: ChurnResolution; manual: ChurnResolution },
  hasTransactions: boolean,
): ChurnResolution {
  if (source !== 'auto') return options[source];
  const found = [options.transactions, options.customers, options.manual].find((o) => o.ok);
  if (found) return found;
  const fileMissing = !options.customers.ok && options.customers.hint.code === 'needs-dataset';
  return hasTransactions || fileMissing ? options.transactions : options.customers;
}
