import type { Language } from '../domain/plan';
import { interpolate, type MessageParams } from '../i18n/define-messages';
import { formatMoney, formatNumber, formatPercent, localeOf } from '../i18n/format';
import { messageTable } from '../i18n/message-tables';
import type { chartCategories } from '../i18n/messages/chart-categories';
import type { charts } from '../i18n/messages/charts';
import type { customerList } from '../i18n/messages/customer-list';
import type { ChartCell } from './chart-types';

export type ChartKey = keyof typeof charts.es | keyof typeof chartCategories.es | keyof typeof customerList.es;

/** The plan's language and currency: the builders write every word and number in them. */
export interface ChartLocale {
  language: Language;
  currency: string;
}

/** Texts and number formats of one plan, for the pure builders (no runes, no locale state). */
export function chartWords({ language, currency }: ChartLocale) {
  const compact = new Intl.NumberFormat(localeOf(language), { notation: 'compact', maximumFractionDigits: 1 });
  const compactMoney = new Intl.NumberFormat(localeOf(language), {
    notation: 'compact',
    style: 'currency',
    currency,
    maximumFractionDigits: 1,
  });
  const moneyWhole = new Intl.NumberFormat(localeOf(language), { style: 'currency', currency, maximumFractionDigits: 0 });
  const symbol = new Intl.NumberFormat(localeOf(language), { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
    .formatToParts(0)
    .find((p) => p.type === 'currency')?.value ?? currency;
  return {
    language,
    currency,
    currencySymbol: symbol,
    t: (key: ChartKey, params?: MessageParams) => interpolate(messageTable(language)[key], params),
    count: (n: number) => formatNumber(n, language, 0),
    number: (n: number, digits = 2) => formatNumber(n, language, digits),
    percent: (share: number, digits = 1) => formatPercent(share, language, digits),
    money: (n: number) => formatMoney(n, language, currency),
    moneyWhole: (n: number) => moneyWhole.format(n),
    compact: (n: number) => compact.format(n),
    compactMoney: (n: number) => compactMoney.format(n),
    /** Table cells: the text shown and the unrounded number behind it. */
    countCell: (n: number, metric?: string): ChartCell => ({ text: formatNumber(n, language, 0), value: n, metric }),
    percentCell: (share: number): ChartCell => ({ text: formatPercent(share, language, 1), value: share }),
    moneyCell: (n: number, metric?: string): ChartCell => ({ text: formatMoney(n, language, currency), value: n, metric }),
  };
}

export type ChartWords = ReturnType<typeof chartWords>;
