import { abcClasses, type AbcResult } from './abc';
import type { CustomerContext, FigureGroup } from './figure-group';

/**
 * ABC over current-period margin where the data has a margin column in use, else over
 * current-period revenue (m · revenue would give the same classes).
 */
export function assignAbc(ctx: CustomerContext, out: FigureGroup): AbcResult | null {
  const { agg } = ctx;
  if (!agg) {
    out.missing(['abc_a', 'abc_b', 'abc_c'], { code: 'needs-dataset', dataset: 'transactions' });
    return null;
  }
  const byMargin = ctx.marginFromColumn && agg.currentMargin !== null;
  out.note({ code: 'abc-basis', basis: byMargin ? 'margin' : 'revenue' });
  const abc = abcClasses(byMargin ? agg.currentMargin! : agg.currentRevenue, ctx.params.abcThresholds);
  if (abc.cumulative.length === 0) {
    out.missing(['abc_a', 'abc_b', 'abc_c'], { code: 'no-values' });
    return abc;
  }
  const counts = { A: 0, B: 0, C: 0 };
  for (const c of abc.classes) if (c) counts[c]++;
  Object.assign(out.figures, { abc_a: counts.A, abc_b: counts.B, abc_c: counts.C });
  return abc;
}
