import { isoToEpochDay } from '../dates';

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;

export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** One action of the plan (step 5): belongs to a strategy; dates are ISO, both days included. */
export interface Action {
  id: string;
  /** '' while the action is not assigned to a strategy yet. */
  strategyId: string;
  name: string;
  owner: string;
  start: string;
  end: string;
  /** In the plan's currency, unrounded. */
  budget: number;
  status: ActionStatus;
  /** An action that must finish before this one starts. */
  predecessorId?: string;
}

export type ActionIssueCode =
  | 'bad-start' | 'bad-end' | 'end-before-start' | 'bad-budget' | 'unknown-strategy'
  | 'unknown-predecessor' | 'predecessor-cycle' | 'predecessor-ends-after-start';

export interface ActionIssue {
  actionId: string;
  code: ActionIssueCode;
  field: 'start' | 'end' | 'budget' | 'strategyId' | 'predecessorId';
  params: Record<string, string | number>;
}

/**
 * Problems in an action plan, as codes the UI translates. A predecessor must end no later
 * than the day its successor starts (a same-day hand-over is allowed). Every action on a
 * predecessor cycle (a self-reference included) gets 'predecessor-cycle', and its timing is
 * then not checked. `strategyIds`, when given, are the strategies that exist; an action
 * with no strategy yet (strategyId '') is allowed.
 */
export function validateActions(actions: readonly Action[], strategyIds?: ReadonlySet<string>): ActionIssue[] {
  const issues: ActionIssue[] = [];
  const byId = new Map(actions.map((a) => [a.id, a]));
  const inCycle = actionsOnCycles(actions, byId);
  for (const action of actions) {
    const add = (code: ActionIssueCode, field: ActionIssue['field'], params: ActionIssue['params'] = {}) =>
      issues.push({ actionId: action.id, code, field, params });
    const start = isoToEpochDay(action.start);
    const end = isoToEpochDay(action.end);
    if (start === null) add('bad-start', 'start', { value: action.start });
    if (end === null) add('bad-end', 'end', { value: action.end });
    if (start !== null && end !== null && end < start) add('end-before-start', 'end', { start: action.start, end: action.end });
    if (!Number.isFinite(action.budget) || action.budget < 0) add('bad-budget', 'budget', { value: action.budget });
    if (strategyIds && action.strategyId !== '' && !strategyIds.has(action.strategyId)) add('unknown-strategy', 'strategyId', { strategyId: action.strategyId });
    if (action.predecessorId === undefined) continue;
    const predecessor = byId.get(action.predecessorId);
    if (!predecessor) {
      add('unknown-predecessor', 'predecessorId', { predecessorId: action.predecessorId });
    } else if (inCycle.has(action.id)) {
      add('predecessor-cycle', 'predecessorId', { predecessorId: action.predecessorId });
    } else {
      const predecessorEnd = isoToEpochDay(predecessor.end);
      if (start !== null && predecessorEnd !== null && predecessorEnd > start) {
        add('predecessor-ends-after-start', 'start', {
          predecessorId: predecessor.id, predecessorEnd: predecessor.end, start: action.start,
        });
      }
    }
  }
  return issues;
}

/** Ids of actions lying on a cycle of predecessor links (each action has at most one link). */
function actionsOnCycles(actions: readonly Action[], byId: ReadonlyMap<string, Action>): Set<string> {
  const onCycle = new Set<string>();
  const settled = new Set<string>();
  for (const first of actions) {
    const path: string[] = [];
    const position = new Map<string, number>();
    let current: Action | undefined = first;
    while (current && !settled.has(current.id) && !position.has(current.id)) {
      position.set(current.id, path.length);
      path.push(current.id);
      current = current.predecessorId === undefined ? undefined : byId.get(current.predecessorId);
    }
    if (current && position.has(current.id)) {
      for (const id of path.slice(position.get(current.id))) onCycle.add(id);
    }
    for (const id of path) settled.add(id);
  }
  return onCycle;
}

/** The plan without one action; actions that followed it lose that predecessor link. */
export function withoutAction(actions: readonly Action[], id: string): Action[] {
  return actions.filter((a) => a.id !== id).map((a) => {
    if (a.predecessorId !== id) return a;
    const copy = { ...a };
    delete copy.predecessorId;
    return copy;
  });
}
