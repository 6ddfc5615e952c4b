import type { ObjectiveUnit } from '../domain/objectives/objective';
import type { Plan } from '../domain/plan';
import { fieldKey, STEP_FIELDS, stepNumber, type StepId } from '../domain/steps';
import type { SegmentRef } from '../domain/strategies/segment-ref';
import type { ReportBlock, ReportCell, ReportSection } from './report-model';
import type { Words } from '../i18n/words';

/** The planner's answers to a step's questions, in the step's order; unanswered ones left out. */
export function answerBlocks(plan: Pick<Plan, 'fields'>, step: StepId, words: Words, skip: readonly string[] = []): ReportBlock[] {
  return STEP_FIELDS[step].flatMap((field) => {
    const text = (plan.fields[fieldKey(step, field)] ?? '').trim();
    if (text === '' || skip.includes(field)) return [];
    const question = `field.${fieldKey(step, field)}`;
    return [{ kind: 'answer' as const, question: words.has(question) ? words.doc(question) : question, text }];
  });
}

/** A step's chapter: its blocks, or a short pending note when nothing is written or computed yet. */
export function stepSection(step: StepId, words: Words, blocks: ReportBlock[], hasContent: boolean): ReportSection {
  return {
    id: step,
    number: String(stepNumber(step)),
    eyebrow: words.t('steps.of', { n: stepNumber(step) }),
    title: words.t(`step.${step}`),
    pending: !hasContent,
    blocks: hasContent ? blocks : [{ kind: 'pending', text: words.t('report.pending.step') }],
  };
}

/** A heading inside a chapter, listed in the contents. */
export function heading(id: string, text: string): ReportBlock {
  return { kind: 'heading', id, text };
}

/** A segment's name as the diagnosis charts call it. */
export function segmentLabel(segment: SegmentRef, words: Words): string {
  switch (segment.kind) {
    case 'pyramid': return words.lookup('pyramid', segment.key);
    case 'rfm': return words.lookup('rfm.segment', segment.key);
    case 'abc': return words.t('abc.class', { abc: segment.key });
    case 'type': return words.lookup('types', segment.key);
    case 'value': return words.lookup('value.quadrant', segment.key);
  }
}

/** A value in an objective's or indicator's unit: shares as percentages, money in the plan's currency. */
export function unitValue(value: number | null, unit: ObjectiveUnit | null, words: Words): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (unit) {
    case '%': return words.percent(value);
    case 'currency': return words.money(value);
    case 'customers': return `${words.count(value)} ${words.t('report.unit.customers')}`;
    case 'periods': return `${words.number(value, 1)} ${words.t('report.unit.periods')}`;
    default: return words.number(value, 2);
  }
}

export const right = (text: string, value?: number): ReportCell => (value === undefined ? { text, align: 'right' } : { text, align: 'right', value });

export const bold = (text: string): ReportCell => ({ text, bold: true });

/** Texts joined by a middle dot, empty ones left out. */
export function joined(parts: readonly string[], separator = ' · '): string {
  return parts.map((p) => p.trim()).filter((p) => p !== '').join(separator);
}

/** A step's chapter opening with the planner's conclusions as written, before the figures and tables that support them. */
export function withConclusions(section: ReportSection, conclusions: string, words: Words): ReportSection {
  const text = conclusions.trim();
  if (text === '') return section;
  const blocks: ReportBlock[] = [heading(`${section.id}-conclusions`, words.t('document.conclusions')), { kind: 'paragraph', text }];
  return { ...section, pending: false, blocks: [...blocks, ...section.blocks.filter((b) => b.kind !== 'pending' || !section.pending)] };
}
