import type { EChartsCoreOption } from 'echarts/core';

/** One cell of a chart's table: text as shown, and the unrounded number behind it when there is one. */
export type ChartCell = string | { text: string; value: number; metric?: string };

/** The same numbers as the chart, for the «view as table» switch and the PDF. */
export interface ChartTable<S = unknown> {
  columns: string[];
  /** The first cell of each row names it (a row header). */
  rows: ChartCell[][];
  /** What each row selects when its header is activated (parallel to `rows`; null: nothing). */
  selections?: (S | null)[];
}

/** What a click on a chart element tells the builder: the ECharts event fields that identify it. */
export interface ChartClick {
  componentType: string;
  seriesIndex?: number;
  dataIndex?: number;
  name?: string;
  value?: unknown;
}

/**
 * A chart ready to draw: an ECharts option plus its words. `select` turns a click into a
 * selection (a segment, class, level…) or null when the element clicked selects nothing.
 */
export interface BuiltChart<S = unknown> {
  /** Stable id, used for file names and test ids (e.g. `abc-pareto`). */
  id: string;
  option: EChartsCoreOption;
  title: string;
  /** One sentence computed from the data. */
  reading: string;
  /** Units of the figures (e.g. «EUR · clientes»), shown under the title. */
  units?: string;
  table: ChartTable<S>;
  select?: (click: ChartClick) => S | null;
}

export function cellText(cell: ChartCell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

/** A chart the data allows, or the line that says why it is missing and what would unlock it. */
export type ChartOutcome<S = unknown> =
  | { ok: true; chart: BuiltChart<S> }
  | { ok: false; id: string; title: string; reason: string };
