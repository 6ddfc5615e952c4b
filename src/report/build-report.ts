import { safeFileName } from '../components/download';
import { isoToEpochDay } from '../domain/dates';
import type { Diagnosis } from '../domain/metrics/diagnosis';
import type { Plan } from '../domain/plan';
import { planSections } from '../domain/plan-sections';
import { effectiveEntries } from '../domain/quality/cleaning-log';
import type { StepId } from '../domain/steps';
import { segmentSizes } from '../domain/strategies/segment-sizes';
import { localeOf, wordsFor } from '../i18n/words';
import type { PredictiveAnswer } from '../workers/clv-requests';
import { predictiveWords } from '../charts/predictive-words';
import { conclusionsField } from '../domain/document-fields';
import { annexSection, dictionaryAppendix, methodAppendix, qualityAppendix } from './build-appendices';
import { businessSection, businessSummaryBlocks } from './build-business';
import { diagnosisSection } from './build-diagnosis';
import { disseminationSection } from './build-dissemination';
import { evaluationSection } from './build-evaluation';
import { implementationSection } from './build-implementation';
import { generalObjectiveSentence, objectivesSection } from './build-objectives';
import { strategiesSection } from './build-strategies';
import { predictiveBlocks } from './build-predictive';
import { summarySection, type SummaryExtra } from './build-summary';
import type { ReportDataset } from './report-datasets';
import type { ReportDocument, ReportSection } from './report-model';
import { joined, withConclusions } from './report-parts';

export interface ReportInput {
  plan: Plan;
  /** The open plan's diagnosis, or null before any import. */
  diagnosis: Diagnosis | null;
  /** The plan's imported files, for the data dictionary. */
  datasets: readonly ReportDataset[];
  /** The day the document is dated (`yyyy-mm-dd`): the cover, KPI status and SMART checks use it. */
  today: string;
  /** The predictive-CLV models fitted for the document (or why they could not be), when the plan asks for them. */
  predictive?: PredictiveAnswer | null;
}

/**
 * The printable plan as a document model, in the plan's language: cover, executive summary,
 * the six steps in order, and the appendices (method and formulas, the data-quality log when
 * the plan keeps one, the data dictionary). Steps with nothing written or computed yet are
 * marked pending. Pure: the same input gives the same document.
 */
export function buildReport({ plan, diagnosis, datasets, today, predictive = null }: ReportInput): ReportDocument {
  const words = wordsFor(plan.language, plan.currency);
  const figures = diagnosis?.figures ?? {};
  const todayDay = isoToEpochDay(today) ?? 0;
  const sections = planSections(plan);
  const { objectives, strategies, dissemination, implementation, evaluation, analysis } = sections;
  const sizes = diagnosis ? segmentSizes(diagnosis.figures, diagnosis.customers) : {};

  const steps = new Map<StepId, ReportSection>([
    ['diagnosis', diagnosisSection(plan, diagnosis, datasets, words)],
    ['objectives', objectivesSection(plan, objectives, strategies, figures, today, words)],
    ['strategies', strategiesSection(plan, strategies, objectives, sizes, words)],
    ['dissemination', disseminationSection(plan, dissemination, words)],
    ['implementation', implementationSection(plan, implementation, strategies.strategies, todayDay, words, objectives.horizonEnd)],
    ['evaluation', evaluationSection(plan, evaluation, objectives, implementation.actions, figures, today, words)],
  ]);
  const generalObjective = generalObjectiveSentence(plan, objectives);
  for (const [step, section] of steps) steps.set(step, withConclusions(section, plan.fields[conclusionsField(step)] ?? '', words));
  const summaryExtra: SummaryExtra[] = [{ blocks: businessSummaryBlocks({ plan, sections, diagnosis, today }) }];
  const summary = summarySection(
    { plan, diagnosis, generalObjective, objectives, strategies, implementation, evaluation, steps, today },
    words,
    summaryExtra,
  );
  // The data-quality log, when the base was cleaned and some change is still in force.
  const { log } = sections.quality;
  const cleaned = effectiveEntries(log).length > 0;
  const modelWords = predictiveWords({ language: plan.language, currency: plan.currency });
  const models = predictive && diagnosis
    ? [{ id: 'ap-predictive', title: modelWords.t('predictive.report.title'), blocks: predictiveBlocks(predictive, diagnosis, modelWords).slice(1) }]
    : [];
  const annex = annexSection([
    methodAppendix(diagnosis?.params ?? analysis.params, diagnosis, words),
    ...(cleaned ? [qualityAppendix(log, words)] : []),
    dictionaryAppendix(datasets, '', words),
  ], models, words);

  const title = plan.name.trim() || words.t('report.untitled');
  const company = plan.company.trim();
  const pendingSteps = [...steps.values()].filter((s) => s.pending).length;
  const cover = {
    kind: words.t('report.kind'),
    title,
    lines: [
      { label: words.t('report.cover.company'), value: company },
      { label: words.t('report.cover.sector'), value: plan.sector.trim() },
      { label: words.t('report.cover.author'), value: plan.author.trim() },
      { label: words.t('report.cover.date'), value: words.longDate(today) },
    ].filter((line) => line.value !== ''),
    draftNote: pendingSteps > 0 ? words.t('report.cover.draft', { done: 6 - pendingSteps }) : null,
    logo: sections.report.logo,
  };

  return {
    language: plan.language,
    languageTag: localeOf(plan.language),
    meta: {
      title,
      author: plan.author.trim() || company,
      subject: words.t('report.subject', { company }),
      keywords: words.t('report.keywords'),
      creator: 'Fideliza',
    },
    cover,
    runningHeader: joined([title, company]),
    contentsTitle: words.t('report.contents'),
    pendingMark: words.t('report.pendingMark'),
    pageTemplate: words.t('report.pageOf', { x: '{x}', y: '{y}' }),
    sections: [summary, ...steps.values(), businessSection({ plan, sections, diagnosis, today }), annex],
    fileName: `${safeFileName(words.t('report.fileName', { name: title }))}.pdf`,
  };
}
