import type { EvaluationSection } from '../domain/evaluation/restore-evaluation';
import { budgetTotal } from '../domain/implementation/budget';
import type { ImplementationSection } from '../domain/implementation/restore-implementation';
import { isoToEpochDay } from '../domain/dates';
import type { Diagnosis } from '../domain/metrics/diagnosis';
import type { MetricId } from '../domain/metric-ids';
import type { ObjectivesSection } from '../domain/objectives/restore-objectives';
import type { Plan } from '../domain/plan';
import type { StepId } from '../domain/steps';
import { EXECUTIVE_SUMMARY_FIELD } from '../domain/document-fields';
import type { StrategiesSection } from '../domain/strategies/restore-strategies';
import { METRIC_CATALOGUE } from '../domain/metrics/metric-catalogue';
import type { KeyFigure, ReportBlock, ReportSection } from './report-model';
import type { Words } from '../i18n/words';

/** The figures the summary leads with, when the data gives them. */
export const KEY_FIGURES: readonly MetricId[] = [
  'customers_total', 'active_customers', 'churn_rate', 'retention_rate',
  'revenue', 'average_order_value', 'clv_simple', 'real_value',
];

export function keyFigures(diagnosis: Diagnosis, words: Words): KeyFigure[] {
  return KEY_FIGURES.flatMap((id) => {
    const value = diagnosis.figures[id];
    if (value === undefined) return [];
    return [{ label: words.metricName(id), value: words.figure(value, METRIC_CATALOGUE[id].kind), metric: id, raw: value }];
  });
}

export interface SummaryParts {
  plan: Plan;
  diagnosis: Diagnosis | null;
  generalObjective: string;
  objectives: ObjectivesSection;
  strategies: StrategiesSection;
  implementation: ImplementationSection;
  evaluation: EvaluationSection;
  /** The six step chapters, to say which are complete. */
  steps: ReadonlyMap<StepId, ReportSection>;
  today: string;
}

function budgetFigures({ implementation }: SummaryParts, words: Words): KeyFigure[] {
  const counted = implementation.actions.filter((a) => a.status !== 'cancelled');
  const total = budgetTotal(implementation.actions);
  const figures: KeyFigure[] = [
    { label: words.t('report.summary.budgetTotal'), value: words.money(total), raw: total },
    { label: words.t('report.summary.actions'), value: words.count(counted.length), raw: counted.length },
  ];
  const starts = counted.map((a) => a.start).filter((d) => isoToEpochDay(d) !== null).sort();
  const ends = counted.map((a) => a.end).filter((d) => isoToEpochDay(d) !== null).sort();
  if (starts.length > 0 && ends.length > 0) {
    figures.push({
      label: words.t('report.summary.schedule'),
      value: words.t('report.summary.scheduleRange', { from: words.shortDate(starts[0]), to: words.shortDate(ends[ends.length - 1]) }),
    });
  }
  return figures;
}

/** What another part of the plan adds to the summary page (the business case): key figures and blocks after them. */
export interface SummaryExtra {
  keyFigures?: KeyFigure[];
  blocks?: ReportBlock[];
}

/**
 * The executive summary on one page: the planner's own summary as written, the key figures (the
 * diagnosis', the budget's and any `extra` ones), and the general objective.
 */
export function summarySection(parts: SummaryParts, words: Words, extra: readonly SummaryExtra[] = []): ReportSection {
  const { plan, diagnosis, implementation } = parts;
  const written = (plan.fields[EXECUTIVE_SUMMARY_FIELD] ?? '').trim();
  const figures = [
    ...(diagnosis ? keyFigures(diagnosis, words) : []),
    ...(implementation.actions.length > 0 ? budgetFigures(parts, words) : []),
    ...extra.flatMap((e) => e.keyFigures ?? []),
  ];
  const blocks: ReportBlock[] = [
    written ? { kind: 'paragraph', text: written } : { kind: 'pending', text: words.t('document.summary.pending') },
    { kind: 'subheading', text: words.t('report.summary.keyFigures') },
    figures.length > 0 ? { kind: 'key-figures', items: figures } : { kind: 'pending', text: words.t('report.pending.diagnosis') },
    ...(parts.generalObjective
      ? [{ kind: 'subheading' as const, text: words.t('report.summary.generalObjective') }, { kind: 'paragraph' as const, text: parts.generalObjective, tone: 'emphasis' as const }]
      : []),
    ...extra.flatMap((e) => e.blocks ?? []),
  ];
  return { id: 'summary', number: '', eyebrow: '', title: words.t('report.summary'), pending: written === '', blocks };
}
