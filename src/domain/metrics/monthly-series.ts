import type { EpochDay } from '../dates';
import { isPurchase } from './aggregate';
import { bucketLabel, monthIndex } from './calendar-buckets';
import type { GroupedRows } from './group-rows';

export interface MonthlySeries {
  /** `2024-03`, every month from the first row's to T's, gaps included. */
  months: string[];
  /** Net revenue of the month (returns included). */
  revenue: number[];
  /** Distinct customers with a purchase in the month. */
  activeCustomers: number[];
}

/** Revenue and active customers per calendar month up to T; no rows up to T gives empty series. */
export function monthlySeries(rows: GroupedRows, t: EpochDay): MonthlySeries {
  if (rows.day.length === 0 || rows.minDay > t) return { months: [], revenue: [], activeCustomers: [] };
  const { start, day, month, amount } = rows;
  const first = monthIndex(rows.minDay);
  const width = monthIndex(t) - first + 1;
  const revenue = new Float64Array(width);
  const active = new Uint32Array(width);
  for (let u = 0; u + 1 < start.length; u++) {
    let last = -1;
    for (let i = start[u]; i < start[u + 1] && day[i] <= t; i++) {
      const m = month[i] - first;
      revenue[m] += amount[i];
      if (isPurchase(amount[i]) && m !== last) {
        active[m]++;
        last = m;
      }
    }
  }
  return {
    months: Array.from({ length: width }, (_, k) => bucketLabel(first + k, 'month')),
    revenue: Array.from(revenue),
    activeCustomers: Array.from(active),
  };
}
