import * as v from 'valibot';
import type { ChecklistItem } from '../checklist';
import { restoreChecklistItems } from '../checklist';
import { isoToEpochDay } from '../dates';
import { recordId, restoreRecords, text } from '../implementation/restore-records';
import {
  AUDIENCE_KINDS, DISSEMINATION_CHANNELS, FREQUENCIES, type Audience, type AudienceSchedule,
} from './audience';
import { successChecklist } from './success-conditions';

/** Step 4 as stored in the plan's section `dissemination`. */
export interface DisseminationSection {
  audiences: Audience[];
  /** The conditions for success, always the full list in the seed's order. */
  conditions: ChecklistItem[];
}

const isoOrEmpty = v.fallback(v.pipe(v.string(), v.check((s) => isoToEpochDay(s) !== null)), '');

const schedule = v.fallback(
  v.variant('kind', [
    v.object({ kind: v.literal('date'), date: isoOrEmpty }),
    v.object({ kind: v.literal('frequency'), frequency: v.picklist(FREQUENCIES) }),
  ]),
  (): AudienceSchedule => ({ kind: 'date', date: '' }),
);

const audience = v.object({
  id: recordId,
  kind: v.picklist(AUDIENCE_KINDS),
  message: text,
  channel: v.fallback(v.picklist(DISSEMINATION_CHANNELS), 'other'),
  schedule,
  owner: text,
});

/**
 * The stored section read back, never throwing: audiences without an id or a known kind
 * are dropped, other fields get defaults (channel 'other', an undated one-off schedule,
 * empty texts); the checklist keeps its known items' ticks and comments.
 */
export function restoreDissemination(raw: unknown): DisseminationSection {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    audiences: restoreRecords(record.audiences, audience),
    conditions: successChecklist(restoreChecklistItems(record.conditions)),
  };
}
