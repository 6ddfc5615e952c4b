import type { EpochDay } from '../dates';
import { PURCHASED, isPurchase, type CustomerAggregates } from './aggregate';
import { bucketLabel, monthIndex, monthToBucket } from './calendar-buckets';
import type { GroupedRows } from './group-rows';
import type { CohortUnit } from './params';

export interface Cohort {
  /** Month (`2024-03`) or quarter (`2024-Q1`) of the first purchase. */
  label: string;
  size: number;
  /** Customers of the cohort with a purchase k periods after the first (k = 0 is the cohort itself), up to T. */
  active: number[];
  /** active[k] / size. */
  share: number[];
}

export interface CohortTable {
  unit: CohortUnit;
  /** Cohorts with at least one customer, oldest first. */
  cohorts: Cohort[];
}

/**
 * Customers grouped by the month or quarter of their first purchase up to T; for each, the share
 * active (with a purchase) in each following month or quarter up to T's. No purchases: no cohorts.
 */
export function cohortTable(rows: GroupedRows, agg: CustomerAggregates, t: EpochDay, unit: CohortUnit): CohortTable {
  const size = agg.flags.length;
  let firstDay = Infinity;
  const purchased = PURCHASED;
  for (let u = 0; u < size; u++) if (agg.flags[u] & purchased && agg.firstDay[u] < firstDay) firstDay = agg.firstDay[u];
  if (firstDay === Infinity) return { unit, cohorts: [] };
  const origin = monthToBucket(monthIndex(firstDay), unit);
  const width = monthToBucket(monthIndex(t), unit) - origin + 1;
  const counts = new Uint32Array(width * width);
  const { start, day, month, amount } = rows;
  const monthsPerBucket = unit === 'month' ? 1 : 3;
  for (let u = 0; u < size; u++) {
    let cohort = -1;
    let last = -1;
    for (let i = start[u]; i < start[u + 1] && day[i] <= t; i++) {
      if (!isPurchase(amount[i])) continue;
      const b = Math.floor(month[i] / monthsPerBucket) - origin;
      if (cohort < 0) cohort = b;
      if (b !== last) counts[cohort * width + (b - cohort)]++;
      last = b;
    }
  }
  const cohorts: Cohort[] = [];
  for (let c = 0; c < width; c++) {
    const size = counts[c * width];
    if (size === 0) continue;
    const active = Array.from(counts.subarray(c * width, c * width + (width - c)));
    cohorts.push({ label: bucketLabel(origin + c, unit), size, active, share: active.map((n) => n / size) });
  }
  return { unit, cohorts };
}
