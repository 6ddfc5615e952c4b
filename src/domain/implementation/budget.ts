import { epochDay, isoToEpochDay, type EpochDay } from '../dates';
import type { Strategy, StrategyFamily } from '../strategies/strategy';
import type { Action } from './action';

/**
 * Budget totals of the action plan. Cancelled actions and budgets that are not finite
 * numbers are left out of every total. Amounts stay unrounded.
 */

function counted(actions: readonly Action[]): Action[] {
  return actions.filter((a) => a.status !== 'cancelled' && Number.isFinite(a.budget));
}

export function budgetTotal(actions: readonly Action[]): number {
  return counted(actions).reduce((sum, a) => sum + a.budget, 0);
}

/** Budget per strategy id; strategies without counted actions are absent. */
export function budgetByStrategy(actions: readonly Action[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const a of counted(actions)) totals[a.strategyId] = (totals[a.strategyId] ?? 0) + a.budget;
  return totals;
}

/** Budget per strategy family (all four present, 0 when empty); actions of unknown strategies go to `unassigned`. */
export function budgetByFamily(
  actions: readonly Action[],
  strategies: readonly Pick<Strategy, 'id' | 'family'>[],
): Record<StrategyFamily | 'unassigned', number> {
  const family = new Map(strategies.map((s) => [s.id, s.family]));
  const totals = { acquisition: 0, retention: 0, extension: 0, recovery: 0, unassigned: 0 };
  for (const a of counted(actions)) totals[family.get(a.strategyId) ?? 'unassigned'] += a.budget;
  return totals;
}

export interface MonthlyBudget {
  /** `yyyy-mm`. */
  month: string;
  amount: number;
}

export interface BudgetByMonth {
  /** Every month from the first to the last with budget, gaps included with 0. */
  months: MonthlyBudget[];
  /** Budget of actions whose dates are missing, invalid or reversed. */
  unscheduled: number;
}

function monthIndex(day: EpochDay): number {
  const date = new Date(day * 86_400_000);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

const firstDayOfMonth = (index: number): EpochDay => epochDay(Math.floor(index / 12), (index % 12) + 1, 1);

function monthLabel(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Budget per calendar month. An action's budget is spread over the months it spans pro rata
 * by days, both ends included: 1 000 from 20 Jan to 9 Feb (21 days) puts 12/21 in January
 * and 9/21 in February. A one-day action puts all its budget in its month.
 */
export function budgetByMonth(actions: readonly Action[]): BudgetByMonth {
  const amounts = new Map<number, number>();
  let unscheduled = 0;
  for (const action of counted(actions)) {
    const start = isoToEpochDay(action.start);
    const end = isoToEpochDay(action.end);
    if (start === null || end === null || end < start) {
      unscheduled += action.budget;
      continue;
    }
    const days = end - start + 1;
    for (let m = monthIndex(start); m <= monthIndex(end); m++) {
      const from = Math.max(start, firstDayOfMonth(m));
      const to = Math.min(end, firstDayOfMonth(m + 1) - 1);
      amounts.set(m, (amounts.get(m) ?? 0) + (action.budget * (to - from + 1)) / days);
    }
  }
  if (amounts.size === 0) return { months: [], unscheduled };
  const first = Math.min(...amounts.keys());
  const last = Math.max(...amounts.keys());
  const months: MonthlyBudget[] = [];
  for (let m = first; m <= last; m++) months.push({ month: monthLabel(m), amount: amounts.get(m) ?? 0 });
  return { months, unscheduled };
}
