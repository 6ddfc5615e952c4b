import { isoToEpochDay, type EpochDay } from '../dates';
import type { Strategy, StrategyFamily } from '../strategies/strategy';
import type { Action, ActionStatus } from './action';

export interface GanttRow {
  actionId: string;
  name: string;
  owner: string;
  status: ActionStatus;
  strategyId: string;
  /** Empty when the action has no strategy or its strategy no longer exists. */
  strategyName: string;
  /** Colours the bar; null when the action has no strategy or it no longer exists. */
  family: StrategyFamily | null;
  start: EpochDay;
  /** The day after the last day, so a bar from `start` to `endExclusive` covers every day. */
  endExclusive: EpochDay;
  predecessorId: string | null;
}

export interface GanttData {
  rows: GanttRow[];
  /** The days the chart must show, today included; null when no action can be drawn. */
  range: { first: EpochDay; endExclusive: EpochDay } | null;
  /** Actions not drawn because their dates are missing, invalid or reversed. */
  undrawable: string[];
}

/**
 * Rows of the Gantt chart: grouped by strategy in the order of `strategies` (actions of
 * unknown strategies last), by start date within a strategy, then by name.
 */
export function ganttData(
  actions: readonly Action[],
  strategies: readonly Pick<Strategy, 'id' | 'name' | 'family'>[],
  today: EpochDay,
): GanttData {
  const order = new Map(strategies.map((s, i) => [s.id, i]));
  const byId = new Map(strategies.map((s) => [s.id, s]));
  const rows: GanttRow[] = [];
  const undrawable: string[] = [];
  for (const action of actions) {
    const start = isoToEpochDay(action.start);
    const end = isoToEpochDay(action.end);
    if (start === null || end === null || end < start) {
      undrawable.push(action.id);
      continue;
    }
    const strategy = byId.get(action.strategyId);
    rows.push({
      actionId: action.id,
      name: action.name,
      owner: action.owner,
      status: action.status,
      strategyId: action.strategyId,
      strategyName: strategy?.name ?? '',
      family: strategy?.family ?? null,
      start,
      endExclusive: end + 1,
      predecessorId: action.predecessorId ?? null,
    });
  }
  const rank = (row: GanttRow) => order.get(row.strategyId) ?? strategies.length;
  rows.sort((a, b) => rank(a) - rank(b) || a.start - b.start || a.name.localeCompare(b.name));
  const range = rows.length === 0 ? null : {
    first: Math.min(today, ...rows.map((r) => r.start)),
    endExclusive: Math.max(today + 1, ...rows.map((r) => r.endExclusive)),
  };
  return { rows, range, undrawable };
}
