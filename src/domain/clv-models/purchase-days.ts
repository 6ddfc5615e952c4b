import type { TransactionTable } from '../dataset';

/**
 * Each customer's purchase days in date order, in one flat layout:
 * customer c's purchases are entries offsets[c] … offsets[c + 1] − 1 of `day` and `spend`.
 */
export interface PurchaseDays {
  offsets: Uint32Array;
  day: Int32Array;
  /** Net amount of the day: every row of the customer on that day, returns included. */
  spend: Float64Array;
}

/**
 * Merges each customer's rows of one day into one purchase, as the BG/NBD literature does
 * ("same-day purchases merged"). A day is a purchase when at least one of its rows is not a
 * return (amount ≥ 0: a free item still counts); a day with only returns is left out.
 * Empty table → every customer with no purchase. Cost O(n log n) for n rows.
 */
export function purchaseDays(table: TransactionTable): PurchaseDays {
  const customers = table.customerIds.length;
  const n = table.length;
  const starts = new Uint32Array(customers + 1);
  for (let i = 0; i < n; i++) starts[table.customer[i] + 1]++;
  for (let c = 0; c < customers; c++) starts[c + 1] += starts[c];
  const next = starts.slice(0, customers);
  const rows = new Uint32Array(n);
  for (let i = 0; i < n; i++) rows[next[table.customer[i]]++] = i;

  const offsets = new Uint32Array(customers + 1);
  const day = new Int32Array(n);
  const spend = new Float64Array(n);
  const byDay = (i: number, j: number) => table.day[i] - table.day[j];
  let out = 0;
  for (let c = 0; c < customers; c++) {
    offsets[c] = out;
    const own = rows.subarray(starts[c], starts[c + 1]).sort(byDay);
    for (let k = 0; k < own.length; ) {
      const d = table.day[own[k]];
      let net = 0;
      let bought = false;
      for (; k < own.length && table.day[own[k]] === d; k++) {
        const amount = table.amount[own[k]];
        net += amount;
        if (amount >= 0) bought = true;
      }
      if (!bought) continue;
      day[out] = d;
      spend[out] = net;
      out++;
    }
  }
  offsets[customers] = out;
  return { offsets, day: day.slice(0, out), spend: spend.slice(0, out) };
}
