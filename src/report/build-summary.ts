import type { EvaluationSection } from '../domain/evaluation/restore-evaluation';
import { budgetTotal } from '../domain/implementation/budget';
import type { ImplementationSection } from '../domain/implementation/restore-implementation';
import { isoToEpochDay } from '../domain/dates';
import type { Diagnosis } from '../domain/metrics/diagnosis';
import type { MetricId } from '../domain/metric-ids';
import type { ObjectivesSection } from '../domain/objectives/restore-objectives';
import type { DatasetKind } from '../domain/dataset';
import type { Plan } from '../domain/plan';
import { planCompleteness } from '../domain/plan-completeness';
import { stepNumber, type StepId } from '../domain/steps';
import type { StrategiesSection } from '../domain/strategies/restore-strategies';
import { FIGURE_GROUPS, type FigureKind } from '../domain/metrics/figure-groups';
import { kpiTable } from './build-evaluation';
import { strategiesTable } from './build-strategies';
import type { KeyFigure, ReportBlock, ReportCell, ReportSection } from './report-model';
import { heading } from './report-parts';
import type { ReportWords } from './report-words';

/** The figures the summary leads with, when the data gives them. */
export const KEY_FIGURES: readonly MetricId[] = [
  'customers_total', 'active_customers', 'churn_rate', 'retention_rate',
  'revenue', 'average_order_value', 'clv_simple', 'real_value',
];

const KIND: Partial<Record<MetricId, FigureKind>> = Object.fromEntries(FIGURE_GROUPS.flatMap((g) => g.figures.map((f) => [f.id, f.kind])));

export function keyFigures(diagnosis: Diagnosis, words: ReportWords): KeyFigure[] {
  return KEY_FIGURES.flatMap((id) => {
    const value = diagnosis.figures[id];
    if (value === undefined) return [];
    return [{ label: words.metricName(id), value: words.figure(value, KIND[id] ?? 'number'), metric: id, raw: value }];
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

/** A step is complete when its checklist is (see `planCompleteness`), as the stepper shows it. */
function statusTable({ plan, diagnosis, steps }: SummaryParts, words: ReportWords): ReportBlock {
  const datasets: DatasetKind[] = [];
  if ((diagnosis?.basis.transactionRows ?? 0) > 0) datasets.push('transactions');
  if ((diagnosis?.basis.customerFileRows ?? 0) > 0) datasets.push('customers');
  const completeness = planCompleteness(plan, { datasets });
  const rows: ReportCell[][] = [...steps].map(([step, section]) => {
    const { done, total, complete } = completeness[step];
    const status = section.pending ? 'pending' : complete ? 'complete' : 'inProgress';
    return [
      `${stepNumber(step)}. ${section.title}`,
      { text: words.t(`report.status.${status}`), tone: status === 'complete' ? 'ok' : status === 'pending' ? 'muted' : 'warn', bold: true },
      { text: words.t('report.answersOf', { n: done, total }), align: 'right' },
    ];
  });
  return {
    kind: 'table',
    id: 'plan-status',
    columns: [
      { label: words.t('report.col.step'), weight: 50 },
      { label: words.t('report.col.status'), weight: 25 },
      { label: words.t('report.col.answers'), align: 'right', weight: 25 },
    ],
    rows,
  };
}

function budgetFigures({ implementation }: SummaryParts, words: ReportWords): KeyFigure[] {
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

/** The executive summary: the plan's state, key figures, general objective, strategies, budget and KPIs, as available. */
export function summarySection(parts: SummaryParts, words: ReportWords): ReportSection {
  const { plan, diagnosis, strategies, implementation, evaluation } = parts;
  const pending = (key: Parameters<ReportWords['t']>[0]): ReportBlock => ({ kind: 'pending', text: words.t(key) });
  const figures = diagnosis ? keyFigures(diagnosis, words) : [];
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: words.t('report.summary.intro', { company: plan.company.trim() }), tone: 'lead' },
    heading('sum-status', words.t('report.summary.status')),
    statusTable(parts, words),
    heading('sum-figures', words.t('report.summary.keyFigures')),
    ...(figures.length > 0
      ? [{ kind: 'key-figures' as const, items: figures }, { kind: 'paragraph' as const, text: words.t('report.summary.keyFiguresNote'), tone: 'muted' as const }]
      : [pending('report.pending.diagnosis')]),
    heading('sum-objective', words.t('report.summary.generalObjective')),
    parts.generalObjective ? { kind: 'paragraph', text: parts.generalObjective, tone: 'emphasis' } : pending('report.pending.generalObjective'),
    heading('sum-strategies', words.t('report.summary.strategies')),
    strategies.strategies.length > 0 ? strategiesTable(strategies, parts.objectives, words, 'summary-strategies') : pending('report.pending.strategies'),
    heading('sum-budget', words.t('report.summary.budget')),
    implementation.actions.length > 0 ? { kind: 'key-figures', items: budgetFigures(parts, words) } : pending('report.pending.actions'),
    heading('sum-kpis', words.t('report.summary.kpis')),
    evaluation.kpis.length > 0 ? kpiTable(evaluation.kpis, parts.objectives, parts.today, words, 'summary-kpis') : pending('report.pending.kpis'),
  ];
  return { id: 'summary', number: '', eyebrow: '', title: words.t('report.summary'), pending: false, blocks };
}
