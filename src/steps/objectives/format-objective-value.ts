import type { ObjectiveUnit } from '../../domain/objectives/objective';
import type { Language } from '../../domain/plan';
import { wordsFor } from '../../i18n/words';
import { locale } from '../../i18n/locale.svelte';

/** A baseline or target as the plan shows it: 25 %, 1.234,50 €, 120 clientes, 4 periodos. */
export function formatObjectiveValue(value: number, unit: ObjectiveUnit | null, language: Language, currency: string): string {
  const words = wordsFor(language, currency);
  switch (unit) {
    case '%': return words.percent(value, 2);
    case 'currency': return words.money(value);
    case 'customers':
    case 'periods': return `${words.number(value, 2)} ${locale.t(`objectives.unitSuffix.${unit}`)}`;
    default: return words.number(value, 2);
  }
}
