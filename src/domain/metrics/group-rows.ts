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
  /** One more than the largest order number (0 without order ids). */
  orderCount: number;
  minDay: number;
  maxDay: number;
}

/** Largest day range sorted by counting; beyond it (absurd dates) a comparison sort is used. */
const MAX_COUNTING_RANGE = 1 << 22;

function sortByDay(day: Int32Array, minDay: number, maxDay: number): Uint32Array {
  const n = day.length;
  const range = maxDay - minDay + 1;
  if (range > MAX_COUNTING_RANGE) return new Uint32Array(n).map((_, i) => i).sort((a, b) => day[a] - day[b] || a - b);
  const next = new Uint32Array(range + 1);
  for (let i = 0; i < n; i++) next[day[i] - minDay + 1]++;
  for (let k = 1; k <= range; k++) next[k] += next[k - 1];
  const perm = new Uint32Array(n);
  for (let i = 0; i < n; i++) perm[next[day[i] - minDay]++] = i;
  return perm;
}

/** Stable counting sort of `perm` by unified customer; returns the permutation and the customer offsets. */
function groupByCustomer(perm: Uint32Array, customerOfRow: Uint32Array, size: number) {
  const start = new Uint32Array(size + 1);
  for (let i = 0; i < customerOfRow.length; i++) start[customerOfRow[i] + 1]++;
  for (let u = 1; u <= size; u++) start[u] += start[u - 1];
  const next = start.slice(0, size);
  const grouped = new Uint32Array(perm.length);
  for (let k = 0; k < perm.length; k++) grouped[next[customerOfRow[perm[k]]]++] = perm[k];
  return { grouped, start };
}

/** Sorts each run of one customer and one day by amount, then margin (insertion sort for short runs). */
function sortTies(perm: Uint32Array, start: Uint32Array, table: TransactionTable) {
  const { day, amount } = table;
  const margin = table.margin;
  const compare = (a: number, b: number) => amount[a] - amount[b] || (margin ? margin[a] - margin[b] : 0);
  for (let u = 0; u + 1 < start.length; u++) {
    let runStart = start[u];
    while (runStart < start[u + 1]) {
      let runEnd = runStart + 1;
      while (runEnd < start[u + 1] && day[perm[runEnd]] === day[perm[runStart]]) runEnd++;
      if (runEnd - runStart > 32) perm.subarray(runStart, runEnd).sort(compare);
      else insertionSort(perm, runStart, runEnd, compare);
      runStart = runEnd;
    }
  }
}

function insertionSort(perm: Uint32Array, from: number, to: number, compare: (a: number, b: number) => number) {
  for (let i = from + 1; i < to; i++) {
    const row = perm[i];
    let j = i;
    while (j > from && compare(row, perm[j - 1]) < 0) {
      perm[j] = perm[j - 1];
      j--;
    }
    perm[j] = row;
  }
}

/** Month index of a day by table lookup over the data's day range (calendar arithmetic beyond it). */
function monthLookup(minDay: number, maxDay: number): (day: number) => number {
  const range = maxDay - minDay + 1;
  if (!(range <= MAX_COUNTING_RANGE)) return monthIndex;
  const table = new Int32Array(range);
  for (let k = 0; k < range; k++) table[k] = monthIndex(minDay + k);
  return (day) => table[day - minDay];
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
    return { start: new Uint32Array(size + 1), ...empty, margin: table.margin ? new Float64Array(0) : null, orderCount: 0, minDay: 0, maxDay: 0 };
  }
  const byDay = sortByDay(table.day.subarray(0, n), minDay, maxDay);
  const { grouped, start } = groupByCustomer(byDay, customerOfRow, size);
  sortTies(grouped, start, table);

  const day = new Int32Array(n);
  const month = new Int32Array(n);
  const amount = new Float64Array(n);
  const order = new Int32Array(n);
  const margin = table.margin ? new Float64Array(n) : null;
  const monthOfDay = monthLookup(minDay, maxDay);
  const renumbered = new Int32Array(maxOrder + 1).fill(-1);
  let orderCount = 0;
  for (let k = 0; k < n; k++) {
    const row = grouped[k];
    day[k] = table.day[row];
    month[k] = monthOfDay(day[k]);
    amount[k] = table.amount[row];
    const o = table.order[row];
    if (o >= 0 && renumbered[o] < 0) renumbered[o] = orderCount++;
    order[k] = o < 0 ? -1 : renumbered[o];
    if (margin) margin[k] = table.margin![row];
  }
  return { start, day, month, amount, order, margin, orderCount, minDay, maxDay };
}
