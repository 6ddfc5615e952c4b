import type { EpochDay } from '../dates';
import type { GroupedRows } from './group-rows';
import type { AnalysisPeriods } from './periods';

export const PURCHASED = 1;
export const ACTIVE = 2;
export const ACTIVE_PREVIOUS = 4;

/**
 * Per-customer sums over the rows up to T. A purchase is a row with a positive amount: only
 * purchases make a customer active, set first and last purchase days and count as orders;
 * every row (returns and credit notes included) counts in revenue and margin.
 */
export interface CustomerAggregates {
  /** PURCHASED (a purchase up to T), ACTIVE (in the current period), ACTIVE_PREVIOUS. */
  flags: Uint8Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
  orders: Uint32Array;
  currentOrders: Uint32Array;
  revenue: Float64Array;
  currentRevenue: Float64Array;
  /** Current-period margin amount, where the data has a margin column. */
  currentMargin: Float64Array | null;
}

export interface Totals {
  /** Rows dated up to T, and after it (left out). */
  rowsUsed: number;
  rowsAfter: number;
  purchasers: number;
  active: number;
  activePrevious: number;
  /** |A1 ∩ A2|. */
  retained: number;
  revenue: number;
  revenuePrevious: number;
  orders: number;
  ordersPrevious: number;
  margin: number;
  firstPurchase: EpochDay | null;
}

/**
 * One pass over the grouped rows. Orders are distinct order ids (counted once per customer and,
 * in the totals, once overall), or distinct (customer, day) for rows without an order id; an
 * order is in a period when it has a purchase in it.
 */
export function aggregate(rows: GroupedRows, size: number, t: EpochDay, periods: AnalysisPeriods) {
  const { start, day, amount, order, margin } = rows;
  const curFirst = periods.current.first;
  const prevFirst = periods.previous.first;
  const agg: CustomerAggregates = {
    flags: new Uint8Array(size),
    firstDay: new Int32Array(size),
    lastDay: new Int32Array(size),
    orders: new Uint32Array(size),
    currentOrders: new Uint32Array(size),
    revenue: new Float64Array(size),
    currentRevenue: new Float64Array(size),
    currentMargin: margin ? new Float64Array(size) : null,
  };
  const totals: Totals = {
    rowsUsed: 0, rowsAfter: 0, purchasers: 0, active: 0, activePrevious: 0, retained: 0,
    revenue: 0, revenuePrevious: 0, orders: 0, ordersPrevious: 0, margin: 0, firstPurchase: null,
  };
  // Per order: the customer (u + 1) that last counted it overall, in the current and in the previous period.
  const seenAll = new Int32Array(rows.orderCount);
  const seenCur = new Int32Array(rows.orderCount);
  const seenPrev = new Int32Array(rows.orderCount);
  // Per order, bits: counted in the totals for the current (1) or previous (2) period.
  const counted = new Uint8Array(rows.orderCount);

  for (let u = 0; u < size; u++) {
    const stamp = u + 1;
    let flags = 0;
    let first = 0;
    let last = 0;
    let orders = 0;
    let curOrders = 0;
    let revenue = 0;
    let curRevenue = 0;
    let curMargin = 0;
    let lastOrderlessDay = NaN;
    const end = start[u + 1];
    let i = start[u];
    for (; i < end; i++) {
      const d = day[i];
      if (d > t) break;
      const a = amount[i];
      revenue += a;
      const inCur = d >= curFirst;
      const inPrev = !inCur && d >= prevFirst;
      if (inCur) {
        curRevenue += a;
        totals.revenue += a;
        if (margin) curMargin += margin[i];
      } else if (inPrev) totals.revenuePrevious += a;
      if (!(a > 0)) continue;

      if (!(flags & PURCHASED)) first = d;
      last = d;
      flags |= PURCHASED | (inCur ? ACTIVE : 0) | (inPrev ? ACTIVE_PREVIOUS : 0);
      const o = order[i];
      if (o < 0) {
        if (d === lastOrderlessDay) continue;
        lastOrderlessDay = d;
        orders++;
        if (inCur) { curOrders++; totals.orders++; }
        if (inPrev) totals.ordersPrevious++;
        continue;
      }
      if (seenAll[o] !== stamp) { seenAll[o] = stamp; orders++; }
      if (inCur && seenCur[o] !== stamp) {
        seenCur[o] = stamp;
        curOrders++;
        if (!(counted[o] & 1)) { counted[o] |= 1; totals.orders++; }
      }
      if (inPrev && seenPrev[o] !== stamp) {
        seenPrev[o] = stamp;
        if (!(counted[o] & 2)) { counted[o] |= 2; totals.ordersPrevious++; }
      }
    }
    totals.rowsUsed += i - start[u];
    totals.rowsAfter += end - i;
    agg.flags[u] = flags;
    agg.firstDay[u] = first;
    agg.lastDay[u] = last;
    agg.orders[u] = orders;
    agg.currentOrders[u] = curOrders;
    agg.revenue[u] = revenue;
    agg.currentRevenue[u] = curRevenue;
    if (agg.currentMargin) {
      agg.currentMargin[u] = curMargin;
      totals.margin += curMargin;
    }
    if (flags & PURCHASED) {
      totals.purchasers++;
      if (totals.firstPurchase === null || first < totals.firstPurchase) totals.firstPurchase = first;
    }
    if (flags & ACTIVE) totals.active++;
    if (flags & ACTIVE_PREVIOUS) totals.activePrevious++;
    if ((flags & ACTIVE) && (flags & ACTIVE_PREVIOUS)) totals.retained++;
  }
  return { agg, totals };
}
