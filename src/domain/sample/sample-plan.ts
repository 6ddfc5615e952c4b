import { EXECUTIVE_SUMMARY_FIELD } from '../document-fields';
import { DEFAULT_PREDICTIVE, type PredictiveSettings } from '../clv-models/restore-predictive';
import { successChecklist } from '../dissemination/success-conditions';
import type { Audience, AudienceKind, AudienceSchedule, DisseminationChannel } from '../dissemination/audience';
import type { DisseminationSection } from '../dissemination/restore-dissemination';
import { epochDay, epochDayToIso, subtractMonths, type EpochDay } from '../dates';
import { kpiFromControlRatio, type ControlRatioId } from '../evaluation/control-ratios';
import { kpiFromObjective, type Kpi } from '../evaluation/kpi';
import type { EvaluationSection } from '../evaluation/restore-evaluation';
import type { Action, ActionStatus } from '../implementation/action';
import { crmRolloutChecklist } from '../implementation/crm-rollout';
import type { ImplementationSection } from '../implementation/restore-implementation';
import type { Figures, MetricId } from '../metric-ids';
import { DEFAULT_PARAMS } from '../metrics/params';
import type { AnalysisSection } from '../metrics/restore-analysis';
import { composeGeneralSentence, createObjective, type SpecificObjective } from '../objectives/objective';
import type { ObjectivesSection } from '../objectives/restore-objectives';
import type { Language, NewPlanInput } from '../plan';
import { fieldKey, STEP_FIELDS } from '../steps';
import type { StrategiesSection } from '../strategies/restore-strategies';
import type { SegmentRef } from '../strategies/segment-ref';
import type { Channel, Strategy, StrategyFamily } from '../strategies/strategy';
import { SAMPLE_COMPANY } from './sample-business';
import { sampleTypedValue, type SampleSegmentFigures } from './sample-objective-values';
import { SAMPLE_PLAN_EN } from './sample-plan-en';
import { SAMPLE_PLAN_ES } from './sample-plan-es';
import type {
  SampleActionKey, SampleAudienceKey, SampleKpiKey, SampleObjectiveKey, SamplePlanTexts, SampleStrategyKey,
} from './sample-plan-texts';

/** People living in the three bakeries' neighbourhoods: the market size typed for the pyramid. */
export const SAMPLE_MARKET_SIZE = 45_000;

/** The plan sections the sample fills, by the names the steps read them under. */
export interface SampleSections {
  analysis: AnalysisSection;
  objectives: ObjectivesSection;
  strategies: StrategiesSection;
  dissemination: DisseminationSection;
  implementation: ImplementationSection;
  evaluation: EvaluationSection;
  predictive: PredictiveSettings;
}

export interface SamplePlanContent {
  plan: NewPlanInput;
  /** Free-text answers by `<step>.<question>`. */
  fields: Record<string, string>;
  sections: SampleSections;
}

export interface SamplePlanContext {
  language: Language;
  /** The diagnosis of the sample data: the objectives' baselines are frozen from it. */
  figures: Figures;
  /** The diagnosis cut-off date, T. */
  analysisDate: EpochDay;
  today: EpochDay;
  /** Average share of wallet of class A customers: the baseline of the objective aimed at them. */
  shareOfWalletA?: number;
  /** The segments' own figures, for the values the planner types where no formula gives one. */
  segments?: SampleSegmentFigures;
}

const TEXTS: Record<Language, SamplePlanTexts> = { es: SAMPLE_PLAN_ES, en: SAMPLE_PLAN_EN };

/** The analysis parameters of the sample: the defaults, with the market size typed. */
export function sampleAnalysis(): AnalysisSection {
  return { params: { ...DEFAULT_PARAMS, marketSize: SAMPLE_MARKET_SIZE } };
}

/**
 * The sample plan written as a good plan would be: step 1's answers, a general objective with
 * four SMART specific objectives on the diagnosis figures, one strategy per family serving
 * them, internal and external audiences, a dated and budgeted action plan, and KPIs with
 * control ratios already measured for a few months. Dates run from `today`.
 */
export function samplePlanContent(context: SamplePlanContext): SamplePlanContent {
  const texts = TEXTS[context.language];
  const objectives = sampleObjectives(context, texts);
  const strategies = sampleStrategies(texts);
  const implementation = sampleImplementation(context.today, texts);
  return {
    plan: { name: texts.name, company: SAMPLE_COMPANY, sector: texts.sector, currency: 'EUR', language: context.language, author: texts.author },
    fields: {
      ...Object.fromEntries(STEP_FIELDS.diagnosis.map((f) => [fieldKey('diagnosis', f), texts.diagnosis[f as keyof SamplePlanTexts['diagnosis']]])),
      [EXECUTIVE_SUMMARY_FIELD]: texts.executiveSummary,
    },
    sections: {
      analysis: sampleAnalysis(),
      objectives,
      strategies,
      dissemination: sampleDissemination(context.today, texts),
      implementation,
      evaluation: sampleEvaluation(context.today, objectives.specific, texts),
      // The sample's PDF shows the predictive models too, with the panel's defaults.
      predictive: { ...DEFAULT_PREDICTIVE, inReport: true },
    },
  };
}

const iso = epochDayToIso;
const addMonths = (day: EpochDay, months: number) => subtractMonths(day, -months);

const OBJECTIVE_PLAN: Record<SampleObjectiveKey, { metric: MetricId; months: number; segment?: SegmentRef; target: (baseline: number) => number }> = {
  churn: { metric: 'churn_rate', months: 12, target: (b) => Math.round(b * 0.8 * 200) / 200 },
  wallet: { metric: 'share_of_wallet', months: 9, segment: { kind: 'abc', key: 'A' }, target: (b) => Math.round((b + 0.05) * 100) / 100 },
  active: { metric: 'active_customers', months: 12, target: (b) => Math.round(b * 1.08) },
  opponents: { metric: 'type_opositor', months: 6, segment: { kind: 'type', key: 'opositor' }, target: (b) => Math.round(b * 0.8) },
};

function sampleObjectives(context: SamplePlanContext, texts: SamplePlanTexts): ObjectivesSection {
  const specific = (Object.keys(OBJECTIVE_PLAN) as SampleObjectiveKey[]).map((key) => {
    const plan = OBJECTIVE_PLAN[key];
    const figures = key === 'wallet' && context.shareOfWalletA !== undefined ? { share_of_wallet: context.shareOfWalletA } : context.figures;
    const objective = createObjective({ id: `objective-${key}`, metric: plan.metric, figures, asOf: iso(context.analysisDate), segment: plan.segment });
    const target = objective.baseline === null ? null : plan.target(objective.baseline);
    const typed = key === 'wallet' || key === 'opponents'
      ? sampleTypedValue(key, { baseline: objective.baseline, target }, context.segments ?? {}, context.language)
      : {};
    return {
      ...objective,
      ...typed,
      target,
      deadline: iso(addMonths(context.today, plan.months)),
      ...texts.objectives[key],
      linkedToGeneral: true,
    };
  });
  return {
    general: { ...texts.general, sentence: composeGeneralSentence(texts.general, context.language), sentenceEdited: false },
    specific,
    horizonEnd: iso(addMonths(context.today, 12)),
  };
}

/** Each strategy, and the diagnosis suggestion it takes up (the suggestions panel then no longer offers it). */
const STRATEGY_PLAN: Record<SampleStrategyKey, { family: StrategyFamily; segments: SegmentRef[]; objectives: SampleObjectiveKey[]; channels: Channel[]; suggestion: string }> = {
  welcome: { family: 'acquisition', segments: [{ kind: 'pyramid', key: 'potential' }, { kind: 'pyramid', key: 'probable' }], objectives: ['active'], channels: ['email', 'social', 'shop'], suggestion: 'thin-active-base' },
  club: { family: 'retention', segments: [{ kind: 'abc', key: 'A' }, { kind: 'rfm', key: 'at-risk' }], objectives: ['churn', 'opponents'], channels: ['sms', 'shop', 'email'], suggestion: 'high-churn' },
  orders: { family: 'extension', segments: [{ kind: 'abc', key: 'A' }, { kind: 'value', key: 'low-high' }], objectives: ['wallet'], channels: ['email', 'web'], suggestion: 'low-wallet-share-a' },
  winBack: { family: 'recovery', segments: [{ kind: 'pyramid', key: 'inactive' }, { kind: 'rfm', key: 'cant-lose' }, { kind: 'type', key: 'opositor' }], objectives: ['churn', 'opponents'], channels: ['phone', 'mail'], suggestion: 'many-inactive' },
};

function sampleStrategies(texts: SamplePlanTexts): StrategiesSection {
  const strategies: Strategy[] = (Object.keys(STRATEGY_PLAN) as SampleStrategyKey[]).map((key) => {
    const plan = STRATEGY_PLAN[key];
    const words = texts.strategies[key];
    return {
      id: `strategy-${key}`,
      family: plan.family,
      name: words.name,
      segments: plan.segments.map((s) => ({ ...s })),
      objectiveIds: plan.objectives.map((o) => `objective-${o}`),
      channels: [...plan.channels],
      offer: words.offer,
      messages: words.messages.map((m) => ({ ...m })),
      responseProtocol: words.responseProtocol,
      learningGoal: words.learningGoal,
      notes: words.notes,
      fromSuggestion: plan.suggestion,
    };
  });
  return {
    strategies,
    alliances: [
      { id: 'alliance-coffee', kind: 'tactical', ...texts.alliances.tactical },
      { id: 'alliance-traders', kind: 'partial', ...texts.alliances.partial },
    ],
    // The opponents are already among the recovery strategy's segments.
    dismissedSuggestions: ['opositores'],
  };
}

function sampleDissemination(today: EpochDay, texts: SamplePlanTexts): DisseminationSection {
  const plan: Record<SampleAudienceKey, [AudienceKind, DisseminationChannel, AudienceSchedule]> = {
    management: ['management', 'meeting', { kind: 'date', date: iso(today + 7) }],
    staff: ['employees', 'training', { kind: 'date', date: iso(today + 14) }],
    shopManagers: ['salesForce', 'meeting', { kind: 'frequency', frequency: 'weekly' }],
    millers: ['suppliers', 'email', { kind: 'frequency', frequency: 'quarterly' }],
    partners: ['partners', 'meeting', { kind: 'frequency', frequency: 'monthly' }],
    customers: ['customers', 'shop', { kind: 'frequency', frequency: 'monthly' }],
  };
  const audiences: Audience[] = (Object.keys(plan) as SampleAudienceKey[]).map((key) => {
    const [kind, channel, schedule] = plan[key];
    return { id: `audience-${key}`, kind, channel, schedule, ...texts.audiences[key] };
  });
  const conditions = successChecklist(Object.entries(texts.conditions).map(([id, comment]) => ({ id, ticked: true, comment })));
  return { audiences, conditions };
}

function sampleImplementation(today: EpochDay, texts: SamplePlanTexts): ImplementationSection {
  // The roscón pre-sale of the coming Christmas: from 15 November, or next week if that has passed
  // and there are still two weeks to the season; otherwise next year's.
  const year = new Date(today * 86_400_000).getUTCFullYear();
  const rosconYear = epochDay(year, 12, 20) > today + 14 ? year : year + 1;
  const rosconStart = Math.max(epochDay(rosconYear, 11, 15), today + 7);
  const plan: [SampleActionKey, string, number, number, number, ActionStatus, SampleActionKey?][] = [
    ['analysis', '', -45, -2, 200, 'done'],
    ['cleanup', 'strategy-club', -20, 10, 300, 'in-progress'],
    ['training', 'strategy-welcome', 14, 28, 450, 'planned', 'cleanup'],
    ['welcomeEmail', 'strategy-welcome', 15, 45, 600, 'planned', 'cleanup'],
    ['survey', 'strategy-club', 20, 50, 350, 'planned'],
    ['club', 'strategy-club', 30, 120, 2400, 'planned', 'training'],
    ['winBack', 'strategy-winBack', 45, 75, 800, 'planned', 'cleanup'],
    ['cakes', 'strategy-orders', 60, 90, 1500, 'planned'],
  ];
  const actions: Action[] = plan.map(([key, strategyId, from, to, budget, status, predecessor]) => ({
    id: `action-${key}`, strategyId, ...texts.actions[key], start: iso(today + from), end: iso(today + to), budget, status,
    ...(predecessor ? { predecessorId: `action-${predecessor}` } : {}),
  }));
  actions.push({
    id: 'action-roscon', strategyId: 'strategy-orders', ...texts.actions.roscon,
    start: iso(rosconStart), end: iso(epochDay(rosconYear + 1, 1, 6)), budget: 1800, status: 'planned',
  });
  const rollout = crmRolloutChecklist(Object.entries(texts.rollout).map(([id, comment]) => ({ id, ticked: true, comment })));
  return { actions, rollout };
}

const RATIO_PLAN: [SampleKpiKey, ControlRatioId, number, number, number[]][] = [
  ['openRate', 'email-open-rate', 0.21, 0.3, [0.22, 0.24, 0.23, 0.26]],
  ['followers', 'social-followers', 820, 1500, [880, 960, 1030, 1110]],
  ['responseRate', 'campaign-response-rate', 0.28, 0.35, [0.29, 0.31]],
];

function sampleEvaluation(today: EpochDay, objectives: readonly SpecificObjective[], texts: SamplePlanTexts): EvaluationSection {
  const start = addMonths(today, -5);
  const fromObjectives = objectives.map((o) => kpiFromObjective(o, `kpi-${o.id}`));
  const fromRatios: Kpi[] = RATIO_PLAN.map(([key, ratio, baseline, target, values]) => ({
    ...kpiFromControlRatio({ id: `kpi-${ratio}`, ratio, owner: texts.kpiOwner, startDate: iso(start), deadline: iso(addMonths(today, 12)), baseline, target }),
    measurements: values.map((value, k) => ({ date: iso(addMonths(start, k + 1)), value, note: k === values.length - 1 ? texts.measurementNotes[key] : '' })),
  }));
  return {
    kpis: [...fromObjectives, ...fromRatios],
    roi: [
      { id: 'action-club', revenue: 7500, margin: null, cost: null },
      { id: 'action-cakes', revenue: 4200, margin: null, cost: null },
      { id: 'action-roscon', revenue: 9800, margin: null, cost: null },
    ],
  };
}
