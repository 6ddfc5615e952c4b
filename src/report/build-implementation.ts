import { ganttChart, ganttHeight } from '../charts/gantt-option';
import { isoToEpochDay, type EpochDay } from '../domain/dates';
import type { Action } from '../domain/implementation/action';
import { budgetByMonth, budgetByStrategy, budgetTotal } from '../domain/implementation/budget';
import { ganttData } from '../domain/implementation/gantt';
import type { ImplementationSection } from '../domain/implementation/restore-implementation';
import type { Plan } from '../domain/plan';
import type { Strategy } from '../domain/strategies/strategy';
import { strategyName } from './build-strategies';
import { checklistTable, checklistUsed } from './build-dissemination';
import { CHART_WIDTH } from '../charts/diagnosis-charts';
import type { ReportBlock, ReportCell, ReportSection } from './report-model';
import { answerBlocks, bold, heading, right, stepSection } from './report-parts';
import type { Words } from '../i18n/words';

/** Above this many months the monthly budget is left to the Gantt chart: the table would run over pages. */
const MAX_BUDGET_MONTHS = 24;

const actionName = (action: Action, words: Words) => action.name.trim() || words.t('report.unnamedAction');

function actionsTable(actions: readonly Action[], strategies: readonly Strategy[], words: Words): ReportBlock {
  const byId = new Map(strategies.map((s) => [s.id, s]));
  const total = budgetTotal(actions);
  return {
    kind: 'table',
    id: 'actions',
    columns: [
      { label: '', weight: 5 },
      { label: words.t('report.col.action'), weight: 27 },
      { label: words.t('report.col.strategy'), weight: 18 },
      { label: words.t('report.col.owner'), weight: 14 },
      { label: words.t('report.col.start'), weight: 10 },
      { label: words.t('report.col.end'), weight: 10 },
      { label: words.t('report.col.budget'), align: 'right', weight: 13 },
      { label: words.t('report.col.status'), weight: 11 },
    ],
    rows: actions.map((a, i): ReportCell[] => {
      const strategy = byId.get(a.strategyId);
      const cancelled = a.status === 'cancelled';
      return [
        `${i + 1}`,
        cancelled ? { text: actionName(a, words), tone: 'muted' } : bold(actionName(a, words)),
        strategy ? strategyName(strategy, words) : words.t('report.noStrategy'),
        a.owner.trim() || '—',
        words.shortDate(a.start) || '—',
        words.shortDate(a.end) || '—',
        cancelled ? { text: words.money(a.budget), align: 'right', tone: 'muted' } : right(words.money(a.budget), a.budget),
        { text: words.t(`implementation.status.${a.status}`), tone: a.status === 'done' ? 'ok' : cancelled ? 'muted' : undefined },
      ];
    }),
    foot: [['', words.t('report.total'), '', '', '', '', right(words.money(total), total), '']],
  };
}

function budgetBlocks(actions: readonly Action[], strategies: readonly Strategy[], words: Words): ReportBlock[] {
  const total = budgetTotal(actions);
  if (total === 0) return [{ kind: 'pending', text: words.t('report.pending.budget') }];
  const byStrategy = budgetByStrategy(actions);
  const share = (amount: number) => right(words.percent(amount / total), amount / total);
  const rows: ReportCell[][] = strategies
    .filter((s) => byStrategy[s.id] !== undefined)
    .map((s) => [bold(strategyName(s, words)), words.t(`strategies.family.${s.family}`), right(words.money(byStrategy[s.id]!), byStrategy[s.id]), share(byStrategy[s.id]!)]);
  const known = new Set(strategies.map((s) => s.id));
  const unassigned = Object.entries(byStrategy).filter(([id]) => !known.has(id)).reduce((sum, [, amount]) => sum + (amount ?? 0), 0);
  if (unassigned > 0) rows.push([bold(words.t('report.noStrategy')), '—', right(words.money(unassigned), unassigned), share(unassigned)]);
  const blocks: ReportBlock[] = [
    { kind: 'subheading', text: words.t('report.imp.budgetByStrategy') },
    {
      kind: 'table',
      id: 'budget',
      columns: [
        { label: words.t('report.col.strategy'), weight: 42 },
        { label: words.t('report.col.family'), weight: 20 },
        { label: words.t('report.col.budget'), align: 'right', weight: 22 },
        { label: words.t('report.col.share'), align: 'right', weight: 16 },
      ],
      rows,
      foot: [[words.t('report.total'), '', right(words.money(total), total), right(words.percent(1))]],
    },
  ];
  const monthly = budgetByMonth(actions);
  if (monthly.months.length > 0 && monthly.months.length <= MAX_BUDGET_MONTHS) {
    // Only the months with money: a calendar padded with zeros says nothing.
    const rows: ReportCell[][] = monthly.months.filter((m) => m.amount !== 0).map((m) => [words.month(m.month), right(words.money(m.amount), m.amount)]);
    if (monthly.unscheduled > 0) rows.push([words.t('report.imp.unscheduled'), right(words.money(monthly.unscheduled), monthly.unscheduled)]);
    blocks.push(
      { kind: 'subheading', text: words.t('report.imp.budgetByMonth') },
      {
        kind: 'table',
        id: 'budget-by-month',
        columns: [{ label: words.t('report.col.month'), weight: 50 }, { label: words.t('report.col.amount'), align: 'right', weight: 50 }],
        rows,
        foot: [[words.t('report.total'), right(words.money(total), total)]],
      },
    );
  }
  blocks.push({ kind: 'paragraph', text: words.t('report.imp.budgetNote'), tone: 'muted' });
  return blocks;
}

/** The actions (numbered as in the plan) that end after the horizon's last day, named in a sentence under the Gantt chart. */
function lateActions(actions: readonly Action[], horizonEnd: EpochDay | null, words: Words): ReportBlock[] {
  if (horizonEnd === null) return [];
  const late = actions.flatMap((a, i) => {
    const end = isoToEpochDay(a.end);
    const start = isoToEpochDay(a.start);
    return a.status !== 'cancelled' && start !== null && end !== null && end >= start && end > horizonEnd ? [`${i + 1}. ${actionName(a, words)}`] : [];
  });
  if (late.length === 0) return [];
  return [{ kind: 'paragraph', text: words.t('report.imp.late', { n: late.length, date: words.longDay(horizonEnd), actions: late.join('; ') }) }];
}

/** Step 5: the approach, the action plan, its Gantt chart (actions past the plan's horizon flagged), the budget and the CRM roll-out checklist. */
export function implementationSection(
  plan: Plan,
  section: ImplementationSection,
  strategies: readonly Strategy[],
  today: EpochDay,
  words: Words,
  horizonEnd = '',
): ReportSection {
  const answers = answerBlocks(plan, 'implementation', words);
  const { actions } = section;
  const blocks: ReportBlock[] = [];
  if (answers.length > 0) blocks.push(heading('imp-approach', words.t('report.imp.approach')), ...answers);
  blocks.push(heading('imp-actions', words.t('report.imp.actions')));
  if (actions.length > 0) {
    blocks.push(actionsTable(actions, strategies, words));
    blocks.push(heading('imp-gantt', words.t('report.imp.gantt')));
    const horizon = isoToEpochDay(horizonEnd);
    const gantt = ganttChart(actions, strategies, today, { language: words.language, currency: words.currency }, true, horizon);
    if (gantt.ok) {
      const rows = ganttData(actions, strategies, today).rows.length;
      const { id, title, reading, units, option } = gantt.chart;
      blocks.push({ kind: 'chart', id, title, reading, ...(units && { units }), option, aspect: ganttHeight(rows) / CHART_WIDTH });
      blocks.push(...lateActions(actions, horizon, words));
    } else {
      blocks.push({ kind: 'pending', text: words.t('report.pending.gantt') });
    }
    blocks.push(heading('imp-budget', words.t('report.imp.budget')), ...budgetBlocks(actions, strategies, words));
  } else {
    blocks.push({ kind: 'pending', text: words.t('report.pending.actions') });
  }
  const rollout = checklistUsed(section.rollout);
  if (rollout) blocks.push(heading('imp-rollout', words.t('report.imp.rollout')), checklistTable('rollout', section.rollout, 'rollout', words));
  return stepSection('implementation', words, blocks, answers.length > 0 || actions.length > 0 || rollout);
}
