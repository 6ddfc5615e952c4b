import { epochDayToIso, type EpochDay } from '../domain/dates';
import type { FigureKind } from '../domain/metrics/figure-groups';
import type { Language } from '../domain/plan';
import { interpolate, type MessageParams } from './define-messages';
import { figureWords } from './figure-words';
import { messageTable } from './message-tables';
import type { MessageKey } from './messages';
import { periodUnit } from './period-unit';

const LOCALES: Record<Language, string> = { es: 'es-ES', en: 'en-GB' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

const numberFormats = new Map<string, Intl.NumberFormat>();

// Making a formatter costs far more than using one, and a table of cohorts formats thousands of cells.
function numberFormatOf(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(tag, options)));
  return format;
}

/** Every key's leading parts: `column.customers` and `column` for `column.customers.city`. */
type PrefixOf<K extends string> = K extends `${infer Head}.${infer Rest}` ? Head | `${Head}.${PrefixOf<Rest>}` : never;
export type KeyPrefix = PrefixOf<MessageKey>;

const isCalendarDate = (iso: string) => /^\d{4}-\d{2}-\d{2}$/.test(iso);
const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Every text and number of the app in one language, for the screen, the charts and the documents
 * alike. Amounts of money group thousands always («8.400 €», as a business document writes them,
 * though Spanish leaves four digits ungrouped by default); plain numbers follow the language.
 */
function languageWords(language: Language) {
  const tag = LOCALES[language];
  const numberFormat = (options: Intl.NumberFormatOptions) => numberFormatOf(tag, options);
  const dates = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, options);
  const mediumUtc = dates({ dateStyle: 'medium', timeZone: 'UTC' });
  const longUtc = dates({ dateStyle: 'long', timeZone: 'UTC' });
  const shortUtc = dates({ day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  const monthYear = dates({ month: 'short', year: 'numeric', timeZone: 'UTC' });

  const t = (key: MessageKey, params?: MessageParams): string => interpolate(messageTable(language)[key], params);
  /** For a key that only some ids have (`unlock.input.<field>`): check it before wording it. */
  const has = (key: string): key is MessageKey => key in messageTable(language);
  /**
   * The text for an id known only at run time (a stored segment key, a table's id) under a typed
   * prefix: `lookup('pyramid', key)`. The id itself when no text has it.
   */
  const lookup = (prefix: KeyPrefix, id: string, params?: MessageParams): string => {
    const key = `${prefix}.${id}`;
    return has(key) ? t(key, params) : id;
  };

  const number = (n: number, digits = 2) => numberFormat({ maximumFractionDigits: digits }).format(n);
  const percent = (share: number, digits = 1) => numberFormat({ style: 'percent', maximumFractionDigits: digits }).format(share);
  /** A calendar date (`yyyy-mm-dd`) is shown as that day everywhere; a moment in time, in the reader's zone. */
  const date = (iso: string) => (isCalendarDate(iso) ? mediumUtc.format(utcDay(iso)) : dates({ dateStyle: 'medium' }).format(new Date(iso)));

  const words = {
    language,
    /** The BCP 47 tag, for sorting and dates the module does not word. */
    tag,
    t,
    has,
    lookup,
    /** A text as the document words it about the company (`document.<key>`), else as the screen does. */
    doc: (key: MessageKey, params?: MessageParams) => {
      const own = `document.${key}`;
      return t(has(own) ? own : key, params);
    },
    number,
    count: (n: number) => number(n, 0),
    /** A number beside money in a formula, grouped as money is: «1.148 clientes». */
    amount: (n: number, digits = 2) => numberFormat({ useGrouping: 'always', maximumFractionDigits: digits }).format(n),
    /** A share given as a fraction (0.25) shown as a percentage. */
    percent,
    /** A relative gap with its sign: −8 %, +3,5 %. */
    signedPercent: (share: number) => numberFormat({ style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(share),
    /**
     * A share that never reads as all or nothing unless it is: 7,032 of 7,043 filled shows «99,8 %»,
     * not «100 %» beside «11 vacías». One or two more decimals where whole numbers would round to 0 % or 100 %.
     */
    share: (share: number) => {
      if (share <= 0 || share >= 1) return percent(share, 0);
      for (const digits of [0, 1, 2]) {
        const whole = 100 * 10 ** digits;
        const scaled = Math.round(share * whole);
        if (scaled !== 0 && scaled !== whole) return percent(scaled / whole, digits);
      }
      return percent(share < 0.5 ? 0.0001 : 0.9999, 2);
    },
    compact: (n: number) => numberFormat({ notation: 'compact', maximumFractionDigits: 1 }).format(n),
    date,
    dateTime: (iso: string) => dates({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    /** An epoch day, a UTC midnight: shown in UTC so that no time zone moves it a day. */
    day: (day: EpochDay) => mediumUtc.format(day * 86_400_000),
    /** `yyyy-mm-dd` as a long date («3 de marzo de 2025»); '' for an empty or bad date. */
    longDate: (iso: string) => (isCalendarDate(iso) ? longUtc.format(utcDay(iso)) : ''),
    longDay: (day: EpochDay) => longUtc.format(utcDay(epochDayToIso(day))),
    shortDate: (iso: string) => (isCalendarDate(iso) ? shortUtc.format(utcDay(iso)) : ''),
    /** `yyyy-mm` as «mar 2025». */
    month: (yyyyMm: string) => monthYear.format(utcDay(`${yyyyMm}-01`)),
    /** The word for analysis periods of `months` months: «años» when P = 12, «periodos de 5 meses». */
    period: (one: boolean, months: number) => periodUnit(one, months, language),
  };
  return { ...words, ...figureWords(words) };
}

function moneyWords(language: Language, currency: string) {
  const base = wordsIn(language);
  const numberFormat = (options: Intl.NumberFormatOptions) => numberFormatOf(base.tag, options);
  const money = numberFormat({ style: 'currency', currency, useGrouping: 'always' });
  const whole = numberFormat({ style: 'currency', currency, useGrouping: 'always', maximumFractionDigits: 0 });
  const compact = numberFormat({ notation: 'compact', style: 'currency', currency, maximumFractionDigits: 1 });
  const symbol = numberFormat({ style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(0).find((p) => p.type === 'currency')?.value;
  const words = {
    ...base,
    currency,
    currencySymbol: symbol ?? currency,
    /** Money with its cents: «8.400,00 €», «€8,400.00». */
    money: (n: number) => money.format(n),
    /** Money rounded to whole units, for estimates: «8.400 €». */
    moneyWhole: (n: number) => whole.format(n),
    compactMoney: (n: number) => compact.format(n),
  };
  /** A figure as the panel and the documents show it; durations in the analysis period's unit (`periodMonths`, P). */
  function figure(value: number, kind: FigureKind, periodMonths?: number): string {
    switch (kind) {
      case 'count': return words.count(value);
      case 'share': return words.percent(value);
      case 'money': return words.money(value);
      case 'number': return words.number(value, 2);
      case 'periods': return words.t('figures.periods', { n: words.number(value, 1), months: periodMonths ?? 0 });
    }
  }
  return { ...words, figure };
}

export type Words = ReturnType<typeof moneyWords>;
export type LanguageWords = ReturnType<typeof languageWords>;

const made = new Map<string, Words>();
const madeIn = new Map<Language, LanguageWords>();

/** The words of a language without money, for a screen that shows no amount. */
export function wordsIn(language: Language): LanguageWords {
  let words = madeIn.get(language);
  if (!words) madeIn.set(language, (words = languageWords(language)));
  return words;
}

/** The words and formats of one plan: its language and its currency. Pure; made once per pair. */
export function wordsFor(language: Language, currency: string): Words {
  const key = `${language}|${currency}`;
  let words = made.get(key);
  if (!words) made.set(key, (words = moneyWords(language, currency)));
  return words;
}
