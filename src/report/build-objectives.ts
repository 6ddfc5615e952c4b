import type { Figures } from '../domain/metric-ids';
import { composeGeneralSentence, type SpecificObjective } from '../domain/objectives/objective';
import type { ObjectivesSection } from '../domain/objectives/restore-objectives';
import { checkSmart } from '../domain/objectives/smart-check';
import type { Plan } from '../domain/plan';
import type { StrategiesSection } from '../domain/strategies/restore-strategies';
import type { ReportBlock, ReportCell, ReportSection } from './report-model';
import { answerBlocks, heading, joined, right, segmentLabel, stepSection, unitValue } from './report-parts';
import type { Words } from '../i18n/words';

/** The general objective in one sentence: as written, else composed from its parts, else from the step's free answers. */
export function generalObjectiveSentence(plan: Plan, objectives: ObjectivesSection): string {
  const sentence = objectives.general.sentence.trim() || composeGeneralSentence(objectives.general, plan.language);
  if (sentence) return sentence;
  const field = (name: string) => plan.fields[`objectives.${name}`] ?? '';
  return composeGeneralSentence({ what: field('generalWhat'), where: field('generalWhere'), whatFor: field('generalWhatFor') }, plan.language);
}

/** "O1", "O2"…: how the document refers to a specific objective. */
export function objectiveCode(index: number): string {
  return `O${index + 1}`;
}

export function objectiveName(objective: SpecificObjective, words: Words): string {
  return objective.metric === 'custom' ? objective.customName?.trim() || '—' : words.metricName(objective.metric);
}

function objectiveRow(
  objective: SpecificObjective,
  index: number,
  context: Parameters<typeof checkSmart>[1],
  words: Words,
): ReportCell[] {
  const what = [
    `${objectiveName(objective, words)} (${words.t(`report.obj.direction.${objective.direction}`)})`,
    objective.segment ? words.t('report.obj.segment', { segment: segmentLabel(objective.segment, words) }) : '',
    objective.description.trim(),
  ];
  const baseline = joined([
    unitValue(objective.baseline, objective.unit, words),
    objective.baselineDate && objective.baseline !== null ? words.t('report.obj.asOf', { date: words.shortDate(objective.baselineDate) }) : '',
  ], '\n');
  const check = checkSmart(objective, context);
  const passed = Object.values(check).filter((v) => v.pass).length;
  return [
    { text: objectiveCode(index), bold: true },
    joined(what, '\n'),
    right(baseline),
    right(unitValue(objective.target, objective.unit, words), objective.target ?? undefined),
    words.shortDate(objective.deadline) || '—',
    objective.owner.trim() || '—',
    { text: words.t('report.smartScore', { n: passed }), align: 'center', tone: passed === 5 ? 'ok' : 'warn' },
  ];
}

/** Step 2: the general objective, the specific objectives with their SMART check, and any free notes. */
export function objectivesSection(
  plan: Plan,
  objectives: ObjectivesSection,
  strategies: StrategiesSection,
  figures: Figures,
  today: string,
  words: Words,
): ReportSection {
  const sentence = generalObjectiveSentence(plan, objectives);
  const { general } = objectives;
  const structuredGeneral = [general.what, general.where, general.whatFor, general.sentence].some((s) => s.trim() !== '');
  const answers = answerBlocks(plan, 'objectives', words, structuredGeneral ? ['generalWhat', 'generalWhere', 'generalWhatFor'] : []);
  const blocks: ReportBlock[] = [heading('obj-general', words.t('report.obj.general'))];
  if (sentence) {
    blocks.push({ kind: 'paragraph', text: sentence, tone: 'emphasis' });
    const parts = ([['what', general.what], ['where', general.where], ['whatFor', general.whatFor]] as const)
      .filter(([, text]) => text.trim() !== '')
      .map(([key, text]) => `${words.t(`report.obj.${key}`)} ${text.trim()}`);
    if (parts.length > 0) blocks.push({ kind: 'list', items: parts });
  } else {
    blocks.push({ kind: 'pending', text: words.t('report.pending.generalObjective') });
  }
  if (objectives.horizonEnd) blocks.push({ kind: 'paragraph', text: words.t('report.obj.horizon', { date: words.longDate(objectives.horizonEnd) }) });

  blocks.push(heading('obj-specific', words.t('report.obj.specific')));
  if (objectives.specific.length > 0) {
    const context = {
      today,
      horizonEnd: objectives.horizonEnd || null,
      hasGeneralObjective: sentence !== '',
      strategies: strategies.strategies,
      figures,
    };
    blocks.push({
      kind: 'table',
      id: 'objectives',
      columns: [
        { label: '', weight: 6 },
        { label: words.t('report.col.objective'), weight: 34 },
        { label: words.t('report.col.baseline'), align: 'right', weight: 15 },
        { label: words.t('report.col.target'), align: 'right', weight: 12 },
        { label: words.t('report.col.deadline'), weight: 12 },
        { label: words.t('report.col.owner'), weight: 12 },
        { label: words.t('report.col.smart'), align: 'center', weight: 9 },
      ],
      rows: objectives.specific.map((o, i) => objectiveRow(o, i, context, words)),
    });
  } else {
    blocks.push({ kind: 'pending', text: words.t('report.pending.specificObjectives') });
  }
  if (answers.length > 0) blocks.push(heading('obj-notes', words.t('report.obj.notes')), ...answers);
  return stepSection('objectives', words, blocks, sentence !== '' || objectives.specific.length > 0 || answers.length > 0);
}
