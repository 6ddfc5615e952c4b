import type { ChecklistItem } from '../domain/checklist';
import { audiencesOf, type Audience, type AudienceScope } from '../domain/dissemination/audience';
import type { DisseminationSection } from '../domain/dissemination/restore-dissemination';
import type { Plan } from '../domain/plan';
import type { ReportBlock, ReportSection } from './report-model';
import { answerBlocks, bold, heading, stepSection } from './report-parts';
import type { Words } from '../i18n/words';

function when(audience: Audience, words: Words): string {
  const { schedule } = audience;
  if (schedule.kind === 'frequency') return words.t(`report.frequency.${schedule.frequency}`);
  return words.shortDate(schedule.date) || words.t('report.undated');
}

function audienceTable(audiences: readonly Audience[], scope: AudienceScope, words: Words): ReportBlock {
  return {
    kind: 'table',
    id: `audiences-${scope}`,
    columns: [
      { label: words.t('report.col.audience'), weight: 16 },
      { label: words.t('report.col.message'), weight: 40 },
      { label: words.t('report.col.channel'), weight: 16 },
      { label: words.t('report.col.when'), weight: 13 },
      { label: words.t('report.col.owner'), weight: 15 },
    ],
    rows: audiencesOf(audiences, scope).map((a) => [
      bold(words.t(`report.audience.${a.kind}`)),
      a.message.trim() || '—',
      words.t(`dissemination.channel.${a.channel}`),
      when(a, words),
      a.owner.trim() || '—',
    ]),
  };
}

/** A ticked-or-not checklist (conditions for success, CRM roll-out) as a table. */
export function checklistTable(id: string, items: readonly ChecklistItem[], labelKey: 'condition' | 'rollout', words: Words): ReportBlock {
  return {
    kind: 'table',
    id,
    columns: [
      { label: words.t('report.col.condition'), weight: 45 },
      { label: words.t('report.col.done'), align: 'center', weight: 12 },
      { label: words.t('report.col.comment'), weight: 43 },
    ],
    rows: items.map((item) => [
      words.lookup(`report.${labelKey}`, item.id),
      { text: words.t(item.ticked ? 'report.yes' : 'report.no'), align: 'center', tone: item.ticked ? 'ok' : 'muted', bold: item.ticked },
      item.comment.trim(),
    ]),
  };
}

export const checklistUsed = (items: readonly ChecklistItem[]) => items.some((i) => i.ticked || i.comment.trim() !== '');

/** Step 4: the approach, who hears about the plan inside and outside the company, and the conditions for success. */
export function disseminationSection(plan: Plan, section: DisseminationSection, words: Words): ReportSection {
  const answers = answerBlocks(plan, 'dissemination', words);
  const blocks: ReportBlock[] = [];
  if (answers.length > 0) blocks.push(heading('dis-approach', words.t('report.dis.approach')), ...answers);
  const internal = audiencesOf(section.audiences, 'internal');
  const external = audiencesOf(section.audiences, 'external');
  if (internal.length > 0) blocks.push(heading('dis-internal', words.t('report.dis.internal')), audienceTable(internal, 'internal', words));
  if (external.length > 0) blocks.push(heading('dis-external', words.t('report.dis.external')), audienceTable(external, 'external', words));
  if (section.audiences.length === 0) blocks.push({ kind: 'pending', text: words.t('report.pending.audiences') });
  const conditions = checklistUsed(section.conditions);
  if (conditions) blocks.push(heading('dis-conditions', words.t('report.dis.conditions')), checklistTable('conditions', section.conditions, 'condition', words));
  return stepSection('dissemination', words, blocks, answers.length > 0 || section.audiences.length > 0 || conditions);
}
