import { PURCHASED } from './aggregate';
import { clvHorizon } from './clv';
import { categorySpendFromShare, realValue, shareOfWallet, strategicValue } from './customer-value';
import { customerMargin, type CustomerContext, type FigureGroup } from './figure-group';

export interface ValueAssignment {
  /** Real value (simple CLV) per customer; NaN where unknown. */
  clv: Float64Array;
  strategicValue: Float64Array;
  shareOfWallet: Float64Array;
}

/**
 * Per customer with a purchase up to T: real value = margin of the current period × expected life
 * (1 / churn, or the capped horizon); strategic value = (category spend − current revenue) · m,
 * category spend from its column or current revenue / share of wallet. Share of wallet from its
 * column, or current revenue / category spend. Figures: the sums of real and strategic value and
 * the mean share of wallet.
 */
export function assignValue(ctx: CustomerContext, out: FigureGroup): ValueAssignment {
  const { agg, attributes, churn, size } = ctx;
  const result: ValueAssignment = {
    clv: new Float64Array(size).fill(NaN),
    strategicValue: new Float64Array(size).fill(NaN),
    shareOfWallet: new Float64Array(size).fill(NaN),
  };
  const life = churn.ok ? clvHorizon(churn.churn).periods : null;
  let realSum = 0;
  let strategicSum = 0;
  let strategicCount = 0;
  let shareSum = 0;
  let shareCount = 0;
  for (let u = 0; u < size; u++) {
    const purchased = agg !== null && (agg.flags[u] & PURCHASED) !== 0;
    const revenue = purchased ? agg.currentRevenue[u] : NaN;
    if (purchased && life !== null) realSum += result.clv[u] = realValue(customerMargin(ctx, u), life);
    if (!attributes) continue;
    const shareCell = attributes.shareOfWallet[u];
    const spendCell = attributes.categorySpend[u];
    const share = !Number.isNaN(shareCell) ? shareCell : purchased ? shareOfWallet(revenue, spendCell) : null;
    if (share !== null && !Number.isNaN(share)) {
      result.shareOfWallet[u] = share;
      shareSum += share;
      shareCount++;
    }
    const spend = !Number.isNaN(spendCell) ? spendCell : purchased ? categorySpendFromShare(revenue, shareCell) : null;
    if (purchased && spend !== null && !Number.isNaN(spend)) {
      strategicSum += result.strategicValue[u] = strategicValue(spend, revenue, ctx.margin);
      strategicCount++;
    }
  }

  if (!agg) out.missing(['real_value'], { code: 'needs-dataset', dataset: 'transactions' });
  else if (!churn.ok) out.missing(['real_value'], churn.hint);
  else out.figures.real_value = realSum;

  const noFile = { code: 'needs-dataset', dataset: 'customers' } as const;
  const hasShare = attributes?.mapped.has('shareOfWallet') ?? false;
  const hasSpend = attributes?.mapped.has('categorySpend') ?? false;
  if (!attributes) out.missing(['share_of_wallet', 'strategic_value'], noFile);
  else if (!hasShare && !hasSpend) {
    out.missing(['share_of_wallet', 'strategic_value'], { code: 'needs-column', dataset: 'customers', field: 'categorySpend' });
  } else {
    out.put('share_of_wallet', shareCount > 0 ? shareSum / shareCount : null, hasShare || agg ? { code: 'no-values' } : { code: 'needs-dataset', dataset: 'transactions' });
    if (!agg) out.missing(['strategic_value'], { code: 'needs-dataset', dataset: 'transactions' });
    else out.put('strategic_value', strategicCount > 0 ? strategicSum : null, { code: 'no-values' });
  }
  return result;
}
