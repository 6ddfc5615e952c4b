import type { Language } from '../domain/plan';
import { wordsFor } from '../i18n/words';
import type { ChartCell } from './chart-types';

/** The plan's language and currency: the builders write every word and number in them. */
export interface ChartLocale {
  language: Language;
  currency: string;
}

/** The plan's words (see `i18n/words.ts`) and the table cells the chart builders add to them. */
export function chartWords({ language, currency }: ChartLocale) {
  const words = wordsFor(language, currency);
  return {
    ...words,
    /** Table cells: the text shown and the unrounded number behind it. */
    countCell: (n: number, metric?: string): ChartCell => ({ text: words.count(n), value: n, metric }),
    percentCell: (share: number): ChartCell => ({ text: words.percent(share), value: share }),
    moneyCell: (n: number, metric?: string): ChartCell => ({ text: words.money(n), value: n, metric }),
  };
}

export type ChartWords = ReturnType<typeof chartWords>;
