import type { CustomerTable, TransactionTable } from '../dataset';
import type { EpochDay } from '../dates';
import { abcCurve } from './abc';
import { aggregate, type Totals } from './aggregate';
import { averageLife, retentionRate } from './churn';
import { churnCategories, summariseChurnReasons } from './churn-reasons';
import { classifyCustomers } from './classify-customers';
import { clvDiscounted, clvHorizon, clvSimple } from './clv';
import { cohortTable } from './cohorts';
import type { CustomerAttributes } from './customer-attributes';
import { customerResults, type CustomerReasons } from './customer-results';
import type { Diagnosis } from './diagnosis';
import { FigureGroup } from './figure-group';
import { monthlySeries } from './monthly-series';
import { DEFAULT_MARGIN, sanitizeParams, type AnalysisParams } from './params';
import { analysisPeriods, coversTwoPeriods, type AnalysisPeriods } from './periods';
import { prepare } from './prepare';
import { longestPeriodAllowed } from './short-history';
import { churnOfCustomersFile, churnOfTransactions, churnTyped, resolveChurn, type ChurnResolution } from './resolve-churn';
import { averageOrderValue, marginPerCustomer, marginShare, purchaseFrequency, revenuePerCustomer } from './revenue-figures';

export interface DiagnosisInput {
  transactions: TransactionTable | null;
  customers: CustomerTable | null;
}

/**
 * Every figure of METRICS.md that the data allows and, for each one it does not, what would
 * unlock it. Pure: the same tables and parameters give the same diagnosis whatever the order of
 * the rows. The regrouping of the rows is remembered per pair of table objects, so a change of
 * parameters costs one pass over the rows. Invalid parameters are replaced by their defaults
 * (and noted), never thrown on.
 */
export function diagnose(input: DiagnosisInput, rawParams: AnalysisParams): Diagnosis {
  const { params, replaced } = sanitizeParams(rawParams);
  const out = new FigureGroup();
  for (const field of replaced) out.note({ code: 'param-replaced', field });

  const { join, rows, attributes } = prepare(input.transactions, input.customers);
  const hasRows = rows !== null && rows.day.length > 0;
  const t = params.analysisDate ?? (hasRows ? rows.maxDay : null);
  const period = t === null ? null : analysisPeriods(t, params.periodMonths);
  const tx = hasRows && t !== null && period ? aggregate(rows, join.size, t, period) : null;
  if (t !== null) out.note({ code: 'analysis-date', day: t, source: params.analysisDate === null ? 'latest-transaction' : 'set' });
  if (join.fileRowsWithoutKey > 0) out.note({ code: 'customer-rows-without-id', count: join.fileRowsWithoutKey });
  if (tx && tx.totals.rowsAfter > 0) out.note({ code: 'rows-after-analysis-date', count: tx.totals.rowsAfter });

  const fromColumn = tx && rows?.margin && params.margin === null ? marginShare(tx.totals.margin, tx.totals.revenue) : null;
  const margin = params.margin ?? fromColumn ?? DEFAULT_MARGIN;
  out.note({ code: 'margin', value: margin, source: params.margin !== null ? 'set' : fromColumn !== null ? 'column' : 'default' });
  out.figures.margin_rate = margin;

  const churn = churnFigures(out, params, tx?.totals ?? null, period, attributes, hasRows);
  periodFigures(out, params, tx?.totals ?? null, margin, churn);

  const classes = classifyCustomers(
    { size: join.size, attributes, agg: tx?.agg ?? null, t, params, margin, marginFromColumn: fromColumn !== null, churn },
    out,
  );

  const churnReasons = attributes?.mapped.has('churnReason')
    ? summariseChurnReasons(attributes.churnReason.filter((r): r is string => r !== null))
    : null;
  if (churnReasons) out.put('churn_reasons_total', churnReasons.total || null, { code: 'no-values' });
  else out.missing(['churn_reasons_total'], attributes ? { code: 'needs-column', dataset: 'customers', field: 'churnReason' } : { code: 'needs-dataset', dataset: 'customers' });

  let onlyInFile = 0;
  for (let u = 0; u < join.size; u++) {
    if (attributes?.inFile[u] && (!rows || rows.start[u] === rows.start[u + 1])) onlyInFile++;
  }
  out.figures.customers_total = join.size;
  out.figures.rows_used = tx ? tx.totals.rowsUsed : (input.customers?.rows.length ?? 0);

  return {
    figures: out.figures,
    unavailable: out.unavailable,
    notes: out.notes,
    analysisDate: t,
    period,
    params,
    customers: customerResults(join, tx?.agg ?? null, t, classes, churnReasons ? reasonsOf(attributes!) : null),
    rfmGrid: classes.rfm.grid,
    abcCurve: classes.abc && classes.abc.cumulative.length > 0 ? abcCurve(classes.abc.cumulative) : null,
    cohorts: tx && t !== null ? cohortTable(rows!, tx.agg, t, params.cohortUnit) : null,
    monthly: tx && t !== null ? monthlySeries(rows!, t) : null,
    churnReasons,
    basis: {
      transactionRows: input.transactions?.length ?? 0,
      rowsUsed: tx?.totals.rowsUsed ?? 0,
      rowsAfterAnalysisDate: tx?.totals.rowsAfter ?? 0,
      customerFileRows: input.customers?.rows.length ?? 0,
      customerFileRowsWithoutId: join.fileRowsWithoutKey,
      customers: join.size,
      customersWithPurchases: tx?.totals.purchasers ?? 0,
      customersOnlyInFile: onlyInFile,
    },
  };
}

function reasonsOf(attributes: CustomerAttributes): CustomerReasons {
  return { text: attributes.churnReason, category: churnCategories(attributes.churnReason) };
}

/** Churn, retention and average life from the chosen source; returns the churn in use. */
function churnFigures(
  out: FigureGroup, params: AnalysisParams, totals: Totals | null, period: AnalysisPeriods | null,
  attributes: CustomerAttributes | null, hasRows: boolean,
): ChurnResolution {
  const covers = totals !== null && period !== null && coversTwoPeriods(totals.firstPurchase, period);
  if (covers && totals.firstPurchase! > period.previous.first) {
    out.note({ code: 'previous-period-partial', firstPurchase: totals.firstPurchase as EpochDay });
  }
  const churn = resolveChurn(params.churnSource, {
    transactions: churnOfTransactions(totals, covers, longestPeriodAllowed(totals?.firstPurchase ?? null, period?.current.last ?? null)),
    customers: churnOfCustomersFile(attributes),
    manual: churnTyped(params.manualChurn),
  }, hasRows);
  if (!churn.ok) {
    out.missing(['churn_rate', 'retention_rate', 'average_life'], churn.hint);
    return churn;
  }
  out.note({ code: 'churn-source', source: churn.source });
  out.figures.churn_rate = churn.churn;
  out.figures.retention_rate = retentionRate(churn.churn);
  out.put('average_life', averageLife(churn.churn), { code: 'no-churn-observed' });
  return churn;
}

/** Activity, revenue and orders of the current and previous periods, and what follows from them. */
function periodFigures(out: FigureGroup, params: AnalysisParams, totals: Totals | null, margin: number, churn: ChurnResolution) {
  if (!totals) {
    out.missing([
      'active_customers', 'active_customers_prev', 'revenue', 'orders', 'revenue_prev', 'orders_prev',
      'revenue_per_customer', 'average_order_value', 'purchase_frequency', 'margin_per_customer',
      'clv_simple', 'clv_discounted',
    ], { code: 'needs-dataset', dataset: 'transactions' });
    return;
  }
  Object.assign(out.figures, {
    active_customers: totals.active,
    active_customers_prev: totals.activePrevious,
    revenue: totals.revenue,
    orders: totals.orders,
    revenue_prev: totals.revenuePrevious,
    orders_prev: totals.ordersPrevious,
  });
  const noActive = { code: 'no-active-customers' } as const;
  const v = revenuePerCustomer(totals.revenue, totals.active);
  out.put('revenue_per_customer', v, noActive);
  out.put('average_order_value', averageOrderValue(totals.revenue, totals.orders), { code: 'no-orders' });
  out.put('purchase_frequency', purchaseFrequency(totals.orders, totals.active), noActive);
  const m = v === null ? null : marginPerCustomer(margin, v);
  out.put('margin_per_customer', m, noActive);
  if (m === null) out.missing(['clv_simple', 'clv_discounted'], noActive);
  else if (!churn.ok) out.missing(['clv_simple', 'clv_discounted'], churn.hint);
  else {
    out.figures.clv_simple = clvSimple(m, churn.churn);
    out.figures.clv_discounted = clvDiscounted(m, churn.churn, params.discountRate);
    const horizon = clvHorizon(churn.churn);
    if (horizon.capped) out.note({ code: 'clv-horizon-capped', periods: horizon.periods });
  }
}
