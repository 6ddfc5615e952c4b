import type { Figures, MetricId } from '../metric-ids';
import type { Language } from '../plan';
import type { SegmentRef } from '../strategies/segment-ref';

/** The plan's general objective: the seed's ¿Qué? ¿Dónde? ¿Para qué? and one sentence. */
export interface GeneralObjective {
  what: string;
  where: string;
  whatFor: string;
  sentence: string;
  /** True once the user has edited the sentence: it is no longer recomposed. */
  sentenceEdited: boolean;
}

/** Values in '%' are fractions (0.25 = 25 %), as the diagnosis figures are. */
export type ObjectiveUnit = '%' | 'customers' | 'currency' | 'number' | 'periods';

export type Direction = 'raise' | 'lower';

export interface SpecificObjective {
  id: string;
  metric: MetricId | 'custom';
  /** The name of a custom metric (metric = 'custom'). */
  customName?: string;
  /** Null until the user picks one for a custom metric. */
  unit: ObjectiveUnit | null;
  baseline: number | null;
  /** ISO date the baseline refers to; frozen when taken from the diagnosis. */
  baselineDate: string;
  target: number | null;
  direction: Direction;
  /** ISO date. */
  deadline: string;
  owner: string;
  segment?: SegmentRef;
  description: string;
  linkedToGeneral: boolean;
  /** The value of reaching it, typed by the planner where no formula gives one (business case). */
  plannerValue?: number;
  /** Why the planner expects that value. */
  plannerReason?: string;
}

/**
 * Prepositions that already open a "where" or "what for" clause; when the user starts the
 * field with one, the composed sentence does not add its own.
 */
const CONNECTORS: Record<Language, { where: string; whereOpeners: string[]; whatFor: string; whatForOpeners: string[] }> = {
  es: {
    where: 'en',
    whereOpeners: ['en', 'a', 'de', 'desde', 'entre', 'dentro', 'sobre', 'hacia', 'por', 'para', 'con'],
    whatFor: 'para',
    whatForOpeners: ['para', 'a fin de', 'con el fin de', 'con objeto de', 'de modo que', 'de forma que'],
  },
  en: {
    where: 'in',
    whereOpeners: ['in', 'at', 'on', 'across', 'throughout', 'within', 'among', 'for', 'from', 'to'],
    whatFor: 'in order to',
    whatForOpeners: ['to', 'in order to', 'so as to', 'so that', 'for'],
  },
};

/**
 * The part with its connector, unless it opens with one of its own (lower-cased, as it now
 * stands mid-sentence: "En Madrid" → "en Madrid"). A one-letter opener before a capital is
 * the start of a name, not a preposition: "A Coruña" → "en A Coruña".
 */
function clause(text: string, connector: string, openers: string[]): string {
  const lower = text.toLowerCase();
  const opener = openers.find((o) => lower === o || lower.startsWith(o + ' '));
  const name = opener?.length === 1 && /^\p{Lu}/u.test(text.slice(2));
  if (!opener || name) return `${connector} ${text}`;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * "¿Qué? ¿Dónde? ¿Para qué?" as one sentence: "Aumentar la fidelidad en Madrid para
 * crecer en ventas." Empty parts are left out; a part that already opens with its own
 * preposition keeps it.
 */
export function composeGeneralSentence(
  parts: Pick<GeneralObjective, 'what' | 'where' | 'whatFor'>,
  language: Language,
): string {
  const tidy = (text: string) => text.trim().replace(/\s+/g, ' ').replace(/[.;,]+$/, '');
  const what = tidy(parts.what);
  const where = tidy(parts.where);
  const whatFor = tidy(parts.whatFor);
  const c = CONNECTORS[language];
  const words = [
    what,
    where && clause(where, c.where, c.whereOpeners),
    whatFor && clause(whatFor, c.whatFor, c.whatForOpeners),
  ].filter((word) => word !== '');
  if (words.length === 0) return '';
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.';
}

/** The general objective after the user changes its parts: the sentence follows unless edited. */
export function withGeneralParts(
  objective: GeneralObjective,
  parts: Partial<Pick<GeneralObjective, 'what' | 'where' | 'whatFor'>>,
  language: Language,
): GeneralObjective {
  const next = { ...objective, ...parts };
  return next.sentenceEdited ? next : { ...next, sentence: composeGeneralSentence(next, language) };
}

/** The unit and direction an objective on each diagnosis figure usually has. */
export const METRIC_OBJECTIVE_DEFAULTS: Partial<Record<MetricId, { unit: ObjectiveUnit; direction: Direction }>> = {
  customers_total: { unit: 'customers', direction: 'raise' },
  active_customers: { unit: 'customers', direction: 'raise' },
  churn_rate: { unit: '%', direction: 'lower' },
  retention_rate: { unit: '%', direction: 'raise' },
  average_life: { unit: 'periods', direction: 'raise' },
  revenue: { unit: 'currency', direction: 'raise' },
  orders: { unit: 'number', direction: 'raise' },
  revenue_per_customer: { unit: 'currency', direction: 'raise' },
  average_order_value: { unit: 'currency', direction: 'raise' },
  purchase_frequency: { unit: 'number', direction: 'raise' },
  margin_per_customer: { unit: 'currency', direction: 'raise' },
  clv_simple: { unit: 'currency', direction: 'raise' },
  clv_discounted: { unit: 'currency', direction: 'raise' },
  pyramid_active: { unit: 'customers', direction: 'raise' },
  pyramid_inactive: { unit: 'customers', direction: 'lower' },
  pyramid_potential: { unit: 'customers', direction: 'raise' },
  pyramid_probable: { unit: 'customers', direction: 'raise' },
  abc_a: { unit: 'customers', direction: 'raise' },
  type_prescriptor: { unit: 'customers', direction: 'raise' },
  type_cautivo: { unit: 'customers', direction: 'lower' },
  type_mercenario: { unit: 'customers', direction: 'lower' },
  type_opositor: { unit: 'customers', direction: 'lower' },
  share_of_wallet: { unit: '%', direction: 'raise' },
  margin_rate: { unit: '%', direction: 'raise' },
  real_value: { unit: 'currency', direction: 'raise' },
  rfm_champions: { unit: 'customers', direction: 'raise' },
  rfm_loyal: { unit: 'customers', direction: 'raise' },
  rfm_potential_loyalists: { unit: 'customers', direction: 'raise' },
  rfm_need_attention: { unit: 'customers', direction: 'lower' },
  rfm_about_to_sleep: { unit: 'customers', direction: 'lower' },
  rfm_at_risk: { unit: 'customers', direction: 'lower' },
  rfm_cant_lose: { unit: 'customers', direction: 'lower' },
  rfm_hibernating: { unit: 'customers', direction: 'lower' },
  rfm_lost: { unit: 'customers', direction: 'lower' },
  data_level_1: { unit: 'customers', direction: 'raise' },
  data_level_2: { unit: 'customers', direction: 'raise' },
  data_level_3: { unit: 'customers', direction: 'raise' },
  data_level_4: { unit: 'customers', direction: 'raise' },
  data_level_5: { unit: 'customers', direction: 'raise' },
  duplicates: { unit: 'number', direction: 'lower' },
};

/** Figures that are shares (0..1) whatever unit the user picked. */
export const SHARE_METRICS: readonly MetricId[] = ['churn_rate', 'retention_rate', 'share_of_wallet', 'margin_rate'];

export interface NewObjectiveInput {
  id: string;
  metric: MetricId | 'custom';
  /** The diagnosis figures; the baseline is copied from them once and never re-read. */
  figures: Figures;
  /** ISO date the figures refer to (the diagnosis cut-off date). */
  asOf: string;
  customName?: string;
  segment?: SegmentRef;
}

/**
 * A new specific objective with its baseline frozen from the diagnosis, and the unit and
 * direction usual for its metric (a custom metric gets no unit and 'raise'). Target,
 * deadline, owner and description are left for the user.
 */
export function createObjective(input: NewObjectiveInput): SpecificObjective {
  const defaults = input.metric === 'custom' ? undefined : METRIC_OBJECTIVE_DEFAULTS[input.metric];
  const figure = input.metric === 'custom' ? undefined : input.figures[input.metric];
  const objective: SpecificObjective = {
    id: input.id,
    metric: input.metric,
    unit: defaults?.unit ?? null,
    baseline: figure !== undefined && Number.isFinite(figure) ? figure : null,
    baselineDate: input.asOf,
    target: null,
    direction: defaults?.direction ?? 'raise',
    deadline: '',
    owner: '',
    description: '',
    linkedToGeneral: false,
  };
  if (input.customName !== undefined) objective.customName = input.customName;
  if (input.segment) objective.segment = { ...input.segment };
  return objective;
}
