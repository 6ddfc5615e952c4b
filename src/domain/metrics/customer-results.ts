import type { EpochDay } from '../dates';
import { ACTIVE_PREVIOUS, PURCHASED, type CustomerAggregates } from './aggregate';
import type { ChurnReasonCategory } from './churn-reasons';
import type { CustomerClasses } from './classify-customers';
import type { CustomerJoin } from './customer-join';
import type { CustomerResult } from './diagnosis';

const orNull = (x: number) => (Number.isNaN(x) ? null : x);
const score = (s: number) => (s === 0 ? null : s);

/** Each customer's reason for leaving, as written and as a reference category. */
export interface CustomerReasons {
  text: readonly (string | null)[];
  category: readonly (ChurnReasonCategory | null)[];
}

/** One result per joined customer, in the canonical (key) order. */
export function customerResults(
  join: CustomerJoin,
  agg: CustomerAggregates | null,
  t: EpochDay | null,
  classes: CustomerClasses,
  reasons: CustomerReasons | null,
): CustomerResult[] {
  const results = new Array<CustomerResult>(join.size);
  const { rfm, abc, value } = classes;
  for (let u = 0; u < join.size; u++) {
    const purchased = agg !== null && (agg.flags[u] & PURCHASED) !== 0;
    results[u] = {
      id: join.ids[u],
      firstDay: purchased ? agg.firstDay[u] : null,
      lastDay: purchased ? agg.lastDay[u] : null,
      recencyDays: purchased && t !== null ? t - agg.lastDay[u] : null,
      orders: agg ? agg.orders[u] : 0,
      revenue: agg ? agg.revenue[u] : 0,
      currentRevenue: agg ? agg.currentRevenue[u] : 0,
      currentOrders: agg ? agg.currentOrders[u] : 0,
      activePrevious: agg !== null && (agg.flags[u] & ACTIVE_PREVIOUS) !== 0,
      r: score(rfm.r[u]),
      f: score(rfm.f[u]),
      m: score(rfm.m[u]),
      segment: rfm.segment[u],
      abc: abc ? abc.classes[u] : null,
      type: classes.types.type[u],
      nearTypeBorder: classes.types.nearBorder[u] === 1,
      clv: orNull(value.clv[u]),
      strategicValue: orNull(value.strategicValue[u]),
      shareOfWallet: orNull(value.shareOfWallet[u]),
      pyramid: classes.pyramid[u],
      churnReason: reasons?.text[u] ?? null,
      churnCategory: reasons?.category[u] ?? null,
    };
  }
  return results;
}
