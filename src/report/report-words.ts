import { epochDayToIso, type EpochDay } from '../domain/dates';
import type { MetricId } from '../domain/metric-ids';
import type { DiagnosisNote, UnlockHint } from '../domain/metrics/diagnosis';
import type { Language } from '../domain/plan';
import { interpolate, type Message, type MessageParams } from '../i18n/define-messages';
import { formatMoney, formatNumber, formatPercent, localeOf } from '../i18n/format';
import { messageTable } from '../i18n/message-tables';
import type { report } from '../i18n/messages/report';
import type { reportAnnex } from '../i18n/messages/report-annex';
import type { FigureKind } from '../domain/metrics/figure-groups';

export type ReportKey = keyof typeof report.es | keyof typeof reportAnnex.es;

/**
 * Every word and number of the document in the plan's language and currency, whatever the
 * interface language is: every area's texts, the report's own among them. Pure: no locale state, so the document model can be built and tested alone.
 */
export function reportWords(language: Language, currency: string) {
  // Every area's texts, as the screen has them: a name the app shows is the name the document prints.
  const table: Record<string, Message> = messageTable(language);
  const tag = localeOf(language);
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const shortDay = new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });

  const t = (key: ReportKey, params?: MessageParams): string => interpolate(table[key], params);
  /** A key of any area; the key itself when no area has it. */
  const any = (key: string, params?: MessageParams): string => (key in table ? interpolate(table[key], params) : key);
  const has = (key: string): boolean => key in table;
  /** A text as the document words it about the company (`document.<key>`), else as the screen does. */
  const doc = (key: string, params?: MessageParams): string => any(has(`document.${key}`) ? `document.${key}` : key, params);

  const number = (n: number, digits = 2) => formatNumber(n, language, digits);
  const count = (n: number) => formatNumber(n, language, 0);
  const percent = (share: number, digits = 1) => formatPercent(share, language, digits);
  const money = (n: number) => formatMoney(n, language, currency);
  /** `yyyy-mm-dd` as a long date ("3 de marzo de 2025"); '' for an empty or bad date. */
  const date = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? day.format(new Date(`${iso}T00:00:00Z`)) : '');
  const shortDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? shortDay.format(new Date(`${iso}T00:00:00Z`)) : '');
  const epoch = (d: EpochDay) => date(epochDayToIso(d));
  /** `yyyy-mm` as "mar 2025". */
  const month = (yyyyMm: string) => monthYear.format(new Date(`${yyyyMm}-01T00:00:00Z`));

  function figure(value: number, kind: FigureKind): string {
    switch (kind) {
      case 'count': return count(value);
      case 'share': return percent(value);
      case 'money': return money(value);
      case 'number': return number(value, 2);
      case 'periods': return any('figures.periods', { n: number(value, 1) });
    }
  }

  /** A figure's name: the diagnosis' own, else the chart's name for an RFM segment or data level. */
  function metricName(id: MetricId): string {
    if (has(`metric.${id}`)) return any(`metric.${id}`);
    if (id.startsWith('rfm_')) return any(`rfm.segment.${id.slice(4).replace(/_/g, '-')}`);
    if (id.startsWith('data_level_')) return any('levels.level', { k: id.slice(-1) });
    return id;
  }

  function unlock(hint: UnlockHint): string {
    switch (hint.code) {
      case 'needs-dataset': return any(`unlock.needs-dataset.${hint.dataset}`);
      case 'needs-column': return any('unlock.needs-column', { field: any(`column.${hint.dataset}.${hint.field}`) });
      case 'needs-input': return any('unlock.needs-input', { field: any(`params.${hint.field}`) });
      default: return any(`unlock.${hint.code}`);
    }
  }

  function note(n: DiagnosisNote): string {
    switch (n.code) {
      case 'analysis-date': return any('note.analysis-date', { date: epoch(n.day), source: n.source });
      case 'margin': return any('note.margin', { value: percent(n.value), source: n.source });
      case 'churn-source': return any('note.churn-source', { source: n.source });
      case 'clv-horizon-capped': return any('note.clv-horizon-capped', { periods: n.periods });
      case 'previous-period-partial': return any('note.previous-period-partial', { date: epoch(n.firstPurchase) });
      case 'rows-after-analysis-date': return any('note.rows-after-analysis-date', { n: count(n.count) });
      case 'abc-basis': return any('note.abc-basis', { basis: n.basis });
      case 'satisfaction-scale': return any('note.satisfaction-scale', { max: n.max, inferred: n.inferred ? 'yes' : '' });
      case 'loyalty-source': return any('note.loyalty-source', { source: n.source });
      case 'probables-typed': return any('note.probables-typed', { n: count(n.value) });
      case 'market-size-below-pyramid': return any('note.market-size-below-pyramid', { n: count(n.others) });
      case 'customer-rows-without-id': return any('note.customer-rows-without-id', { n: count(n.count) });
      case 'param-replaced': return any('note.param-replaced', { field: any(`params.${n.field}`) });
    }
  }

  return { language, currency, t, any, has, doc, number, count, percent, money, date, shortDate, epoch, month, figure, metricName, unlock, note };
}

export type ReportWords = ReturnType<typeof reportWords>;
