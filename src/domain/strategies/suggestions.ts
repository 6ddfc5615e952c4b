import type { Figures, MetricId } from '../metric-ids';
import type { SegmentRef } from './segment-ref';
import type { Channel, Strategy, StrategyFamily } from './strategy';

export type SuggestionRule =
  | 'high-churn' | 'many-inactive' | 'low-wallet-share-a' | 'thin-active-base'
  | 'opositores' | 'prescriptores' | 'enrich-data';

/**
 * The figure that triggered a suggestion: `value` compared with `threshold`, or with
 * `threshold × per.value` when `per` is given (`per.value` is the sum of `per.metrics`).
 * The comparison is made by multiplication, so a zero `per.value` is no division by zero.
 */
export interface SuggestionTrigger {
  metric: MetricId;
  value: number;
  relation: 'atLeast' | 'lessThan';
  threshold: number;
  per?: { metrics: MetricId[]; value: number };
  /** The segment the value is about, where it is not the whole base. */
  segment?: SegmentRef;
}

/** A strategy to start from; the UI adds the texts (name, offer…) for `rule` in the user's language. */
export interface StrategyDraft {
  family: StrategyFamily;
  segments: SegmentRef[];
  channels: Channel[];
}

/** A churn reason as written in the customers file, and how many customers gave it. */
export interface ChurnReasonCount {
  text: string;
  count: number;
}

export interface Suggestion {
  /** Stable across recomputations, so that a dismissed suggestion stays dismissed. */
  key: string;
  rule: SuggestionRule;
  trigger: SuggestionTrigger;
  /** Null for data enrichment, which is work on the database (step 5), not a strategy family. */
  draft: StrategyDraft | null;
  /** many-inactive: the most frequent churn reasons, most frequent first. */
  churnReasons?: ChurnReasonCount[];
  /** enrich-data: the data level the channels need and the planned channels that need it. */
  enrichment?: { level: number; channels: Channel[] };
}

export interface SuggestionInput {
  figures: Figures;
  /** Length of the diagnosis period in months (churn is per period). Default 12. */
  periodMonths?: number;
  /** Average share of wallet of ABC class A customers (`shareOfWalletOfA`); absent when the data lacks it. */
  shareOfWalletA?: number;
  churnReasons?: readonly ChurnReasonCount[];
  /** Channels the plan's strategies use. */
  channels?: readonly Channel[];
}

/**
 * Mean share of wallet of ABC class A customers with a known share (the diagnosis's
 * per-customer results fit); undefined when none has one.
 */
export function shareOfWalletOfA(customers: readonly { abc: string | null; shareOfWallet: number | null }[]): number | undefined {
  let sum = 0;
  let n = 0;
  for (const c of customers) {
    if (c.abc !== 'A' || c.shareOfWallet === null || !Number.isFinite(c.shareOfWallet)) continue;
    sum += c.shareOfWallet;
    n++;
  }
  return n === 0 ? undefined : sum / n;
}

/**
 * High churn: above the seed's average loss, "las empresas pierden una media del 50 % de sus
 * clientes en 5 años", i.e. 1 − 0.5^(1/5) ≈ 12.9 % a year. Converted to the diagnosis
 * period: 1 − (1 − annual)^(P / 12).
 */
export const HIGH_CHURN_PER_YEAR = 1 - 0.5 ** (1 / 5);
/** Many inactive: at least half of the customers who ever bought are inactive. */
export const MANY_INACTIVE_SHARE = 0.5;
/** How many churn reasons a recovery suggestion carries. */
export const TOP_CHURN_REASONS = 3;
/**
 * Low share of wallet among A customers: they spend more with competitors than with us,
 * the seed's *valor estratégico* question.
 */
export const LOW_WALLET_SHARE_A = 0.5;
/** Thin active base: at least as many potential customers (leads, contacts) as active ones. */
export const POTENTIALS_PER_ACTIVE = 1;
/** Opositores spread bad word of mouth: one in ten classified customers is already many. */
export const OPOSITOR_SHARE = 0.1;
/** Prescriptores: one in five classified customers is a base for a referral programme. */
export const PRESCRIPTOR_SHARE = 0.2;
/** Enrichment first: fewer than half of the customers have the data a planned channel needs. */
export const MIN_REACHABLE_SHARE = 0.5;

/**
 * Data level a channel needs (seed on *niveles de datos*): postal mail needs level 1 (name and
 * address); phone, SMS and the sales force's calls need level 2 (a phone). Email, web,
 * social, shop and events are not gated by these levels.
 */
export const CHANNEL_DATA_LEVEL: Partial<Record<Channel, 1 | 2>> = { mail: 1, phone: 2, sms: 2, salesForce: 2 };

const RFM_FIGURE = { 'at-risk': 'rfm_at_risk', 'cant-lose': 'rfm_cant_lose', 'about-to-sleep': 'rfm_about_to_sleep' } as const;
const DATA_LEVEL_METRIC = { 1: 'data_level_1', 2: 'data_level_2' } as const;
const CUSTOMER_TYPES = ['type_prescriptor', 'type_cautivo', 'type_mercenario', 'type_opositor'] as const;

function sum(figures: Figures, ids: readonly MetricId[]): number | null {
  const values = ids.map((id) => figures[id]);
  if (values.some((v) => v === undefined || !Number.isFinite(v))) return null;
  return values.reduce<number>((total, v) => total + (v ?? 0), 0);
}

/**
 * Whom a retention strategy targets first: the RFM segments about to be lost where the
 * diagnosis has them, else all active customers.
 */
function retentionSegments(figures: Figures): SegmentRef[] {
  const atRisk = (['at-risk', 'cant-lose', 'about-to-sleep'] as const)
    .filter((key) => (figures[RFM_FIGURE[key]] ?? 0) > 0)
    .map((key): SegmentRef => ({ kind: 'rfm', key }));
  return atRisk.length > 0 ? atRisk : [{ kind: 'pyramid', key: 'active' }];
}

/** Per-rule checks; each returns null when its figures are missing or do not trigger it. */
const RULES: ((input: SuggestionInput) => Suggestion | null)[] = [
  function highChurn({ figures, periodMonths = 12 }) {
    const churn = figures.churn_rate;
    if (churn === undefined) return null;
    const threshold = 1 - (1 - HIGH_CHURN_PER_YEAR) ** (periodMonths / 12);
    if (!(churn >= threshold)) return null;
    return {
      key: 'high-churn',
      rule: 'high-churn',
      trigger: { metric: 'churn_rate', value: churn, relation: 'atLeast', threshold },
      draft: { family: 'retention', segments: retentionSegments(figures), channels: ['email', 'phone'] },
    };
  },

  function manyInactive({ figures, churnReasons = [] }) {
    const inactive = figures.pyramid_inactive;
    const ever = sum(figures, ['pyramid_active', 'pyramid_inactive']);
    if (inactive === undefined || ever === null || ever === 0) return null;
    if (!(inactive >= MANY_INACTIVE_SHARE * ever)) return null;
    const reasons = churnReasons
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
      .slice(0, TOP_CHURN_REASONS)
      .map((r) => ({ text: r.text, count: r.count }));
    return {
      key: 'many-inactive',
      rule: 'many-inactive',
      trigger: {
        metric: 'pyramid_inactive', value: inactive, relation: 'atLeast', threshold: MANY_INACTIVE_SHARE,
        per: { metrics: ['pyramid_active', 'pyramid_inactive'], value: ever },
      },
      draft: { family: 'recovery', segments: [{ kind: 'pyramid', key: 'inactive' }], channels: ['email', 'mail', 'phone'] },
      churnReasons: reasons,
    };
  },

  function lowWalletShareA({ figures, shareOfWalletA }) {
    if (shareOfWalletA === undefined || !((figures.abc_a ?? 0) > 0)) return null;
    if (!(shareOfWalletA < LOW_WALLET_SHARE_A)) return null;
    const segment: SegmentRef = { kind: 'abc', key: 'A' };
    return {
      key: 'low-wallet-share-a',
      rule: 'low-wallet-share-a',
      trigger: { metric: 'share_of_wallet', value: shareOfWalletA, relation: 'lessThan', threshold: LOW_WALLET_SHARE_A, segment },
      draft: { family: 'extension', segments: [segment], channels: ['salesForce', 'email'] },
    };
  },

  function thinActiveBase({ figures }) {
    const potential = figures.pyramid_potential;
    const active = figures.pyramid_active;
    if (potential === undefined || active === undefined || !(potential > 0)) return null;
    if (!(potential >= POTENTIALS_PER_ACTIVE * active)) return null;
    return {
      key: 'thin-active-base',
      rule: 'thin-active-base',
      trigger: {
        metric: 'pyramid_potential', value: potential, relation: 'atLeast', threshold: POTENTIALS_PER_ACTIVE,
        per: { metrics: ['pyramid_active'], value: active },
      },
      draft: { family: 'acquisition', segments: [{ kind: 'pyramid', key: 'potential' }], channels: ['email', 'phone', 'web'] },
    };
  },

  function opositores({ figures }) {
    const count = figures.type_opositor;
    const classified = sum(figures, CUSTOMER_TYPES);
    if (count === undefined || classified === null || !(count > 0)) return null;
    if (!(count >= OPOSITOR_SHARE * classified)) return null;
    return {
      key: 'opositores',
      rule: 'opositores',
      trigger: {
        metric: 'type_opositor', value: count, relation: 'atLeast', threshold: OPOSITOR_SHARE,
        per: { metrics: [...CUSTOMER_TYPES], value: classified },
      },
      draft: { family: 'recovery', segments: [{ kind: 'type', key: 'opositor' }], channels: ['phone', 'email'] },
    };
  },

  function prescriptores({ figures }) {
    const count = figures.type_prescriptor;
    const classified = sum(figures, CUSTOMER_TYPES);
    if (count === undefined || classified === null || !(count > 0)) return null;
    if (!(count >= PRESCRIPTOR_SHARE * classified)) return null;
    return {
      key: 'prescriptores',
      rule: 'prescriptores',
      trigger: {
        metric: 'type_prescriptor', value: count, relation: 'atLeast', threshold: PRESCRIPTOR_SHARE,
        per: { metrics: [...CUSTOMER_TYPES], value: classified },
      },
      draft: { family: 'acquisition', segments: [{ kind: 'type', key: 'prescriptor' }], channels: ['email', 'social'] },
    };
  },
];

/** One suggestion per data level that too few customers reach for the planned channels. */
function enrichmentSuggestions({ figures, channels = [] }: SuggestionInput): Suggestion[] {
  const total = figures.customers_total;
  if (total === undefined || !(total > 0)) return [];
  return ([1, 2] as const).flatMap((level) => {
    const needing = [...new Set(channels)].filter((c) => CHANNEL_DATA_LEVEL[c] === level);
    const metric = DATA_LEVEL_METRIC[level];
    const reached = figures[metric];
    if (needing.length === 0 || reached === undefined || !(reached < MIN_REACHABLE_SHARE * total)) return [];
    return [{
      key: `enrich-data-${level}`,
      rule: 'enrich-data' as const,
      trigger: {
        metric, value: reached, relation: 'lessThan' as const, threshold: MIN_REACHABLE_SHARE,
        per: { metrics: ['customers_total' as const], value: total },
      },
      draft: null,
      enrichment: { level, channels: needing },
    }];
  });
}

/** Strategy suggestions the diagnosis supports, in a fixed rule order. */
export function suggestStrategies(input: SuggestionInput): Suggestion[] {
  const found = RULES.map((rule) => rule(input)).filter((s) => s !== null);
  return [...enrichmentSuggestions(input), ...found];
}

/** Texts the user's language gives an accepted draft. */
export type StrategyTexts = Pick<Strategy, 'name' | 'offer' | 'responseProtocol' | 'learningGoal' | 'notes'>;

/**
 * The strategy an accepted suggestion becomes, remembering the suggestion's key; null for a
 * suggestion without a draft.
 */
export function strategyFromSuggestion(suggestion: Suggestion, id: string, texts: StrategyTexts): Strategy | null {
  const { draft } = suggestion;
  if (!draft) return null;
  return {
    id,
    family: draft.family,
    segments: draft.segments.map((s) => ({ ...s })),
    objectiveIds: [],
    channels: [...draft.channels],
    messages: [],
    ...texts,
    fromSuggestion: suggestion.key,
  };
}
