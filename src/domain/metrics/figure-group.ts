import type { EpochDay } from '../dates';
import type { Figures, MetricId } from '../metric-ids';
import type { CustomerAggregates } from './aggregate';
import type { CustomerAttributes } from './customer-attributes';
import type { DiagnosisNote, UnlockHint } from './diagnosis';
import type { AnalysisParams } from './params';
import type { ChurnResolution } from './resolve-churn';

/** Figures, the hints of the missing ones, and notes, as each step of the diagnosis adds them. */
export class FigureGroup {
  readonly figures: Figures = {};
  readonly unavailable: Partial<Record<MetricId, UnlockHint>> = {};
  readonly notes: DiagnosisNote[] = [];

  /** Sets the figure, or its hint when the value is null or not finite. */
  put(id: MetricId, value: number | null, hint: UnlockHint): void {
    if (value === null || !Number.isFinite(value)) this.missing([id], hint);
    else this.figures[id] = value;
  }

  missing(ids: readonly MetricId[], hint: UnlockHint): void {
    for (const id of ids) this.unavailable[id] = hint;
  }

  note(note: DiagnosisNote): void {
    this.notes.push(note);
  }
}

/** What the per-customer steps read: the joined customers and what is known of each. */
export interface CustomerContext {
  size: number;
  attributes: CustomerAttributes | null;
  /** Per-customer sums up to T; null without transactions. */
  agg: CustomerAggregates | null;
  t: EpochDay | null;
  params: AnalysisParams;
  /** m, the margin share in use. */
  margin: number;
  /** Whether per-customer margins come from the margin column rather than m · revenue. */
  marginFromColumn: boolean;
  churn: ChurnResolution;
}

/** Margin of the current period of customer u: from the margin column, or m · revenue. */
export function customerMargin(ctx: CustomerContext, u: number): number {
  const agg = ctx.agg!;
  return ctx.marginFromColumn && agg.currentMargin ? agg.currentMargin[u] : ctx.margin * agg.currentRevenue[u];
}
