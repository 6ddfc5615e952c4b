import { businessChart, businessChartHeight } from '../charts/business-option';
import { planBusinessCase, type PlanBusinessCase } from '../domain/business/plan-business-case';
import type { Diagnosis } from '../domain/metrics/diagnosis';
import type { SpecificObjective } from '../domain/objectives/objective';
import type { Plan } from '../domain/plan';
import type { PlanSections } from '../domain/plan-sections';
import { businessWords, type BusinessWords } from '../i18n/business-words';
import { CHART_WIDTH } from '../charts/diagnosis-charts';
import type { KeyFigure, ReportBlock, ReportCell, ReportSection } from './report-model';

/** What the business case of a document is computed from: the plan and its sections, its diagnosis, the document's day. */
export interface BusinessReportInput {
  plan: Pick<Plan, 'language' | 'currency'>;
  sections: Pick<PlanSections, 'objectives' | 'implementation' | 'strategies' | 'business'>;
  diagnosis: Diagnosis | null;
  /** `yyyy-mm-dd`: the horizon starts then when no action has a date. */
  today: string;
}

interface BusinessParts {
  result: PlanBusinessCase;
  objectives: SpecificObjective[];
  words: BusinessWords;
}

function parts({ plan, sections, diagnosis, today }: BusinessReportInput): BusinessParts {
  const { objectives } = sections;
  const result = planBusinessCase({
    objectives: objectives.specific,
    horizonEnd: objectives.horizonEnd,
    actions: sections.implementation.actions,
    strategies: sections.strategies.strategies,
    diagnosis,
    settings: sections.business,
    today,
  });
  return { result, objectives: objectives.specific, words: businessWords(plan.language, plan.currency) };
}

/** `business_value`, `business_budget`, `business_roi`, `business_payback_months` as key figures. */
function keyFigures({ result, words }: BusinessParts): KeyFigure[] {
  const figures: KeyFigure[] = [
    { label: words.t('business.value'), value: words.moneyWhole(result.value), metric: 'business_value', raw: result.value },
    { label: words.t('business.budget'), value: words.moneyWhole(result.budget), metric: 'business_budget', raw: result.budget },
  ];
  if (result.roi !== null) figures.push({ label: words.t('business.roi'), value: words.percent(result.roi, 0), metric: 'business_roi', raw: result.roi });
  if (result.budget > 0) {
    figures.push({
      label: words.t('business.payback'),
      value: words.payback(result.paybackMonths, result.horizonMonths),
      metric: 'business_payback_months',
      ...(result.paybackMonths === null ? {} : { raw: result.paybackMonths }),
    });
  }
  return figures;
}

/** What is missing; without objectives, only that (the budget's absence is said where the actions are). */
const gapBlocks = ({ result, words }: BusinessParts): ReportBlock[] =>
  (result.gaps.includes('no-objectives') ? (['no-objectives'] as const) : result.gaps)
    .map((gap) => ({ kind: 'pending', text: words.t(`business.gap.${gap}`) }));

/** The objectives whose value is not added (overlap) and those with no value yet, in one or two sentences. */
function leftOutBlocks({ result, objectives, words }: BusinessParts): ReportBlock[] {
  const names = (pick: (i: number) => boolean) => objectives.filter((_, i) => pick(i)).map((o) => words.objectiveName(o, objectives.indexOf(o)));
  const overlapped = names((i) => result.lines[i].overlappedBy !== undefined);
  const noValue = names((i) => !result.lines[i].result.ok);
  const blocks: ReportBlock[] = [];
  if (overlapped.length > 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: words.t('business.summary.leftOut', { names: overlapped.join(', ') }) });
  if (noValue.length > 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: words.t('business.summary.noValue', { names: noValue.join(', ') }) });
  return blocks;
}

/** The executive summary's part: a heading, the four figures, one sentence, and what was left out. */
export function businessSummaryBlocks(input: BusinessReportInput): ReportBlock[] {
  const p = parts(input);
  const { result, words } = p;
  // A subheading: the summary is one page, and its parts need no line of their own in the contents.
  const blocks: ReportBlock[] = [{ kind: 'subheading', text: words.t('business.summary.title') }];
  if (p.objectives.length === 0) return [...blocks, ...gapBlocks(p)];
  return [
    ...blocks,
    { kind: 'key-figures', items: keyFigures(p) },
    { kind: 'paragraph', text: words.t('business.summary.lead', { value: words.moneyWhole(result.value), budget: words.moneyWhole(result.budget) }) },
    ...gapBlocks(p),
    ...leftOutBlocks(p),
  ];
}

function objectivesTable({ result, objectives, words }: BusinessParts): ReportBlock {
  const right = (text: string, value?: number): Exclude<ReportCell, string> => (value === undefined ? { text, align: 'right' } : { text, align: 'right', value });
  const nameOf = (id: string | undefined) => {
    const index = objectives.findIndex((o) => o.id === id);
    return index < 0 ? '' : words.objectiveName(objectives[index], index);
  };
  const rows: ReportCell[][] = result.lines.map((line, i) => {
    const objective = objectives[i];
    const how = line.result.ok
      ? [words.formula(line.result, objective), words.warning(line.result)].filter((s) => s !== '').join('\n')
      : words.issue(line.result.issue, objective);
    const budget = result.budgets.byObjective[objective.id] ?? 0;
    return [
      { text: words.objectiveName(objective, i), bold: true },
      line.result.ok ? how : { text: how, tone: 'muted' },
      line.result.ok ? { ...right(words.money(line.result.value), line.result.value), metric: 'objective_value' } : right('—'),
      right(words.money(budget), budget),
      line.counted
        ? { text: words.t('business.counted.yes'), tone: 'ok' }
        : { text: line.overlappedBy ? `${words.t('business.counted.no')}. ${words.t('business.overlap', { other: nameOf(line.overlappedBy) })}` : words.t('business.counted.no'), tone: 'muted' },
    ];
  });
  if (result.budgets.unassigned > 0) rows.push([words.t('business.unassigned'), '', right('—'), right(words.money(result.budgets.unassigned), result.budgets.unassigned), '']);
  return {
    kind: 'table',
    id: 'business-objectives',
    columns: [
      { label: words.t('business.col.objective'), weight: 20 },
      { label: words.t('business.col.formula'), weight: 38 },
      { label: words.t('business.value'), align: 'right', weight: 14 },
      { label: words.t('business.budget'), align: 'right', weight: 13 },
      { label: words.t('business.col.counted'), weight: 15 },
    ],
    rows,
    foot: [[words.t('business.total'), '', right(words.money(result.value), result.value), right(words.money(result.budget), result.budget), '']],
  };
}

function scenariosTable({ result, words }: BusinessParts): ReportBlock {
  const none = words.t('business.none');
  return {
    kind: 'table',
    id: 'business-scenarios',
    columns: [
      { label: words.t('business.col.scenario'), weight: 34 },
      { label: words.t('business.value'), align: 'right', weight: 20 },
      { label: words.t('business.roi'), align: 'right', weight: 20 },
      { label: words.t('business.payback'), weight: 26 },
    ],
    rows: result.scenarios.map((s): ReportCell[] => [
      { text: `${words.t(`business.scenario.${s.id}`)}\n${words.t('business.scenario.reach', { pct: words.percent(s.reach, 0) })}`, bold: s.id === 'base' },
      { text: words.moneyWhole(s.value), align: 'right', value: s.value },
      s.roi === null ? { text: none, align: 'right' } : { text: words.percent(s.roi, 0), align: 'right', value: s.roi },
      result.budget > 0 ? words.payback(s.paybackMonths, result.horizonMonths) : none,
    ]),
  };
}

/**
 * The business case's own chapter: the four figures, what is missing, the horizon, value against
 * budget per objective as a chart (the screen's option builder) and as a table with every
 * formula in words, the three scenarios, and how objectives are valued.
 */
export function businessSection(input: BusinessReportInput): ReportSection {
  const p = parts(input);
  const { result, objectives, words } = p;
  const section: ReportSection = { id: 'business', number: '', eyebrow: '', title: words.t('business.title'), pending: objectives.length === 0, blocks: [] };
  if (objectives.length === 0) return { ...section, blocks: gapBlocks(p) };
  const { horizon } = result;
  const date = words.longDate;
  const chart = businessChart(result, objectives, words);
  section.blocks = [
    { kind: 'paragraph', text: words.t('business.lead'), tone: 'lead' },
    { kind: 'key-figures', items: keyFigures(p) },
    ...gapBlocks(p),
    { kind: 'paragraph', tone: 'muted', text: words.t(horizon.assumed ? 'business.horizon.assumed' : 'business.horizon', { months: horizon.months, from: date(horizon.start), to: date(horizon.end) }) },
    ...(chart.ok ? [{
      kind: 'chart' as const, id: chart.chart.id, title: chart.chart.title, reading: chart.chart.reading,
      ...(chart.chart.units ? { units: chart.chart.units } : {}), option: chart.chart.option,
      aspect: businessChartHeight(chart.chart.table.rows.length - 1) / CHART_WIDTH,
    }] : []),
    objectivesTable(p),
    ...leftOutBlocks(p),
    { kind: 'subheading', text: words.t('business.scenarios') },
    scenariosTable(p),
    { kind: 'paragraph', tone: 'muted', text: words.t('business.method') },
  ];
  return section;
}
