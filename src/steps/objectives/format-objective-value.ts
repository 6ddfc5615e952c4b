import type { ObjectiveUnit } from '../../domain/objectives/objective';
import type { Language } from '../../domain/plan';
import { wordsFor, wordsIn } from '../../i18n/words';
import { locale } from '../../i18n/locale.svelte';

/** A baseline or target as the plan shows it: 25 %, 1.234,50 €, 120 clientes, 4 periodos. */
export function formatObjectiveValue(value: number, unit: ObjectiveUnit | null, language: Language, currency: string): string {
  switch (unit) {
    case '%': return wordsIn(language).percent(value, 2);
    case 'currency': return wordsFor(language, currency).money(value);
    case 'customers':
    case 'periods': return `${wordsIn(language).number(value, 2)} ${locale.t(`objectives.unitSuffix.${unit}`)}`;
    default: return wordsIn(language).number(value, 2);
  }
}

/**
 * A calendar day (`yyyy-mm-dd`) in the plan's language. Read as local midnight, so that the
 * day shown is the day stored whatever the time zone (a bare ISO date is UTC midnight).
 */
export function formatDay(iso: string, language: Language): string {
  return wordsIn(language).date(`${iso}T00:00:00`);
}
