import type { Action } from '../implementation/action';
import { budgetByStrategy } from '../implementation/budget';
import type { Strategy } from '../strategies/strategy';

export interface ObjectiveBudgets {
  /** Budget per objective id; objectives no budgeted strategy serves are absent. */
  byObjective: Record<string, number>;
  /** Budget of actions with no strategy, or of strategies that serve no objective. */
  unassigned: number;
}

/**
 * The action plan's budget per objective: each strategy's budget (its actions', cancelled ones
 * left out) split evenly among the objectives it serves. Sums to the plan's budget.
 */
export function budgetByObjective(
  actions: readonly Action[],
  strategies: readonly Pick<Strategy, 'id' | 'objectiveIds'>[],
  objectiveIds: readonly string[],
): ObjectiveBudgets {
  const known = new Set(objectiveIds);
  const served = new Map(strategies.map((s) => [s.id, [...new Set(s.objectiveIds)].filter((id) => known.has(id))]));
  const byObjective: Record<string, number> = {};
  let unassigned = 0;
  for (const [strategyId, amount] of Object.entries(budgetByStrategy(actions))) {
    const objectives = served.get(strategyId) ?? [];
    if (objectives.length === 0) {
      unassigned += amount;
      continue;
    }
    for (const id of objectives) byObjective[id] = (byObjective[id] ?? 0) + amount / objectives.length;
  }
  return { byObjective, unassigned };
}
