import type { CustomerField, TransactionField } from '../domain/dataset';
import type { EpochDay } from '../domain/dates';
import type { MetricId } from '../domain/metric-ids';
import type { DiagnosisNote, UnlockHint } from '../domain/metrics/diagnosis';
import type { SegmentRef } from '../domain/strategies/segment-ref';
import type { MessageParams } from './define-messages';
import type { MessageKey } from './messages';

interface Formats {
  t: (key: MessageKey, params?: MessageParams) => string;
  has: (key: string) => key is MessageKey;
  number: (n: number, digits?: number) => string;
  count: (n: number) => string;
  percent: (share: number, digits?: number) => string;
  day: (day: EpochDay) => string;
}

/** The diagnosis figures in words: their names, why one is missing and the notes on them. */
export function figureWords({ t, has, count, percent, day }: Formats) {
  /** A column's name: «Importe», «Fecha de alta». */
  function column(of: { dataset: 'customers'; field: CustomerField } | { dataset: 'transactions'; field: TransactionField }): string {
    return of.dataset === 'customers' ? t(`column.customers.${of.field}`) : t(`column.transactions.${of.field}`);
  }

  /** A figure's name: the diagnosis' own, else the chart's name for an RFM segment or data level. */
  function metricName(id: MetricId): string {
    const own = `metric.${id}`;
    if (has(own)) return t(own);
    const segment = `rfm.segment.${id.slice(4).replace(/_/g, '-')}`;
    if (id.startsWith('rfm_') && has(segment)) return t(segment);
    if (id.startsWith('data_level_')) return t('levels.level', { k: id.slice(-1) });
    return id;
  }

  /** What a figure measures, or its formula («deserción = |A2 \\ A1| / |A2|»); '' for a figure without one. */
  function metricText(id: MetricId, facet: 'explain' | 'formula'): string {
    const text = `metric.${id}.${facet}` as const;
    return has(text) ? t(text) : '';
  }

  /** A metric as an objective names it («Tasa de deserción»); the diagnosis' name for one objectives do not list. */
  function objectiveMetric(id: MetricId): string {
    const own = `objectives.metric.${id}`;
    return has(own) ? t(own) : metricName(id);
  }

  /** A segment of the diagnosis as the strategies name it; its stored key when the plan holds one we do not know. */
  function segment({ kind, key }: SegmentRef): string {
    const name = `strategies.segment.${kind}.${key}`;
    return has(name) ? t(name) : key;
  }

  /** Why a figure is missing and what would unlock it, as a sentence. */
  function unlock(hint: UnlockHint): string {
    switch (hint.code) {
      case 'needs-dataset': return t(`unlock.needs-dataset.${hint.dataset}`);
      case 'needs-column': return t('unlock.needs-column', { field: column(hint) });
      case 'needs-input': {
        const sentence = `unlock.input.${hint.field}`;
        return has(sentence) ? t(sentence) : t('unlock.needs-input', { field: t(`params.${hint.field}`) });
      }
      default: return t(`unlock.${hint.code}`);
    }
  }

  /** A note on the figures; dates as `when` words an epoch day (the documents write them long). */
  function note(n: DiagnosisNote, when: (d: EpochDay) => string = day): string {
    switch (n.code) {
      case 'analysis-date': return t('note.analysis-date', { date: when(n.day), source: n.source });
      case 'margin': return t('note.margin', { value: percent(n.value), source: n.source });
      case 'churn-source': return t('note.churn-source', { source: n.source });
      case 'clv-horizon-capped': return t('note.clv-horizon-capped', { periods: n.periods });
      case 'previous-period-partial': return t('note.previous-period-partial', { date: when(n.firstPurchase) });
      case 'rows-after-analysis-date': return t('note.rows-after-analysis-date', { n: count(n.count) });
      case 'abc-basis': return t('note.abc-basis', { basis: n.basis });
      case 'satisfaction-scale': return t('note.satisfaction-scale', { max: n.max, inferred: n.inferred ? 'yes' : '' });
      case 'loyalty-source': return t('note.loyalty-source', { source: n.source });
      case 'probables-typed': return t('note.probables-typed', { n: count(n.value) });
      case 'market-size-below-pyramid': return t('note.market-size-below-pyramid', { n: count(n.others) });
      case 'customer-rows-without-id': return t('note.customer-rows-without-id', { n: count(n.count) });
      case 'param-replaced': return t('note.param-replaced', { field: t(`params.${n.field}`) });
    }
  }

  return { column, metricName, metricText, objectiveMetric, segment, unlock, note };
}
