import * as v from 'valibot';
import { SEGMENT_KINDS, segmentKey, type SegmentRef } from './segment-ref';
import {
  CHANNELS, STRATEGY_FAMILIES, type Alliance, type AllianceKind, type Channel, type MessageVersion, type Strategy,
} from './strategy';

export interface StrategiesSection {
  strategies: Strategy[];
  alliances: Alliance[];
  /** Keys of the suggestions the user dismissed; they are not offered again. */
  dismissedSuggestions: string[];
}

export const ALLIANCE_KINDS: readonly AllianceKind[] = ['partial', 'tactical', 'final'];

const text = v.fallback(v.string(), '');
const id = v.pipe(v.string(), v.nonEmpty());
const segmentSchema = v.object({ kind: v.picklist(SEGMENT_KINDS), key: id });

/** A segment reference as stored, or null when it is not one. */
export function restoreSegmentRef(raw: unknown): SegmentRef | null {
  const parsed = v.safeParse(segmentSchema, raw);
  return parsed.success ? { kind: parsed.output.kind, key: parsed.output.key } : null;
}

function restoreSegments(raw: unknown): SegmentRef[] {
  const seen = new Set<string>();
  return list(raw).flatMap((item) => {
    const segment = restoreSegmentRef(item);
    if (!segment || seen.has(segmentKey(segment))) return [];
    seen.add(segmentKey(segment));
    return [segment];
  });
}

function restoreChannel(raw: unknown): Channel | null {
  return (CHANNELS as readonly unknown[]).includes(raw) ? (raw as Channel) : null;
}

function uniqueStrings(raw: unknown): string[] {
  return [...new Set(list(raw).filter((item): item is string => typeof item === 'string' && item !== ''))];
}

function restoreMessage(raw: unknown): MessageVersion | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  const message: MessageVersion = { text: v.parse(text, record.text) };
  const segment = restoreSegmentRef(record.segment);
  const channel = restoreChannel(record.channel);
  if (segment) message.segment = segment;
  if (channel) message.channel = channel;
  return message;
}

const strategySchema = v.object({
  id,
  family: v.picklist(STRATEGY_FAMILIES),
  name: text,
  segments: v.optional(v.unknown()),
  objectiveIds: v.optional(v.unknown()),
  channels: v.optional(v.unknown()),
  offer: text,
  messages: v.optional(v.unknown()),
  responseProtocol: text,
  learningGoal: text,
  notes: text,
  fromSuggestion: v.fallback(v.optional(id), undefined),
});

/** A strategy without an id or a known family is dropped: it could not be placed or linked. */
function restoreStrategy(raw: unknown): Strategy | null {
  const parsed = v.safeParse(strategySchema, raw);
  if (!parsed.success) return null;
  const { fromSuggestion, ...s } = parsed.output;
  const strategy: Strategy = {
    ...s,
    segments: restoreSegments(s.segments),
    objectiveIds: uniqueStrings(s.objectiveIds),
    channels: [...new Set(list(s.channels).map(restoreChannel).filter((c) => c !== null))],
    messages: list(s.messages).map(restoreMessage).filter((m) => m !== null),
  };
  if (fromSuggestion !== undefined) strategy.fromSuggestion = fromSuggestion;
  return strategy;
}

const allianceSchema = v.object({
  id,
  kind: v.fallback(v.picklist(ALLIANCE_KINDS), 'partial'),
  partner: text,
  goal: text,
});

function restoreAlliance(raw: unknown): Alliance | null {
  const parsed = v.safeParse(allianceSchema, raw);
  return parsed.success ? parsed.output : null;
}

function list(raw: unknown): unknown[] {
  return Array.isArray(raw) ? raw : [];
}

function uniqueById<T extends { id: string }>(items: readonly (T | null)[]): T[] {
  const seen = new Set<string>();
  return items.filter((item): item is T => {
    if (item === null || seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

/**
 * Step 3 as stored, or its defaults (nothing planned, nothing dismissed). Strategies and
 * alliances without an id, repeated ids, unknown families, segments and channels are dropped;
 * a text of the wrong type becomes empty. Never throws.
 */
export function restoreStrategies(raw: unknown): StrategiesSection {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    strategies: uniqueById(list(record.strategies).map(restoreStrategy)),
    alliances: uniqueById(list(record.alliances).map(restoreAlliance)),
    dismissedSuggestions: uniqueStrings(record.dismissedSuggestions),
  };
}
