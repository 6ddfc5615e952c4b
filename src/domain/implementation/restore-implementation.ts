import * as v from 'valibot';
import { restoreChecklistItems, type ChecklistItem } from '../checklist';
import { ACTION_STATUSES, type Action } from './action';
import { crmRolloutChecklist } from './crm-rollout';
import { finiteNumber, recordId, restoreRecords, text } from './restore-records';

/** Step 5 as stored in the plan's section `implementation`. */
export interface ImplementationSection {
  actions: Action[];
  /** The CRM roll-out checklist, always the full list in the seeds' order. */
  rollout: ChecklistItem[];
}

const action = v.pipe(
  v.object({
    id: recordId,
    strategyId: text,
    name: text,
    owner: text,
    start: text,
    end: text,
    budget: v.fallback(finiteNumber, 0),
    status: v.fallback(v.picklist(ACTION_STATUSES), 'planned'),
    predecessorId: v.fallback(v.optional(v.pipe(v.string(), v.minLength(1))), undefined),
  }),
  v.transform((a): Action => {
    const { predecessorId, ...rest } = a;
    return predecessorId === undefined ? rest : { ...rest, predecessorId };
  }),
);

/**
 * The stored section read back, never throwing: actions without an id are dropped; other
 * fields get defaults (no strategy, empty texts and dates, budget 0, 'planned'). Dates are
 * kept as typed so that validation can point at a bad one. A predecessor that is not one of
 * the actions is dropped.
 */
export function restoreImplementation(raw: unknown): ImplementationSection {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const actions = restoreRecords(record.actions, action);
  const ids = new Set(actions.map((a) => a.id));
  return {
    actions: actions.map((a) => {
      if (a.predecessorId === undefined || ids.has(a.predecessorId)) return a;
      const copy = { ...a };
      delete copy.predecessorId;
      return copy;
    }),
    rollout: crmRolloutChecklist(restoreChecklistItems(record.rollout)),
  };
}
