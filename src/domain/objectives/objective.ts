import type { Figures, MetricId } from '../metric-ids';
import { METRIC_CATALOGUE } from '../metrics/metric-catalogue';
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
  const defaults = input.metric === 'custom' ? null : METRIC_CATALOGUE[input.metric].objective;
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
