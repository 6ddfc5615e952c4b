import type { ObjectiveFigures } from '../domain/business/plan-business-case';
import { businessFormula } from '../domain/business/business-formulas';
import type { ObjectiveValue, ValueFactor, ValueIssue } from '../domain/business/objective-value';
import type { MetricId } from '../domain/metric-ids';
import type { SpecificObjective } from '../domain/objectives/objective';
import type { Language } from '../domain/plan';
import type { SegmentRef } from '../domain/strategies/segment-ref';
import { segmentMetric } from '../domain/strategies/segment-sizes';
import { wordsFor } from './words';

type NamedObjective = Pick<SpecificObjective, 'metric' | 'customName' | 'unit' | 'segment'>;

/**
 * The plan's words (see `words.ts`) and the business case's, for the step-2 cards, the step-5
 * view, its chart and the documents alike; numbers beside money grouped as money is («1.148
 * clientes»). Pure: no locale state.
 */
export function businessWords(language: Language, currency: string) {
  const words = wordsFor(language, currency);
  const { t, money, moneyWhole, percent } = words;
  const number = (n: number, digits = 2) => words.amount(n, Math.min(4, Math.max(0, digits)));

  const metricName = (metric: MetricId | 'custom', customName?: string) =>
    metric === 'custom' ? customName?.trim() || '—' : words.objectiveMetric(metric);
  const segmentName = (segment: SegmentRef) => words.segment(segment);

  /** «O1 · Tasa de deserción», «O2 · Cuota de cliente (Clientes A)». */
  function objectiveName(objective: NamedObjective, index: number): string {
    const name = `O${index + 1} · ${metricName(objective.metric, objective.customName)}`;
    // «Opositores» on the opositores already names its segment.
    const named = objective.segment && segmentMetric(objective.segment) === objective.metric;
    return objective.segment && !named ? `${name} (${segmentName(objective.segment)})` : name;
  }

  function change(value: number, objective: NamedObjective): string {
    switch (objective.unit) {
      case '%': return number(value, 4);
      case 'customers': return t('business.change.customers', { n: number(value, 2) });
      case 'currency': return money(value);
      default: return number(value, 2);
    }
  }

  function factor({ metric, value }: ValueFactor): string {
    switch (metric) {
      case 'active_customers': return t('business.factor.active_customers', { v: number(value, 0) });
      case 'orders': return t('business.factor.orders', { v: number(value, 0) });
      case 'margin_rate': return t('business.factor.margin_rate', { v: percent(value) });
      case 'average_order_value': return t('business.factor.average_order_value', { v: money(value) });
      default: return t('business.factor.clv_discounted', { v: money(value) });
    }
  }

  /** The formula in plain words: «0,05 × 1.148 clientes activos × 155,57 € (…) = 8.930 €»; the typed value's reasoning otherwise. */
  function formula(result: Extract<ObjectiveValue, { ok: true }>, objective: NamedObjective): string {
    if (result.source === 'typed') {
      return result.reason ? t('business.typed.source', { reason: result.reason }) : t('business.typed.sourceNoReason');
    }
    return `${[change(result.change, objective), ...result.factors.map(factor)].join(' × ')} = ${moneyWhole(result.value)}`;
  }

  /** How the formula reads («clientes que se quedan × lo que vale cada uno»); '' for a typed value. */
  function reads(metric: MetricId | 'custom'): string {
    const found = businessFormula(metric);
    return found ? t(`business.reads.${found.reads}`) : '';
  }

  function issue(found: ValueIssue, objective: NamedObjective): string {
    switch (found.code) {
      case 'empty-segment': return t('business.issue.empty-segment', { segment: objective.segment ? segmentName(objective.segment) : t('business.whole-base') });
      case 'missing-figure': return t('business.issue.missing-figure', { figure: metricName(found.metric) });
      default: return t(`business.issue.${found.code}`);
    }
  }

  /** What the planner should know about the value: no change, wrong way, no reasoning; '' when nothing. */
  function warning(result: ObjectiveValue): string {
    if (!result.ok) return '';
    if (result.flag === 'no-change') return t('business.flag.no-change');
    if (result.flag === 'wrong-way') return t('business.flag.wrong-way');
    return result.source === 'typed' && result.reason === '' ? t('business.typed.noReason') : '';
  }

  /** Whose figures the value rests on. */
  function basis(objective: NamedObjective, figures: ObjectiveFigures | null): string[] {
    if (!figures || !businessFormula(objective.metric)) return [];
    const lines = [objective.segment ? t('business.figures.segment', { segment: segmentName(objective.segment) }) : t('business.figures.base')];
    if (objective.segment && figures.churnSource === 'base' && businessFormula(objective.metric)?.factors.includes('clv_discounted')) {
      lines.push(t('business.figures.churnBase'));
    }
    return lines;
  }

  const payback = (months: number | null, horizon: number) =>
    months === null ? t('business.payback.never', { months: horizon }) : t('business.payback.month', { n: months });

  return { ...words, number, metricName, segmentName, objectiveName, formula, reads, issue, warning, basis, payback };
}

export type BusinessWords = ReturnType<typeof businessWords>;
