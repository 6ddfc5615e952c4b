import type { MetricId } from '../metric-ids';
import { METRIC_CATALOGUE } from './metric-catalogue';

/** How a figure reads: people or things counted, a share, money, a plain number, periods. */
export type FigureKind = 'count' | 'share' | 'money' | 'number' | 'periods';

/** Step 1's groups of figures, in the order the panel and the documents show them. */
export const FIGURE_GROUP_IDS = ['base', 'loyalty', 'value', 'pyramid', 'segments', 'wallet'] as const;

export type FigureGroupId = (typeof FIGURE_GROUP_IDS)[number];

export interface FigureGroup {
  id: FigureGroupId;
  figures: readonly { id: MetricId; kind: FigureKind }[];
}

const inCatalogueOrder = Object.keys(METRIC_CATALOGUE) as MetricId[];

/** The figures of step 1 in the order a planner reads them: each group's metrics in the catalogue's order. */
export const FIGURE_GROUPS: readonly FigureGroup[] = FIGURE_GROUP_IDS.map((group) => ({
  id: group,
  figures: inCatalogueOrder.filter((id) => METRIC_CATALOGUE[id].group === group).map((id) => ({ id, kind: METRIC_CATALOGUE[id].kind })),
}));
