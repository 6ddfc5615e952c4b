import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { restoreSegmentRef, restoreStrategies } from '../../../src/domain/strategies/restore-strategies';
import type { Strategy } from '../../../src/domain/strategies/strategy';

const EMPTY = { strategies: [], alliances: [], dismissedSuggestions: [] };

const winBack: Strategy = {
  id: 's1',
  family: 'recovery',
  name: 'Te echamos de menos',
  segments: [{ kind: 'pyramid', key: 'inactive' }],
  objectiveIds: ['o1'],
  channels: ['email', 'phone'],
  offer: '10 % en la próxima compra',
  messages: [{ text: 'Hola' }, { segment: { kind: 'abc', key: 'A' }, channel: 'phone', text: 'Le llamamos' }],
  responseProtocol: 'Responder en 24 horas',
  learningGoal: 'Qué canal recupera más',
  notes: '',
  fromSuggestion: 'many-inactive',
};

describe('restoreStrategies', () => {
  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a number', 3],
    ['a string', 'estrategias'],
    ['an empty object', {}],
    ['lists of the wrong type', { strategies: 'x', alliances: {}, dismissedSuggestions: 5 }],
  ])('gives the defaults for %s', (_, raw) => {
    expect(restoreStrategies(raw)).toEqual(EMPTY);
  });

  it('keeps a well-formed section as it was', () => {
    const section = {
      strategies: [winBack],
      alliances: [{ id: 'a1', kind: 'tactical', partner: 'Gimnasio Sur', goal: 'Bonos cruzados' }],
      dismissedSuggestions: ['high-churn'],
    };
    expect(restoreStrategies(JSON.parse(JSON.stringify(section)))).toEqual(section);
  });

  it('drops strategies without an id or a known family, and repeated ids', () => {
    const restored = restoreStrategies({
      strategies: [{ ...winBack, id: '' }, { ...winBack, id: 's2', family: 'loyalty' }, winBack, { ...winBack, name: 'Otra' }, 7],
    });
    expect(restored.strategies.map((s) => [s.id, s.name])).toEqual([['s1', 'Te echamos de menos']]);
  });

  it('fills every missing field of a strategy that has only an id and a family', () => {
    expect(restoreStrategies({ strategies: [{ id: 's9', family: 'extension' }] }).strategies).toEqual([{
      id: 's9', family: 'extension', name: '', segments: [], objectiveIds: [], channels: [], offer: '', messages: [],
      responseProtocol: '', learningGoal: '', notes: '',
    }]);
  });

  it('cleans the lists inside a strategy: unknown segments and channels, repeats, bad messages', () => {
    const [s] = restoreStrategies({
      strategies: [{
        id: 's1', family: 'retention', name: 12,
        segments: [{ kind: 'rfm', key: 'at-risk' }, { kind: 'rfm', key: 'at-risk' }, { kind: 'rfm', key: '' }, { kind: 'zodiac', key: 'leo' }, 'abc:A'],
        objectiveIds: ['o1', 'o1', 3, '', 'o2'],
        channels: ['email', 'fax', 'email', 'sms'],
        messages: [{ text: 'Hola', channel: 'fax', segment: { kind: 'abc' } }, null, { text: 4, channel: 'sms' }],
        fromSuggestion: '',
      }],
    }).strategies;
    expect(s).toEqual({
      id: 's1', family: 'retention', name: '',
      segments: [{ kind: 'rfm', key: 'at-risk' }],
      objectiveIds: ['o1', 'o2'],
      channels: ['email', 'sms'],
      offer: '',
      messages: [{ text: 'Hola' }, { text: '', channel: 'sms' }],
      responseProtocol: '', learningGoal: '', notes: '',
    });
  });

  it('keeps alliances with an id, giving an unknown kind the first kind, and unique dismissed keys', () => {
    expect(restoreStrategies({
      alliances: [{ id: 'a1', kind: 'eternal', partner: 'Ayuntamiento' }, { partner: 'sin id' }],
      dismissedSuggestions: ['opositores', 'opositores', 4, ''],
    })).toEqual({
      strategies: [],
      alliances: [{ id: 'a1', kind: 'partial', partner: 'Ayuntamiento', goal: '' }],
      dismissedSuggestions: ['opositores'],
    });
  });

  it('never throws, whatever is stored', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), fc.anything(), (strategy, alliance, dismissed) => {
      const restored = restoreStrategies({ strategies: [strategy, winBack], alliances: [alliance], dismissedSuggestions: dismissed });
      expect(restored.strategies.some((s) => s.id === 's1')).toBe(true);
      expect(restored.dismissedSuggestions.every((k) => typeof k === 'string')).toBe(true);
    }));
  });
});

describe('restoreSegmentRef', () => {
  it.each([
    [{ kind: 'type', key: 'opositor', extra: 1 }, { kind: 'type', key: 'opositor' }],
    [{ kind: 'value', key: 'high-low' }, { kind: 'value', key: 'high-low' }],
    [{ kind: 'type' }, null],
    [{ kind: 'planet', key: 'x' }, null],
    ['pyramid:active', null],
    [undefined, null],
  ])('%j → %j', (raw, expected) => {
    expect(restoreSegmentRef(raw)).toEqual(expected);
  });
});
