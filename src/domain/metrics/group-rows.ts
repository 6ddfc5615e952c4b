import type { TransactionTable } from '../dataset';
import { monthIndex } from './calendar-buckets';

/**
 * Transaction rows regrouped by unified customer, each customer's rows sorted by day, then
 * amount, then margin. Every later pass reads these columns in order, and since the order is
 * canonical, sums come out bit-for-bit the same whatever the order of the rows in the file.
 */
export interface GroupedRows {
  /** Rows of customer u are `start[u] ≤ i < start[u + 1]`. */
  start: Uint32Array;
  day: Int32Array;
  /** Months since January 1970 of each row's day. */
  month: Int32Array;
  amount: Float64Array;
  /** Order numbers renumbered in row order (so that one customer's orders sit close together), or -1. */
  order: Int32Array;
  margin: Float64Array | null;
  /** Orders each row stands for, where the file has an orders column (see `TransactionTable`); else null. */
  ordersInRow: Uint32Array | null;
  /** One more than the largest order number (0 without order ids). */
  orderCount: number;
  minDay: number;
  maxDay: number;
}

/** Largest day range sorted by counting; beyond it (absurd dates) a comparison sort is used. */
const MAX_COUNTING_RANGE = 1 << 22;

/**
 * Where each row goes: customers in unified order, each one's rows by day, ties in file order
 * (a counting sort by day, then a stable counting sort by customer). O(n + days + customers).
 */
function destinations(day: Int32Array, customerOfRow: Uint32Array, size: number, minDay: number, maxDay: number) {
  const n = day.length;
  const start = new Uint32Array(size + 1);
  for (let i = 0; i < n; i++) start[customerOfRow[i] + 1]++;
  for (let u = 1; u <= size; u++) start[u] += start[u - 1];
  const next = start.slice(0, size);
  const dest = new Uint32Array(n);
  const range = maxDay - minDay + 1;
  if (range > MAX_COUNTING_RANGE) {
    const byDay = new Uint32Array(n).map((_, i) => i).sort((a, b) => day[a] - day[b] || a - b);
    for (let k = 0; k < n; k++) dest[byDay[k]] = next[customerOfRow[byDay[k]]]++;
    return { dest, start };
  }
  const dayStart = new Uint32Array(range + 1);
  for (let i = 0; i < n; i++) dayStart[day[i] - minDay + 1]++;
  for (let k = 1; k <= range; k++) dayStart[k] += dayStart[k - 1];
  const byDay = new Uint32Array(n);
  const customerByDay = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const k = dayStart[day[i] - minDay]++;
    byDay[k] = i;
    customerByDay[k] = customerOfRow[i];
  }
  for (let k = 0; k < n; k++) dest[byDay[k]] = next[customerByDay[k]]++;
  return { dest, start };
}

/**
 * Sorts each run of one customer and one day by amount, then margin, in place in the grouped
 * columns (day and month are equal within a run, so only amount, margin and order move).
 */
function sortTies(rows: Omit<GroupedRows, 'orderCount' | 'minDay' | 'maxDay'>) {
  const { start, day, amount, margin, order, ordersInRow: counts } = rows;
  for (let u = 0; u + 1 < start.length; u++) {
    let runStart = start[u];
    const end = start[u + 1];
    while (runStart < end) {
      let runEnd = runStart + 1;
      while (runEnd < end && day[runEnd] === day[runStart]) runEnd++;
      if (runEnd - runStart > 1) sortRun(runStart, runEnd);
      runStart = runEnd;
    }
  }

  function sortRun(from: number, to: number) {
    if (to - from > 32) {
      const idx = Array.from({ length: to - from }, (_, k) => from + k);
      idx.sort((a, b) => amount[a] - amount[b] || (margin ? margin[a] - margin[b] : 0));
      const a = idx.map((k) => amount[k]);
      const m = margin ? idx.map((k) => margin[k]) : null;
      const o = idx.map((k) => order[k]);
      const c = counts ? idx.map((k) => counts[k]) : null;
      for (let k = 0; k < idx.length; k++) {
        amount[from + k] = a[k];
        if (margin) margin[from + k] = m![k];
        order[from + k] = o[k];
        if (counts) counts[from + k] = c![k];
      }
      return;
    }
    for (let i = from + 1; i < to; i++) {
      const a = amount[i];
      const m = margin ? margin[i] : 0;
      const o = order[i];
      const c = counts ? counts[i] : 0;
      let j = i;
      while (j > from && (a < amount[j - 1] || (a === amount[j - 1] && margin !== null && m < margin[j - 1]))) {
        amount[j] = amount[j - 1];
        if (margin) margin[j] = margin[j - 1];
        order[j] = order[j - 1];
        if (counts) counts[j] = counts[j - 1];
        j--;
      }
      amount[j] = a;
      if (margin) margin[j] = m;
      order[j] = o;
      if (counts) counts[j] = c;
    }
  }
}

/** Month index of each day, by table lookup over the data's day range (calendar arithmetic beyond it). */
function monthsOf(day: Int32Array, minDay: number, maxDay: number): Int32Array {
  const month = new Int32Array(day.length);
  const range = maxDay - minDay + 1;
  if (range > MAX_COUNTING_RANGE) {
    for (let k = 0; k < day.length; k++) month[k] = monthIndex(day[k]);
    return month;
  }
  const lookup = new Int32Array(range);
  for (let k = 0; k < range; k++) lookup[k] = monthIndex(minDay + k);
  for (let k = 0; k < day.length; k++) month[k] = lookup[day[k] - minDay];
  return month;
}

/** Renumbers order ids by first appearance in grouped order, so that one customer's orders sit close together. */
function renumberOrders(order: Int32Array, maxOrder: number): number {
  const renumbered = new Int32Array(maxOrder + 1).fill(-1);
  let count = 0;
  for (let k = 0; k < order.length; k++) {
    const o = order[k];
    if (o < 0) continue;
    if (renumbered[o] < 0) renumbered[o] = count++;
    order[k] = renumbered[o];
  }
  return count;
}

export function groupRows(table: TransactionTable, fromTransactions: Uint32Array, size: number): GroupedRows {
  const n = table.length;
  let minDay = Infinity;
  let maxDay = -Infinity;
  let maxOrder = -1;
  const customerOfRow = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    customerOfRow[i] = fromTransactions[table.customer[i]];
    const d = table.day[i];
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
    if (table.order[i] > maxOrder) maxOrder = table.order[i];
  }
  if (n === 0) {
    const empty = { day: new Int32Array(0), month: new Int32Array(0), amount: new Float64Array(0), order: new Int32Array(0) };
    const ordersInRow = table.ordersInRow ? new Uint32Array(0) : null;
    return { start: new Uint32Array(size + 1), ...empty, margin: table.margin ? new Float64Array(0) : null, ordersInRow, orderCount: 0, minDay: 0, maxDay: 0 };
  }
  const { dest, start } = destinations(table.day.subarray(0, n), customerOfRow, size, minDay, maxDay);
  // Scatter: reading the table in order and writing at random is faster than the reverse.
  const day = new Int32Array(n);
  const amount = new Float64Array(n);
  const order = new Int32Array(n);
  const margin = table.margin ? new Float64Array(n) : null;
  const ordersInRow = table.ordersInRow ? new Uint32Array(n) : null;
  for (let i = 0; i < n; i++) {
    const k = dest[i];
    day[k] = table.day[i];
    amount[k] = table.amount[i];
    order[k] = table.order[i];
    if (margin) margin[k] = table.margin![i];
    if (ordersInRow) ordersInRow[k] = table.ordersInRow![i];
  }
  const month = monthsOf(day, minDay, maxDay);
  sortTies({ start, day, month, amount, order, margin, ordersInRow });
  const orderCount = renumberOrders(order, maxOrder);
  return { start, day, month, amount, order, margin, ordersInRow, orderCount, minDay, maxDay };
}
