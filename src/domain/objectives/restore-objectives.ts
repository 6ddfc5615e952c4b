import * as v from 'valibot';
import { isoToEpochDay } from '../dates';
import { METRIC_IDS } from '../metric-ids';
import { restoreSegmentRef } from '../strategies/restore-strategies';
import type { GeneralObjective, ObjectiveUnit, SpecificObjective } from './objective';

export interface ObjectivesSection {
  general: GeneralObjective;
  specific: SpecificObjective[];
  /** ISO date the plan's horizon ends (deadlines must fall before it); '' when not set. */
  horizonEnd: string;
}

const UNITS: readonly ObjectiveUnit[] = ['%', 'customers', 'currency', 'number', 'periods'];

const text = v.fallback(v.string(), '');
const isoDate = v.fallback(v.pipe(v.string(), v.check((s) => isoToEpochDay(s) !== null)), '');
const figure = v.fallback(v.nullable(v.pipe(v.number(), v.finite())), null);

const generalSchema = v.fallback(
  v.object({
    what: text,
    where: text,
    whatFor: text,
    sentence: text,
    sentenceEdited: v.fallback(v.boolean(), false),
  }),
  { what: '', where: '', whatFor: '', sentence: '', sentenceEdited: false },
);

/** An objective without a usable id cannot be linked to and is dropped; every other field falls back alone. */
const specificSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  metric: v.fallback(v.picklist([...METRIC_IDS, 'custom']), 'custom'),
  customName: v.fallback(v.optional(v.string()), undefined),
  unit: v.fallback(v.nullable(v.picklist(UNITS)), null),
  baseline: figure,
  baselineDate: isoDate,
  target: figure,
  direction: v.fallback(v.picklist(['raise', 'lower']), 'raise'),
  deadline: isoDate,
  owner: text,
  segment: v.optional(v.unknown()),
  description: text,
  linkedToGeneral: v.fallback(v.boolean(), false),
  plannerValue: v.fallback(v.optional(v.pipe(v.number(), v.finite())), undefined),
  plannerReason: v.fallback(v.optional(v.string()), undefined),
});

function restoreSpecific(raw: unknown): SpecificObjective | null {
  const parsed = v.safeParse(specificSchema, raw);
  if (!parsed.success) return null;
  const { segment: rawSegment, customName, plannerValue, plannerReason, ...rest } = parsed.output;
  const objective: SpecificObjective = rest;
  if (customName !== undefined) objective.customName = customName;
  if (plannerValue !== undefined) objective.plannerValue = plannerValue;
  if (plannerReason !== undefined) objective.plannerReason = plannerReason;
  const segment = restoreSegmentRef(rawSegment);
  if (segment) objective.segment = segment;
  return objective;
}

/**
 * Step 2 as stored, or its defaults: an empty general objective, no specific objectives, no
 * horizon. Objectives without an id, or with an id seen before, are dropped; a field of the
 * wrong type takes its default. Never throws.
 */
export function restoreObjectives(raw: unknown): ObjectivesSection {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const seen = new Set<string>();
  const specific: SpecificObjective[] = [];
  for (const item of Array.isArray(record.specific) ? record.specific : []) {
    const objective = restoreSpecific(item);
    if (!objective || seen.has(objective.id)) continue;
    seen.add(objective.id);
    specific.push(objective);
  }
  return {
    general: v.parse(generalSchema, record.general),
    specific,
    horizonEnd: v.parse(isoDate, record.horizonEnd),
  };
}
