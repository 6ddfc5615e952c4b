import type { Plan } from './plan';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** True when the plan has changes older than a week that no backup holds. */
export function needsBackup(plan: Pick<Plan, 'updatedAt' | 'backedUpAt' | 'createdAt'>, now: Date): boolean {
  const since = plan.backedUpAt ?? plan.createdAt;
  if (plan.backedUpAt !== null && plan.updatedAt <= plan.backedUpAt) return false;
  return now.getTime() - new Date(since).getTime() > WEEK_MS;
}
