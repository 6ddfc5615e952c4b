import { describe, it, expect } from 'vitest';
import { ganttData } from '../../../src/domain/implementation/gantt';
import type { Action } from '../../../src/domain/implementation/action';
import type { Strategy } from '../../../src/domain/strategies/strategy';
import { epochDay } from '../../../src/domain/dates';

const action = (id: string, strategyId: string, start: string, end: string, extra: Partial<Action> = {}): Action => ({
  id, strategyId, name: id, owner: 'Ana', start, end, budget: 0, status: 'planned', ...extra,
});
const strategy = (id: string, family: Strategy['family']): Strategy => ({
  id, family, name: `S ${id}`, segments: [], objectiveIds: [], channels: [], offer: '', messages: [],
  responseProtocol: '', learningGoal: '', notes: '',
});

describe('ganttData', () => {
  const strategies = [strategy('s2', 'recovery'), strategy('s1', 'retention')];
  const actions = [
    action('late', 's1', '2026-05-01', '2026-05-31'),
    action('early', 's1', '2026-02-01', '2026-02-10', { predecessorId: 'x' }),
    action('orphan', 'gone', '2026-01-01', '2026-01-02'),
    action('winback', 's2', '2026-03-01', '2026-03-01'),
    action('broken', 's2', '2026-03-05', '2026-03-01'),
  ];
  const today = epochDay(2026, 1, 15);
  const data = ganttData(actions, strategies, today);

  it('groups rows by strategy in the plan order, by start within, unknown strategies last', () => {
    expect(data.rows.map((r) => r.actionId)).toEqual(['winback', 'early', 'late', 'orphan']);
  });

  it('gives bars an exclusive end so a one-day action is one day long', () => {
    const row = data.rows.find((r) => r.actionId === 'winback');
    expect(row?.start).toBe(epochDay(2026, 3, 1));
    expect(row?.endExclusive).toBe(epochDay(2026, 3, 2));
  });

  it('carries the family for the colour, null for an unknown strategy', () => {
    expect(data.rows.map((r) => r.family)).toEqual(['recovery', 'retention', 'retention', null]);
    expect(data.rows[1]).toMatchObject({ strategyName: 'S s1', predecessorId: 'x', owner: 'Ana', status: 'planned' });
  });

  it('spans every bar and today, and lists what it cannot draw', () => {
    expect(data.range).toEqual({ first: epochDay(2026, 1, 1), endExclusive: epochDay(2026, 6, 1) });
    expect(data.undrawable).toEqual(['broken']);
    const later = ganttData(actions, strategies, epochDay(2026, 9, 1));
    expect(later.range?.endExclusive).toBe(epochDay(2026, 9, 2));
  });

  it('has no range without drawable actions', () => {
    expect(ganttData([], strategies, today)).toEqual({ rows: [], range: null, undrawable: [] });
  });
});
