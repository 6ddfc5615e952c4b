import { checklistFor, type ChecklistItem } from '../checklist';

/**
 * The seed's keys for designing and implementing a relational-marketing strategy
 * (*claves para diseñar e implementar una estrategia de marketing relacional*), in its order:
 * truly two-way, customer-oriented relationships; overcoming customers' reluctance to keep a
 * relationship; gradual changes; the support of general management; a basic transactional
 * model that works efficiently and well; an integrated direct-marketing experience.
 */
export const SUCCESS_CONDITION_IDS = [
  'two-way-relationship',
  'overcome-reluctance',
  'gradual-changes',
  'management-support',
  'transactional-base',
  'integrated-direct-marketing',
] as const;

export type SuccessConditionId = (typeof SUCCESS_CONDITION_IDS)[number];

/** The conditions-for-success checklist, keeping what the planner already ticked and wrote. */
export function successChecklist(saved: readonly ChecklistItem[] = []): ChecklistItem[] {
  return checklistFor(SUCCESS_CONDITION_IDS, saved);
}
