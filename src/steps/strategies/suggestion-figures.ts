import type { MetricId } from '../../domain/metric-ids';
import { METRIC_CATALOGUE } from '../../domain/metrics/metric-catalogue';
import type { Language } from '../../domain/plan';
import type { SuggestionTrigger } from '../../domain/strategies/suggestions';
import { wordsIn } from '../../i18n/words';
import { locale } from '../../i18n/locale.svelte';

export interface TriggerFigure {
  label: string;
  /** Set when the figure is one diagnosis figure (not a sum of several). */
  metric: MetricId | null;
  value: number;
  text: string;
}

function formatFigure(metric: MetricId, value: number, language: Language): string {
  return METRIC_CATALOGUE[metric].kind === 'share' ? wordsIn(language).percent(value, 1) : wordsIn(language).number(value, 2);
}

const metricLabel = (metric: MetricId) => locale.words.objectiveMetric(metric);

/**
 * What a suggestion's trigger shows: the figure (and the figures it is compared with) and the
 * comparison, «proporción: 33 % (umbral: 50 %)» or «umbral: 12,9 %».
 */
export function triggerFigures(trigger: SuggestionTrigger, language: Language): { figures: TriggerFigure[]; comparison: string } {
  const figures: TriggerFigure[] = [
    { label: metricLabel(trigger.metric), metric: trigger.metric, value: trigger.value, text: formatFigure(trigger.metric, trigger.value, language) },
  ];
  if (!trigger.per) {
    return {
      figures,
      comparison: locale.t('strategies.suggestions.threshold', { threshold: formatFigure(trigger.metric, trigger.threshold, language) }),
    };
  }
  const { metrics, value } = trigger.per;
  figures.push({
    label: metrics.map(metricLabel).join(' + '),
    metric: metrics.length === 1 ? metrics[0] : null,
    value,
    text: wordsIn(language).number(value, 2),
  });
  const share = value > 0 ? wordsIn(language).percent(trigger.value / value, 1) : '—';
  return {
    figures,
    comparison: locale.t('strategies.suggestions.ratio', { share, threshold: wordsIn(language).percent(trigger.threshold, 1) }),
  };
}
