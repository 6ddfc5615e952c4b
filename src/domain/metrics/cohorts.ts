import type { EpochDay } from '../dates';
import { PURCHASED, type CustomerAggregates } from './aggregate';
import { bucketFinder, bucketLabel } from './calendar-buckets';
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
  const bucketOf = bucketFinder(unit);
  let firstBucket = Infinity;
  for (let u = 0; u < size; u++) {
    if (agg.flags[u] & PURCHASED) firstBucket = Math.min(firstBucket, bucketOf(agg.firstDay[u]));
  }
  if (firstBucket === Infinity) return { unit, cohorts: [] };
  const width = bucketOf(t) - firstBucket + 1;
  const counts = new Uint32Array(width * width);
  for (let u = 0; u < size; u++) {
    if (!(agg.flags[u] & PURCHASED)) continue;
    const cohort = bucketOf(agg.firstDay[u]) - firstBucket;
    let last = -1;
    for (let i = rows.start[u]; i < rows.start[u + 1] && rows.day[i] <= t; i++) {
      if (!(rows.amount[i] > 0)) continue;
      const b = bucketOf(rows.day[i]) - firstBucket;
      if (b !== last) counts[cohort * width + (b - cohort)]++;
      last = b;
    }
  }
  const cohorts: Cohort[] = [];
  for (let c = 0; c < width; c++) {
    const size = counts[c * width];
    if (size === 0) continue;
    const active = Array.from(counts.subarray(c * width, c * width + (width - c)));
    cohorts.push({ label: bucketLabel(firstBucket + c, unit), size, active, share: active.map((n) => n / size) });
  }
  return { unit, cohorts };
}
