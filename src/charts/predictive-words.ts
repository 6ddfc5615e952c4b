import type { TimeUnit } from '../domain/clv-models/time-unit';
import type { EpochDay } from '../domain/dates';
import { interpolate, type MessageParams } from '../i18n/define-messages';
import { formatMoney, formatNumber, formatPercent, localeOf } from '../i18n/format';
import { messageTable } from '../i18n/message-tables';
import type { predictive } from '../i18n/messages/predictive';
import type { ChartLocale } from './chart-text';

export type PredictiveKey = keyof typeof predictive.es;

/** Texts and number formats of the predictive-CLV panel and its charts, in the plan's language and currency. */
export function predictiveWords({ language, currency }: ChartLocale) {
  const signed = new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  // Epoch days are UTC midnights: shown in UTC so that no time zone moves them a day.
  const dates = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeZone: 'UTC' });
  const t = (key: PredictiveKey, params?: MessageParams) => interpolate(messageTable(language)[key], params);
  return {
    language,
    currency,
    t,
    number: (n: number, digits = 2) => formatNumber(n, language, digits),
    count: (n: number) => formatNumber(n, language, 0),
    percent: (share: number, digits = 1) => formatPercent(share, language, digits),
    /** A relative gap with its sign: −8 %, +3,5 %. */
    signedPercent: (share: number) => signed.format(share),
    money: (n: number) => formatMoney(n, language, currency),
    date: (day: EpochDay) => dates.format(day * 86_400_000),
    /** «52 semanas», «1 mes»: a length of time in a unit, up to two decimals. */
    duration: (n: number, unit: TimeUnit) => t(`predictive.duration.${unit}`, { n: formatNumber(n, language, 2), value: n }),
    unitName: (unit: TimeUnit) => t(`predictive.unit.${unit}`),
    unitOne: (unit: TimeUnit) => t(`predictive.unitOne.${unit}`),
  };
}

export type PredictiveWords = ReturnType<typeof predictiveWords>;
