import type { EpochDay } from '../dates';
import type { GroupedRows } from './group-rows';
import type { AnalysisPeriods } from './periods';

export const PURCHASED = 1;
export const ACTIVE = 2;
export const ACTIVE_PREVIOUS = 4;

/**
 * A purchase (METRICS.md): an amount of 0 or more. A free order counts; a return, a credit note
 * or a cancelled line does not, and a cancelled line of 0 is stored as −0 so that it does not.
 */
export function isPurchase(amount: number): boolean {
  return amount > 0 || Object.is(amount, 0);
}

/**
 * Per-customer sums over the rows up to T. A purchase is a row whose amount is 0 or more: only
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
 * in the totals, once overall), or distinct (customer, day) for rows without an order id, or the
 * count of an orders column (a reduced file); an order is in a period when it has a purchase in it.
 */
export function aggregate(rows: GroupedRows, size: number, t: EpochDay, periods: AnalysisPeriods) {
  const { start, day, amount, order, margin, ordersInRow: counts } = rows;
  const curFirst = periods.current.first;
  const prevFirst = periods.previous.first;
  const flagsOf = new Uint8Array(size);
  const firstDay = new Int32Array(size);
  const lastDay = new Int32Array(size);
  const ordersOf = new Uint32Array(size);
  const currentOrders = new Uint32Array(size);
  const revenueOf = new Float64Array(size);
  const currentRevenue = new Float64Array(size);
  const currentMargin = margin ? new Float64Array(size) : null;
  // Per order: the customer (u + 1) that last counted it overall, in the current and in the previous period.
  const seenAll = new Int32Array(rows.orderCount);
  const seenCur = new Int32Array(rows.orderCount);
  const seenPrev = new Int32Array(rows.orderCount);
  // Per order, bits: counted in the totals for the current (1) or previous (2) period.
  const counted = new Uint8Array(rows.orderCount);
  let rowsUsed = 0;
  let totalRevenue = 0;
  let totalRevenuePrev = 0;
  let totalOrders = 0;
  let totalOrdersPrev = 0;
  let totalMargin = 0;

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
    let lastOrderlessDay = -1;
    let noOrderSeen = false;
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
        if (margin !== null) curMargin += margin[i];
      } else if (inPrev) totalRevenuePrev += a;
      if (!isPurchase(a)) continue;

      if (flags === 0) first = d;
      last = d;
      flags |= PURCHASED | (inCur ? ACTIVE : 0) | (inPrev ? ACTIVE_PREVIOUS : 0);
      const o = order[i];
      if (o < 0 && counts !== null) {
        const k = counts[i];
        orders += k;
        if (inCur) curOrders += k;
        else if (inPrev) totalOrdersPrev += k;
        continue;
      }
      if (o < 0) {
        if (noOrderSeen && d === lastOrderlessDay) continue;
        noOrderSeen = true;
        lastOrderlessDay = d;
        orders++;
        if (inCur) curOrders++;
        else if (inPrev) totalOrdersPrev++;
        continue;
      }
      if (seenAll[o] !== stamp) {
        seenAll[o] = stamp;
        orders++;
      }
      if (inCur) {
        if (seenCur[o] !== stamp) {
          seenCur[o] = stamp;
          curOrders++;
          if ((counted[o] & 1) === 0) counted[o] |= 1;
          else totalOrders--; // an order id shared with another customer counts once overall
        }
      } else if (inPrev && seenPrev[o] !== stamp) {
        seenPrev[o] = stamp;
        if ((counted[o] & 2) === 0) {
          counted[o] |= 2;
          totalOrdersPrev++;
        }
      }
    }
    rowsUsed += i - start[u];
    flagsOf[u] = flags;
    firstDay[u] = first;
    lastDay[u] = last;
    ordersOf[u] = orders;
    currentOrders[u] = curOrders;
    revenueOf[u] = revenue;
    currentRevenue[u] = curRevenue;
    totalRevenue += curRevenue;
    totalOrders += curOrders;
    if (currentMargin) {
      currentMargin[u] = curMargin;
      totalMargin += curMargin;
    }
  }

  const totals: Totals = {
    rowsUsed, rowsAfter: day.length - rowsUsed, purchasers: 0, active: 0, activePrevious: 0, retained: 0,
    revenue: totalRevenue, revenuePrevious: totalRevenuePrev, orders: totalOrders, ordersPrevious: totalOrdersPrev,
    margin: totalMargin, firstPurchase: null,
  };
  for (let u = 0; u < size; u++) {
    const flags = flagsOf[u];
    if (flags === 0) continue;
    totals.purchasers++;
    if (totals.firstPurchase === null || firstDay[u] < totals.firstPurchase) totals.firstPurchase = firstDay[u];
    if (flags & ACTIVE) totals.active++;
    if (flags & ACTIVE_PREVIOUS) totals.activePrevious++;
    if (flags & ACTIVE && flags & ACTIVE_PREVIOUS) totals.retained++;
  }
  const agg: CustomerAggregates = {
    flags: flagsOf, firstDay, lastDay, orders: ordersOf, currentOrders, revenue: revenueOf, currentRevenue, currentMargin,
  };
  return { agg, totals };
}
