import type { Kpi } from '../../domain/evaluation/kpi';
import type { SpecificObjective } from '../../domain/objectives/objective';

type Translate = (key: string) => string;

/** What a KPI is called: the planner's name, else its control ratio's or diagnosis figure's, else "untitled". */
export function kpiName(kpi: Pick<Kpi, 'name' | 'ratio' | 'metric'>, tx: Translate): string {
  if (kpi.name.trim() !== '') return kpi.name.trim();
  if (kpi.ratio !== undefined) return tx(`evaluation.ratio.${kpi.ratio}`);
  if (kpi.metric !== undefined) return tx(`metric.${kpi.metric}`);
  return tx('evaluation.kpi.untitled');
}

/** How an objective is referred to: its description, else the name of what it measures. */
export function objectiveName(objective: SpecificObjective, tx: Translate): string {
  const description = objective.description.trim();
  if (description !== '') return description;
  if (objective.metric === 'custom') return objective.customName?.trim() || tx('evaluation.kpi.untitled');
  return tx(`metric.${objective.metric}`);
}
