import type { Diagnosis } from '../domain/metrics/diagnosis';
import { abcChart } from './abc-option';
import type { ChartLocale } from './chart-text';
import type { ChartOutcome } from './chart-types';
import { churnReasonsChart } from './churn-reasons-option';
import { cohortsChart } from './cohorts-option';
import { customerTypesChart } from './customer-types-option';
import { dataLevelsChart, levelsFromFigures, type DataLevelCounts } from './data-levels-option';
import { monthlyChart } from './monthly-option';
import { pyramidChart } from './pyramid-option';
import { rfmGridChart, type RfmMeasure } from './rfm-grid-option';
import type { CustomerSelection } from './selection';
import { valueMatrixChart } from './value-matrix-option';

/** Width the diagnosis charts are laid out for, in CSS pixels; the documents scale them to the text width. */
export const CHART_WIDTH = 640;

/** What the screen may vary in a chart; the documents use the defaults. */
export interface ChartView {
  rfmMeasure?: RfmMeasure;
  /** Data levels from the data-quality engine; the diagnosis' own figures otherwise. */
  levels?: DataLevelCounts | null;
  /** Whether a click on a data level lists its customers. */
  levelsSelectable?: boolean;
}

export interface DiagnosisChartEntry {
  id: string;
  build: (diagnosis: Diagnosis, locale: ChartLocale, view: ChartView) => ChartOutcome<CustomerSelection>;
  /** Height in CSS pixels for CHART_WIDTH. */
  height: (diagnosis: Diagnosis) => number;
}

const standard = () => 330;

/** The diagnosis charts in the order of step 1: the screen and the documents both draw this list. */
export const DIAGNOSIS_CHARTS: readonly DiagnosisChartEntry[] = [
  { id: 'pyramid', build: (d, l) => pyramidChart(d, l), height: standard },
  { id: 'abc', build: (d, l) => abcChart(d, l), height: standard },
  { id: 'rfm', build: (d, l, v) => rfmGridChart(d, l, v.rfmMeasure), height: () => 400 },
  { id: 'types', build: (d, l) => customerTypesChart(d, l), height: standard },
  { id: 'value', build: (d, l) => valueMatrixChart(d, l), height: () => 400 },
  { id: 'churn', build: (d, l) => churnReasonsChart(d, l), height: () => 380 },
  { id: 'cohorts', build: (d, l) => cohortsChart(d, l), height: (d) => Math.max(300, Math.min(640, 90 + (d.cohorts?.cohorts.length ?? 0) * 16)) },
  { id: 'monthly', build: (d, l) => monthlyChart(d, l), height: standard },
  { id: 'levels', build: (d, l, v) => dataLevelsChart(v.levels ?? levelsFromFigures(d), l, v.levelsSelectable ?? false), height: standard },
];

/** A diagnosis chart's height by the id its builder gives it. */
export function diagnosisChartHeight(id: string, diagnosis: Diagnosis): number {
  return (DIAGNOSIS_CHARTS.find((c) => c.id === id)?.height ?? standard)(diagnosis);
}
