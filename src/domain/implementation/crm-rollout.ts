import { checklistFor, type ChecklistItem } from '../checklist';

/**
 * The CRM roll-out of the seeds, in order. First the four steps for implementing a CRM:
 * customer-centred strategies, then responsibilities and roles redesigned, then work
 * processes re-engineered, and only then technology, which supports and does not lead.
 * Then the customer database built from the initial one: normalised, de-duplicated,
 * enriched. Last, the people using the CRM trained, to avoid duplicate records, incomplete
 * data, misspellings and deleted customers.
 */
export const CRM_ROLLOUT_IDS = [
  'customer-centred-strategy',
  'roles-redesigned',
  'processes-reengineered',
  'technology-supports',
  'database-normalised',
  'database-deduplicated',
  'database-enriched',
  'users-trained',
] as const;

export type CrmRolloutId = (typeof CRM_ROLLOUT_IDS)[number];

/** The CRM roll-out checklist, keeping what the planner already ticked and wrote. */
export function crmRolloutChecklist(saved: readonly ChecklistItem[] = []): ChecklistItem[] {
  return checklistFor(CRM_ROLLOUT_IDS, saved);
}
