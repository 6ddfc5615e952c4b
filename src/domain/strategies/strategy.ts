import type { SegmentRef } from './segment-ref';

/** The seed's four families: captación, retención, extensión, recuperación. */
export type StrategyFamily = 'acquisition' | 'retention' | 'extension' | 'recovery';

export const STRATEGY_FAMILIES: readonly StrategyFamily[] = ['acquisition', 'retention', 'extension', 'recovery'];

export type Channel =
  | 'email' | 'phone' | 'mail' | 'social' | 'web' | 'shop' | 'sms' | 'salesForce' | 'events';

export const CHANNELS: readonly Channel[] = [
  'email', 'phone', 'mail', 'social', 'web', 'shop', 'sms', 'salesForce', 'events',
];

/**
 * One version of the campaign message (multichannel step 4: a version per segment or
 * channel). Neither set = the default version.
 */
export interface MessageVersion {
  segment?: SegmentRef;
  channel?: Channel;
  text: string;
}

export interface Strategy {
  id: string;
  family: StrategyFamily;
  name: string;
  segments: SegmentRef[];
  /** Ids of the specific objectives this strategy serves. */
  objectiveIds: string[];
  channels: Channel[];
  offer: string;
  messages: MessageVersion[];
  /** How each customer message is answered, captured and measured (multichannel step 3). */
  responseProtocol: string;
  /** What this strategy's actions should teach us (multichannel step 7, test and learn). */
  learningGoal: string;
  notes: string;
  /** The key of the suggestion it was accepted from; while it exists, that suggestion is not offered again. */
  fromSuggestion?: string;
}

/**
 * Strategic alliances of the seed: partial (a shared partial goal), tactical (a concrete
 * joint action between parties with different goals), final (a shared strategic goal).
 */
export type AllianceKind = 'partial' | 'tactical' | 'final';

export interface Alliance {
  id: string;
  kind: AllianceKind;
  partner: string;
  goal: string;
}
