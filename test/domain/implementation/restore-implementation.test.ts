import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { restoreImplementation } from '../../../src/domain/implementation/restore-implementation';
import { CRM_ROLLOUT_IDS } from '../../../src/domain/implementation/crm-rollout';

const complete = {
  id: 'a1', strategyId: 's1', name: 'Tarjeta de cliente', owner: 'Ana', start: '2026-03-01', end: '2026-03-31',
  budget: 1234.5, status: 'in-progress',
};

describe('restoreImplementation', () => {
  it.each([undefined, null, 'x', [], {}, { actions: 'many' }])('gives the defaults for %j', (raw) => {
    const section = restoreImplementation(raw);
    expect(section.actions).toEqual([]);
    expect(section.rollout.map((i) => i.id)).toEqual([...CRM_ROLLOUT_IDS]);
  });

  it('keeps a complete action, with its predecessor when that action exists', () => {
    const next = { ...complete, id: 'a2', predecessorId: 'a1' };
    expect(restoreImplementation({ actions: [complete, next] }).actions).toEqual([complete, next]);
  });

  it('fills defaults: no strategy, empty texts, budget 0, planned', () => {
    expect(restoreImplementation({ actions: [{ id: 'a', budget: 'mucho', status: 'maybe', strategyId: 3 }] }).actions).toEqual([
      { id: 'a', strategyId: '', name: '', owner: '', start: '', end: '', budget: 0, status: 'planned' },
    ]);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, null])('reads a budget of %s as 0', (budget) => {
    expect(restoreImplementation({ actions: [{ ...complete, budget }] }).actions[0].budget).toBe(0);
  });

  it('keeps a badly typed date as it is, so that validation can point at it', () => {
    expect(restoreImplementation({ actions: [{ ...complete, end: '2026-02-30' }] }).actions[0].end).toBe('2026-02-30');
  });

  it('drops a predecessor that is not one of the actions, or is empty', () => {
    const { actions } = restoreImplementation({
      actions: [{ ...complete, predecessorId: 'gone' }, { ...complete, id: 'a2', predecessorId: '' }],
    });
    expect(actions.map((a) => 'predecessorId' in a)).toEqual([false, false]);
  });

  it('drops actions without an id and repeated ids', () => {
    const { actions } = restoreImplementation({ actions: [complete, { ...complete, id: '' }, { name: 'x' }, { ...complete, name: 'copy' }] });
    expect(actions.map((a) => a.name)).toEqual(['Tarjeta de cliente']);
  });

  it('keeps the roll-out ticks of known items', () => {
    const { rollout } = restoreImplementation({ rollout: [{ id: 'users-trained', ticked: true, comment: 'Curso en abril' }] });
    expect(rollout.at(-1)).toEqual({ id: 'users-trained', ticked: true, comment: 'Curso en abril' });
    expect(rollout.filter((i) => i.ticked)).toHaveLength(1);
  });

  it('never throws, and what it gives survives a save and a second restore unchanged', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const once = restoreImplementation(raw);
        expect(restoreImplementation(JSON.parse(JSON.stringify(once)))).toEqual(once);
      }),
    );
  });

  it('survives a second restore unchanged for lists that look like actions', () => {
    const item = fc.record(
      {
        id: fc.oneof(fc.constantFrom('a', 'b', 'c', ''), fc.anything()),
        strategyId: fc.oneof(fc.constantFrom('s1', ''), fc.anything()),
        start: fc.oneof(fc.constantFrom('2026-01-31', '2026-02-31'), fc.anything()),
        budget: fc.oneof(fc.double(), fc.anything()),
        status: fc.constantFrom('planned', 'done', 'lost'),
        predecessorId: fc.oneof(fc.constantFrom('a', 'b', 'c', 'z', ''), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.record({ actions: fc.array(item), rollout: fc.anything() }), (raw) => {
        const once = restoreImplementation(raw);
        expect(restoreImplementation(JSON.parse(JSON.stringify(once)))).toEqual(once);
        const ids = new Set(once.actions.map((a) => a.id));
        expect(ids.size).toBe(once.actions.length);
        expect(once.actions.every((a) => a.predecessorId === undefined || ids.has(a.predecessorId))).toBe(true);
      }),
    );
  });
});

describe('restoreImplementation of a negative zero', () => {
  it('reads a budget of −0 as 0, as a save would store it', () => {
    expect(Object.is(restoreImplementation({ actions: [{ ...complete, budget: -0 }] }).actions[0].budget, 0)).toBe(true);
  });
});
