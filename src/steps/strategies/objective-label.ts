import type { SpecificObjective } from '../../domain/objectives/objective';
import { locale } from '../../i18n/locale.svelte';

/** How step 3 names a step 2 objective: its number and its description, or else its metric. */
export function objectiveLabel(objective: SpecificObjective, n: number): string {
  const metric = objective.metric === 'custom' ? (objective.customName ?? '').trim() : locale.words.objectiveMetric(objective.metric);
  const name = objective.description.trim() || metric;
  return name ? `${n}. ${name}` : locale.t('strategies.objectives.unnamed', { n });
}
