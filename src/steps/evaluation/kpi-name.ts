import type { Kpi } from '../../domain/evaluation/kpi';
import type { SpecificObjective } from '../../domain/objectives/objective';
import type { LanguageWords } from '../../i18n/words';

type Naming = Pick<LanguageWords, 't' | 'metricName'>;

/** What a KPI is called: the planner's name, else its control ratio's or diagnosis figure's, else "untitled". */
export function kpiName(kpi: Pick<Kpi, 'name' | 'ratio' | 'metric'>, words: Naming): string {
  if (kpi.name.trim() !== '') return kpi.name.trim();
  if (kpi.ratio !== undefined) return words.t(`evaluation.ratio.${kpi.ratio}`);
  if (kpi.metric !== undefined) return words.metricName(kpi.metric);
  return words.t('evaluation.kpi.untitled');
}

/** How an objective is referred to: its description, else the name of what it measures. */
export function objectiveName(objective: SpecificObjective, words: Naming): string {
  const description = objective.description.trim();
  if (description !== '') return description;
  if (objective.metric === 'custom') return objective.customName?.trim() || words.t('evaluation.kpi.untitled');
  return words.metricName(objective.metric);
}
