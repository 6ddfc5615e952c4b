import type { CustomerField, DatasetKind, TransactionField } from '../dataset';
import type { EpochDay } from '../dates';
import type { Figures, MetricId } from '../metric-ids';
import type { AbcClass } from './abc';
import type { ChurnReasonCategory, ChurnReasonSummary } from './churn-reasons';
import type { CohortTable } from './cohorts';
import type { CustomerType } from './customer-types';
import type { MonthlySeries } from './monthly-series';
import type { AnalysisParams } from './params';
import type { AnalysisPeriods } from './periods';
import type { PyramidLevel } from './pyramid';
import type { RfmSegment } from './rfm';

/** Why a figure is missing and what would unlock it; the UI turns it into a sentence. */
export type UnlockHint =
  | { code: 'needs-dataset'; dataset: DatasetKind }
  | { code: 'needs-column'; dataset: 'customers'; field: CustomerField }
  | { code: 'needs-column'; dataset: 'transactions'; field: TransactionField }
  | { code: 'needs-input'; field: keyof AnalysisParams }
  /** Less than two periods of history: churn cannot be measured (type it, or shorten the period). */
  | { code: 'short-history'; longestPeriod: number | null }
  | { code: 'no-previous-customers' }
  | { code: 'no-active-customers' }
  | { code: 'no-orders' }
  /** Churn is 0: the average life is unbounded ("no churn observed"). */
  | { code: 'no-churn-observed' }
  /** The column is there but no row has a usable value. */
  | { code: 'no-values' };

/** What the reader should know about how the figures were obtained. */
export type DiagnosisNote =
  | { code: 'analysis-date'; day: EpochDay; source: 'latest-transaction' | 'set' }
  | { code: 'margin'; value: number; source: 'set' | 'column' | 'default' }
  | { code: 'churn-source'; source: 'transactions' | 'customers' | 'manual' }
  | { code: 'clv-horizon-capped'; periods: number }
  | { code: 'previous-period-partial'; firstPurchase: EpochDay }
  | { code: 'rows-after-analysis-date'; count: number }
  | { code: 'abc-basis'; basis: 'margin' | 'revenue' }
  | { code: 'satisfaction-scale'; max: number; inferred: boolean }
  | { code: 'loyalty-source'; source: 'column' | 'behaviour' }
  | { code: 'probables-typed'; value: number }
  | { code: 'market-size-below-pyramid'; others: number }
  | { code: 'customer-rows-without-id'; count: number }
  | { code: 'param-replaced'; field: keyof AnalysisParams };

/** One person of either table, with every per-customer figure (null where the data does not allow it). */
export interface CustomerResult {
  id: string;
  /** First and last purchase up to T. */
  firstDay: EpochDay | null;
  lastDay: EpochDay | null;
  recencyDays: number | null;
  /** Orders and net revenue over all history up to T. */
  orders: number;
  revenue: number;
  currentRevenue: number;
  currentOrders: number;
  /** Bought in the previous period (member of A2); with the pyramid level, A2 \ A1 are the customers lost. */
  activePrevious: boolean;
  r: number | null;
  f: number | null;
  m: number | null;
  segment: RfmSegment | null;
  abc: AbcClass | null;
  type: CustomerType | null;
  /** Satisfaction or loyalty near the line between high and low: one experience from another type. */
  nearTypeBorder: boolean;
  /** Real value: the customer's simple CLV, margin per period of that customer × expected life. */
  clv: number | null;
  strategicValue: number | null;
  shareOfWallet: number | null;
  pyramid: PyramidLevel | null;
  /** The reason for leaving the customers file gives, as written, and its reference category. */
  churnReason: string | null;
  churnCategory: ChurnReasonCategory | null;
}

/** Customers and all-history revenue per R×F cell: `count[r - 1][f - 1]`. */
export interface RfmGridCounts {
  count: number[][];
  revenue: number[][];
}

export interface DiagnosisBasis {
  transactionRows: number;
  /** Transaction rows dated up to T, and after it (left out). */
  rowsUsed: number;
  rowsAfterAnalysisDate: number;
  customerFileRows: number;
  customerFileRowsWithoutId: number;
  /** People in both files joined by id. */
  customers: number;
  customersWithPurchases: number;
  customersOnlyInFile: number;
}

export interface Diagnosis {
  /** Every figure the data allows, unrounded; shares as fractions. */
  figures: Figures;
  unavailable: Partial<Record<MetricId, UnlockHint>>;
  notes: DiagnosisNote[];
  /** T, or null without transactions and without a date set. */
  analysisDate: EpochDay | null;
  period: AnalysisPeriods | null;
  /** The parameters used (invalid fields replaced by defaults, see the notes). */
  params: AnalysisParams;
  customers: CustomerResult[];
  rfmGrid: RfmGridCounts | null;
  abcCurve: { customerShare: number[]; valueShare: number[] } | null;
  cohorts: CohortTable | null;
  monthly: MonthlySeries | null;
  churnReasons: ChurnReasonSummary | null;
  basis: DiagnosisBasis;
}
