import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { budgetByFamily, budgetByMonth, budgetByStrategy, budgetTotal } from '../../../src/domain/implementation/budget';
import type { Action } from '../../../src/domain/implementation/action';

const action = (id: string, changes: Partial<Action> = {}): Action => ({
  id, strategyId: 's1', name: id, owner: '', start: '2026-01-01', end: '2026-01-31', budget: 100, status: 'planned', ...changes,
});

describe('budgetByMonth: pro rata by days, both ends included', () => {
  it.each([
    ['one month', [action('a', { budget: 310 })], [['2026-01', 310]], 0],
    ['20 Jan – 9 Feb: 12 and 9 of 21 days', [action('a', { budget: 1000, start: '2026-01-20', end: '2026-02-09' })],
      [['2026-01', (1000 * 12) / 21], ['2026-02', (1000 * 9) / 21]], 0],
    ['over new year, one day each side', [action('a', { budget: 50, start: '2025-12-31', end: '2026-01-01' })],
      [['2025-12', 25], ['2026-01', 25]], 0],
    ['one day', [action('a', { budget: 7, start: '2026-05-31', end: '2026-05-31' })], [['2026-05', 7]], 0],
    ['a leap February, whole', [action('a', { budget: 29, start: '2024-02-01', end: '2024-02-29' })], [['2024-02', 29]], 0],
    ['1 Jan – 31 Mar 2026 (31 + 28 + 31 days)', [action('a', { budget: 90, start: '2026-01-01', end: '2026-03-31' })],
      [['2026-01', 31], ['2026-02', 28], ['2026-03', 31]], 0],
    ['gap months show as 0', [action('a', { budget: 10 }), action('b', { budget: 20, start: '2026-04-01', end: '2026-04-30' })],
      [['2026-01', 10], ['2026-02', 0], ['2026-03', 0], ['2026-04', 20]], 0],
    ['cancelled actions count nowhere', [action('a', { status: 'cancelled' }), action('b', { budget: 5 })], [['2026-01', 5]], 0],
    ['bad dates go to unscheduled', [action('a', { end: '2025-12-01', budget: 40 }), action('b', { start: '', budget: 2 })], [], 42],
    ['no actions', [], [], 0],
  ] as const)('%s', (_, actions, months, unscheduled) => {
    const result = budgetByMonth([...actions]);
    expect(result.months.map((m) => m.month)).toEqual(months.map(([m]) => m));
    result.months.forEach((m, i) => expect(m.amount).toBeCloseTo(months[i][1], 9));
    expect(result.unscheduled).toBe(unscheduled);
  });

  it('spreads every budget in full: months plus unscheduled add up to the total', () => {
    const day = fc.integer({ min: 20000, max: 21000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    const arbitraryAction = fc.record({ start: day, end: day, budget: fc.double({ min: 0, max: 1e6, noNaN: true }) });
    fc.assert(fc.property(fc.array(arbitraryAction, { maxLength: 8 }), (parts) => {
      const actions = parts.map((p, i) => action(String(i), p));
      const { months, unscheduled } = budgetByMonth(actions);
      const spread = months.reduce((sum, m) => sum + m.amount, 0) + unscheduled;
      expect(spread).toBeCloseTo(budgetTotal(actions), 3);
    }));
  });
});

describe('totals by strategy and family', () => {
  const strategies = [
    { id: 's1', family: 'retention' as const },
    { id: 's2', family: 'recovery' as const },
    { id: 's3', family: 'retention' as const },
  ];
  const actions = [
    action('a', { strategyId: 's1', budget: 100 }),
    action('b', { strategyId: 's1', budget: 50.5 }),
    action('c', { strategyId: 's2', budget: 30 }),
    action('d', { strategyId: 's3', budget: 20, status: 'done' }),
    action('e', { strategyId: 's3', budget: 999, status: 'cancelled' }),
    action('f', { strategyId: 'gone', budget: 7 }),
  ];

  it('sums by strategy, leaving cancelled actions out', () => {
    expect(budgetByStrategy(actions)).toEqual({ s1: 150.5, s2: 30, s3: 20, gone: 7 });
  });

  it('sums by family, with every family present and unknown strategies apart', () => {
    expect(budgetByFamily(actions, strategies)).toEqual({ acquisition: 0, retention: 170.5, extension: 0, recovery: 30, unassigned: 7 });
  });

  it('totals the counted budgets', () => {
    expect(budgetTotal(actions)).toBe(207.5);
  });
});
