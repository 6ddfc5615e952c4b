import type { TimeUnit } from '../domain/clv-models/time-unit';
import { wordsFor } from '../i18n/words';
import type { ChartLocale } from './chart-text';

/** The plan's words (see `i18n/words.ts`) and the predictive-CLV panel's lengths of time. */
export function predictiveWords({ language, currency }: ChartLocale) {
  const words = wordsFor(language, currency);
  return {
    ...words,
    /** «52 semanas», «1 mes»: a length of time in a unit, up to two decimals. */
    duration: (n: number, unit: TimeUnit) => words.t(`predictive.duration.${unit}`, { n: words.number(n, 2), value: n }),
    unitName: (unit: TimeUnit) => words.t(`predictive.unit.${unit}`),
    unitOne: (unit: TimeUnit) => words.t(`predictive.unitOne.${unit}`),
  };
}

export type PredictiveWords = ReturnType<typeof predictiveWords>;
