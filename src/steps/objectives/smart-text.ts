import type { SpecificObjective } from '../../domain/objectives/objective';
import type { SmartVerdict } from '../../domain/objectives/smart-check';
import type { Language } from '../../domain/plan';
import { wordsIn } from '../../i18n/words';
import { locale } from '../../i18n/locale.svelte';
import { formatObjectiveValue } from './format-objective-value';

const VALUE_PARAMS = ['baseline', 'target', 'plausibleTarget', 'market'] as const;
const MONTH_PARAMS = ['months', 'monthsNeeded'] as const;
const DATE_PARAMS = ['deadline', 'horizonEnd', 'today'] as const;

/** A verdict's reason and (when it fails) how to fix it, in the interface language, figures formatted for the plan. */
export function smartText(
  verdict: SmartVerdict,
  objective: SpecificObjective,
  language: Language,
  currency: string,
): { reason: string; fix: string | null } {
  const params: Record<string, string | number> = { ...verdict.params };
  for (const name of VALUE_PARAMS) {
    const value = verdict.params[name];
    if (typeof value === 'number') {
      params[name] = formatObjectiveValue(value, name === 'market' ? 'customers' : objective.unit, language, currency);
    }
  }
  for (const name of MONTH_PARAMS) {
    const value = verdict.params[name];
    if (typeof value === 'number') params[name] = wordsIn(language).number(value, 1);
  }
  for (const name of DATE_PARAMS) {
    const value = verdict.params[name];
    if (typeof value === 'string' && value !== '') params[name] = wordsIn(language).date(value);
  }
  // A passing letter has no fix to give.
  const fix = `objectives.smart.${verdict.code}.fix`;
  return {
    reason: locale.t(`objectives.smart.${verdict.code}.reason`, params),
    fix: verdict.pass || !locale.words.has(fix) ? null : locale.t(fix, params),
  };
}
