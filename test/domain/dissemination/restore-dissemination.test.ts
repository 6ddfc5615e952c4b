import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { AUDIENCE_KINDS } from '../../../src/domain/dissemination/audience';
import { restoreDissemination } from '../../../src/domain/dissemination/restore-dissemination';
import { SUCCESS_CONDITION_IDS } from '../../../src/domain/dissemination/success-conditions';

describe('restoreDissemination', () => {
  it.each([undefined, null, 42, 'text', [], {}])('gives the defaults for %j', (raw) => {
    const section = restoreDissemination(raw);
    expect(section.audiences).toEqual([]);
    expect(section.conditions.map((c) => c.id)).toEqual([...SUCCESS_CONDITION_IDS]);
    expect(section.conditions.every((c) => !c.ticked && c.comment === '')).toBe(true);
  });

  it('keeps a complete audience as it was', () => {
    const audience = {
      id: 'a1', kind: 'salesForce', message: 'Nueva tarjeta', channel: 'training',
      schedule: { kind: 'frequency', frequency: 'monthly' }, owner: 'Lucía',
    };
    expect(restoreDissemination({ audiences: [audience] }).audiences).toEqual([audience]);
  });

  it('fills defaults field by field and drops unknown keys', () => {
    const [audience] = restoreDissemination({
      audiences: [{ id: 'a1', kind: 'customers', message: 7, channel: 'pigeon', schedule: { kind: 'date', date: '2026-02-30' }, extra: true }],
    }).audiences;
    expect(audience).toEqual({
      id: 'a1', kind: 'customers', message: '', channel: 'other', schedule: { kind: 'date', date: '' }, owner: '',
    });
  });

  it.each([
    ['a schedule of an unknown kind', { kind: 'weekly' }],
    ['an unknown frequency', { kind: 'frequency', frequency: 'hourly' }],
    ['no schedule', undefined],
  ])('turns %s into an undated one-off', (_, schedule) => {
    const [audience] = restoreDissemination({ audiences: [{ id: 'a', kind: 'partners', schedule }] }).audiences;
    expect(audience.schedule).toEqual({ kind: 'date', date: '' });
  });

  it('drops audiences without an id or a known kind, and repeated ids', () => {
    const section = restoreDissemination({
      audiences: [
        { id: 'ok', kind: 'management' }, { kind: 'management' }, { id: '', kind: 'employees' },
        { id: 'x', kind: 'aliens' }, null, 'audience', { id: 'ok', kind: 'suppliers' },
      ],
    });
    expect(section.audiences.map((a) => `${a.id}:${a.kind}`)).toEqual(['ok:management']);
  });

  it('keeps the ticks and comments of known conditions, in the seed order, and forgets retired ones', () => {
    const section = restoreDissemination({
      conditions: [
        { id: 'management-support', ticked: true, comment: 'La gerente lo presenta en marzo' },
        { id: 'retired-condition', ticked: true, comment: 'x' },
        { id: 'gradual-changes', ticked: 'yes', comment: null },
      ],
    });
    expect(section.conditions).toHaveLength(SUCCESS_CONDITION_IDS.length);
    expect(section.conditions.find((c) => c.id === 'management-support')).toEqual({
      id: 'management-support', ticked: true, comment: 'La gerente lo presenta en marzo',
    });
    expect(section.conditions.find((c) => c.id === 'gradual-changes')).toEqual({ id: 'gradual-changes', ticked: false, comment: '' });
  });

  it('never throws, and what it gives survives a save and a second restore unchanged', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const once = restoreDissemination(raw);
        expect(restoreDissemination(JSON.parse(JSON.stringify(once)))).toEqual(once);
      }),
    );
  });

  it('survives a second restore unchanged for lists that look like audiences', () => {
    const item = fc.record(
      {
        id: fc.oneof(fc.constantFrom('a', 'b', ''), fc.anything()),
        kind: fc.constantFrom(...AUDIENCE_KINDS, 'aliens'),
        channel: fc.oneof(fc.constantFrom('email', 'training'), fc.anything()),
        schedule: fc.oneof(
          fc.record({ kind: fc.constant('date'), date: fc.constantFrom('2026-01-31', '2026-02-31', '') }),
          fc.record({ kind: fc.constant('frequency'), frequency: fc.constantFrom('monthly', 'daily') }),
          fc.anything(),
        ),
        message: fc.anything(),
        owner: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.record({ audiences: fc.array(item), conditions: fc.anything() }), (raw) => {
        const once = restoreDissemination(raw);
        expect(restoreDissemination(JSON.parse(JSON.stringify(once)))).toEqual(once);
        expect(new Set(once.audiences.map((a) => a.id)).size).toBe(once.audiences.length);
      }),
    );
  });
});
