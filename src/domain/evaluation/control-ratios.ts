import type { Kpi } from './kpi';
import type { ObjectiveUnit } from '../objectives/objective';

/** The seeds' control ratios (*ratios de control*) offered as KPI templates. */
export type ControlRatioId =
  | 'web-registered-users' | 'web-forms-sent'
  | 'social-likes' | 'social-comments' | 'social-followers' | 'social-contest-participants'
  | 'email-open-rate' | 'email-click-rate'
  | 'campaign-response-rate' | 'campaign-conversion-rate';

export type ControlArea = 'web' | 'social' | 'email' | 'campaign';

/** Counts the planner enters to compute a control ratio's value. */
export type ControlCount =
  | 'registeredUsers' | 'formsSent' | 'likes' | 'comments' | 'followers' | 'contestParticipants'
  | 'delivered' | 'opened' | 'clicked' | 'contacted' | 'responses' | 'conversions';

export interface ControlRatioTemplate {
  id: ControlRatioId;
  area: ControlArea;
  unit: ObjectiveUnit;
  /** value = numerator / denominator, or the numerator alone for a plain count. */
  formula: { numerator: ControlCount; denominator: ControlCount | null };
}

/**
 * Web and social ratios are counts. Email open rate = opened / delivered, click rate =
 * clicked / delivered. Campaign response rate = responses / contacted; conversion rate =
 * conversions / responses (so response × conversion = conversions per contact).
 */
export const CONTROL_RATIOS: readonly ControlRatioTemplate[] = [
  { id: 'web-registered-users', area: 'web', unit: 'number', formula: { numerator: 'registeredUsers', denominator: null } },
  { id: 'web-forms-sent', area: 'web', unit: 'number', formula: { numerator: 'formsSent', denominator: null } },
  { id: 'social-likes', area: 'social', unit: 'number', formula: { numerator: 'likes', denominator: null } },
  { id: 'social-comments', area: 'social', unit: 'number', formula: { numerator: 'comments', denominator: null } },
  { id: 'social-followers', area: 'social', unit: 'number', formula: { numerator: 'followers', denominator: null } },
  { id: 'social-contest-participants', area: 'social', unit: 'number', formula: { numerator: 'contestParticipants', denominator: null } },
  { id: 'email-open-rate', area: 'email', unit: '%', formula: { numerator: 'opened', denominator: 'delivered' } },
  { id: 'email-click-rate', area: 'email', unit: '%', formula: { numerator: 'clicked', denominator: 'delivered' } },
  { id: 'campaign-response-rate', area: 'campaign', unit: '%', formula: { numerator: 'responses', denominator: 'contacted' } },
  { id: 'campaign-conversion-rate', area: 'campaign', unit: '%', formula: { numerator: 'conversions', denominator: 'responses' } },
];

export type ControlValueError = 'unknown-ratio' | 'missing-count' | 'negative-count' | 'zero-denominator';

/** The value of a control ratio from the counts entered; the error names the count at fault. */
export function controlRatioValue(
  id: ControlRatioId,
  counts: Partial<Record<ControlCount, number>>,
): { ok: true; value: number } | { ok: false; error: ControlValueError; field?: ControlCount } {
  const template = CONTROL_RATIOS.find((t) => t.id === id);
  if (!template) return { ok: false, error: 'unknown-ratio' };
  const { numerator, denominator } = template.formula;
  for (const field of denominator === null ? [numerator] : [numerator, denominator]) {
    const value = counts[field];
    if (value === undefined || !Number.isFinite(value)) return { ok: false, error: 'missing-count', field };
    if (value < 0) return { ok: false, error: 'negative-count', field };
  }
  const top = counts[numerator] ?? 0;
  if (denominator === null) return { ok: true, value: top };
  const bottom = counts[denominator] ?? 0;
  if (bottom === 0) return { ok: false, error: 'zero-denominator', field: denominator };
  return { ok: true, value: top / bottom };
}

export interface KpiFromRatioInput {
  id: string;
  ratio: ControlRatioId;
  owner: string;
  startDate: string;
  deadline: string;
  baseline?: number | null;
  target?: number | null;
}

/** A KPI from a control-ratio template (control ratios are all to be raised). */
export function kpiFromControlRatio(input: KpiFromRatioInput): Kpi {
  const template = CONTROL_RATIOS.find((t) => t.id === input.ratio);
  return {
    id: input.id,
    ratio: input.ratio,
    name: '',
    unit: template?.unit ?? null,
    baseline: input.baseline ?? null,
    target: input.target ?? null,
    direction: 'raise',
    startDate: input.startDate,
    deadline: input.deadline,
    owner: input.owner,
    measurements: [],
  };
}
