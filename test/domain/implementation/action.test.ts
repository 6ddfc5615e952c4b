import { describe, it, expect } from 'vitest';
import { validateActions, withoutAction, type Action } from '../../../src/domain/implementation/action';

const action = (id: string, changes: Partial<Action> = {}): Action => ({
  id, strategyId: 's1', name: id, owner: 'Ana', start: '2026-02-01', end: '2026-02-28', budget: 100, status: 'planned', ...changes,
});

const codes = (actions: Action[], strategyIds?: Set<string>) =>
  validateActions(actions, strategyIds).map((i) => `${i.actionId}:${i.code}`);

describe('validateActions', () => {
  it.each([
    ['a valid plan', [action('a'), action('b', { predecessorId: 'a', start: '2026-03-01', end: '2026-03-10' })], []],
    ['a same-day hand-over', [action('a'), action('b', { predecessorId: 'a', start: '2026-02-28', end: '2026-03-10' })], []],
    ['an invalid start', [action('a', { start: '2026-13-01' })], ['a:bad-start']],
    ['an empty end', [action('a', { end: '' })], ['a:bad-end']],
    ['end before start', [action('a', { start: '2026-03-01', end: '2026-02-01' })], ['a:end-before-start']],
    ['a one-day action', [action('a', { start: '2026-03-01', end: '2026-03-01' })], []],
    ['a negative budget', [action('a', { budget: -1 })], ['a:bad-budget']],
    ['a budget that is not a number', [action('a', { budget: Number.NaN })], ['a:bad-budget']],
    ['an unknown predecessor', [action('a', { predecessorId: 'zz' })], ['a:unknown-predecessor']],
    ['a predecessor ending after the start', [action('a'), action('b', { predecessorId: 'a', start: '2026-02-15', end: '2026-03-10' })], ['b:predecessor-ends-after-start']],
    ['its own predecessor', [action('a', { predecessorId: 'a' })], ['a:predecessor-cycle']],
    ['a two-action cycle', [action('a', { predecessorId: 'b' }), action('b', { predecessorId: 'a' })], ['a:predecessor-cycle', 'b:predecessor-cycle']],
    ['a three-action cycle with a tail', [
      action('t', { predecessorId: 'a', start: '2026-03-01', end: '2026-03-02' }),
      action('a', { predecessorId: 'c' }), action('b', { predecessorId: 'a' }), action('c', { predecessorId: 'b' }),
    ], ['a:predecessor-cycle', 'b:predecessor-cycle', 'c:predecessor-cycle']],
  ])('%s', (_, actions, expected) => {
    expect(codes(actions)).toEqual(expected);
  });

  it('flags actions of strategies that do not exist, when told which exist', () => {
    expect(codes([action('a'), action('b', { strategyId: 'gone' })], new Set(['s1']))).toEqual(['b:unknown-strategy']);
  });

  it('allows an action not yet assigned to a strategy', () => {
    expect(codes([action('a', { strategyId: '' })], new Set(['s1']))).toEqual([]);
    expect(codes([action('a', { strategyId: '' })], new Set())).toEqual([]);
  });

  it('says where and with what values', () => {
    const [issue] = validateActions([action('a'), action('b', { predecessorId: 'a', start: '2026-02-15', end: '2026-03-10' })]);
    expect(issue).toEqual({
      actionId: 'b', code: 'predecessor-ends-after-start', field: 'start',
      params: { predecessorId: 'a', predecessorEnd: '2026-02-28', start: '2026-02-15' },
    });
  });
});

describe('withoutAction', () => {
  it('removes the action and the links of the actions that followed it, leaving the rest untouched', () => {
    const plan = [action('a'), action('b', { predecessorId: 'a' }), action('c', { predecessorId: 'b' }), action('d', { predecessorId: 'a' })];
    const after = withoutAction(plan, 'a');
    expect(after.map((x) => [x.id, x.predecessorId ?? null])).toEqual([['b', null], ['c', 'b'], ['d', null]]);
    expect('predecessorId' in after[0]).toBe(false);
    expect(after[1]).toBe(plan[2]);
    expect(plan[1].predecessorId).toBe('a');
  });
});
