import { epochDayToIso } from '../../domain/dates';
import type { DiagnosisNote, UnlockHint } from '../../domain/metrics/diagnosis';
import type { Language } from '../../domain/plan';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../i18n/format';
import { locale } from '../../i18n/locale.svelte';
import type { FigureKind } from '../../domain/metrics/figure-groups';

/** A figure as the panel shows it; durations in the analysis period's unit (`periodMonths`, P). */
export function formatFigure(value: number, kind: FigureKind, language: Language, currency: string, periodMonths?: number): string {
  switch (kind) {
    case 'count':
      return formatNumber(value, language, 0);
    case 'share':
      return formatPercent(value, language);
    case 'money':
      return formatMoney(value, language, currency);
    case 'number':
      return formatNumber(value, language, 2);
    case 'periods':
      return locale.t('figures.periods', { n: formatNumber(value, language, 1), months: periodMonths ?? 0 });
  }
}

/** Why a figure is missing and what would unlock it, as a sentence. */
export function unlockText(hint: UnlockHint): string {
  switch (hint.code) {
    case 'needs-dataset':
      return locale.tDynamic(`unlock.needs-dataset.${hint.dataset}`);
    case 'needs-column':
      return locale.t('unlock.needs-column', { field: locale.tDynamic(`column.${hint.dataset}.${hint.field}`) });
    case 'needs-input': {
      const sentence = locale.tDynamic(`unlock.input.${hint.field}`);
      return sentence.startsWith('unlock.') ? locale.t('unlock.needs-input', { field: locale.tDynamic(`params.${hint.field}`) }) : sentence;
    }
    default:
      return locale.tDynamic(`unlock.${hint.code}`);
  }
}

export function noteText(note: DiagnosisNote, language: Language): string {
  const day = (d: number) => formatDate(epochDayToIso(d), language);
  switch (note.code) {
    case 'analysis-date':
      return locale.t('note.analysis-date', { date: day(note.day), source: note.source });
    case 'margin':
      return locale.t('note.margin', { value: formatPercent(note.value, language), source: note.source });
    case 'churn-source':
      return locale.t('note.churn-source', { source: note.source });
    case 'clv-horizon-capped':
      return locale.t('note.clv-horizon-capped', { periods: note.periods });
    case 'previous-period-partial':
      return locale.t('note.previous-period-partial', { date: day(note.firstPurchase) });
    case 'rows-after-analysis-date':
      return locale.t('note.rows-after-analysis-date', { n: formatNumber(note.count, language, 0) });
    case 'abc-basis':
      return locale.t('note.abc-basis', { basis: note.basis });
    case 'satisfaction-scale':
      return locale.t('note.satisfaction-scale', { max: note.max, inferred: note.inferred ? 'yes' : '' });
    case 'loyalty-source':
      return locale.t('note.loyalty-source', { source: note.source });
    case 'probables-typed':
      return locale.t('note.probables-typed', { n: formatNumber(note.value, language, 0) });
    case 'market-size-below-pyramid':
      return locale.t('note.market-size-below-pyramid', { n: formatNumber(note.others, language, 0) });
    case 'customer-rows-without-id':
      return locale.t('note.customer-rows-without-id', { n: formatNumber(note.count, language, 0) });
    case 'param-replaced':
      return locale.t('note.param-replaced', { field: locale.tDynamic(`params.${note.field}`) });
  }
}
