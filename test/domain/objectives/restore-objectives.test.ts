import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { restoreObjectives } from '../../../src/domain/objectives/restore-objectives';
import type { SpecificObjective } from '../../../src/domain/objectives/objective';

const EMPTY = {
  general: { what: '', where: '', whatFor: '', sentence: '', sentenceEdited: false },
  specific: [],
  horizonEnd: '',
};

const churn: SpecificObjective = {
  id: 'o1',
  metric: 'churn_rate',
  unit: '%',
  baseline: 0.25,
  baselineDate: '2025-12-31',
  target: 0.2,
  direction: 'lower',
  deadline: '2026-12-15',
  owner: 'Ana',
  segment: { kind: 'pyramid', key: 'active' },
  description: 'Menos bajas entre los activos',
  linkedToGeneral: true,
};

describe('restoreObjectives', () => {
  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'objetivos'],
    ['an array', [1, 2]],
    ['an empty object', {}],
  ])('gives the defaults for %s', (_, raw) => {
    expect(restoreObjectives(raw)).toEqual(EMPTY);
  });

  it('keeps a well-formed section as it was', () => {
    const section = {
      general: { what: 'Aumentar la fidelidad', where: 'Madrid', whatFor: 'crecer', sentence: 'Mi frase.', sentenceEdited: true },
      specific: [churn, { ...churn, id: 'o2', metric: 'custom', customName: 'Hot leads', unit: 'customers', segment: undefined }],
      horizonEnd: '2026-12-31',
    };
    const restored = restoreObjectives(JSON.parse(JSON.stringify(section)));
    expect(restored.general).toEqual(section.general);
    expect(restored.specific[0]).toEqual(churn);
    expect(restored.specific[1]).toEqual({ ...churn, id: 'o2', metric: 'custom', customName: 'Hot leads', unit: 'customers', segment: undefined });
    expect(restored.specific[1]).not.toHaveProperty('segment');
    expect(restored.horizonEnd).toBe('2026-12-31');
  });

  it('drops objectives without an id and repeated ids, keeping the first', () => {
    const restored = restoreObjectives({
      specific: [{ ...churn, id: '' }, { ...churn, id: 7 }, 'o1', null, churn, { ...churn, owner: 'Luis' }, { ...churn, id: 'o3' }],
    });
    expect(restored.specific.map((o) => [o.id, o.owner])).toEqual([['o1', 'Ana'], ['o3', 'Ana']]);
  });

  it('fills every missing field of an objective that has only an id', () => {
    expect(restoreObjectives({ specific: [{ id: 'o7' }] }).specific).toEqual([{
      id: 'o7', metric: 'custom', unit: null, baseline: null, baselineDate: '', target: null, direction: 'raise',
      deadline: '', owner: '', description: '', linkedToGeneral: false,
    }]);
  });

  it('gives each field of the wrong type its default, alone', () => {
    const [o] = restoreObjectives({
      specific: [{
        id: 'o1', metric: 'no_such_metric', unit: 'kg', baseline: '25', baselineDate: '31/12/2025', target: Number.NaN,
        direction: 'down', deadline: '2026-02-30', owner: 3, segment: { kind: 'zodiac', key: 'leo' }, description: null,
        linkedToGeneral: 'yes', customName: 5,
      }],
    }).specific;
    expect(o).toEqual({
      id: 'o1', metric: 'custom', unit: null, baseline: null, baselineDate: '', target: null, direction: 'raise',
      deadline: '', owner: '', description: '', linkedToGeneral: false,
    });
  });

  it('fills a general objective missing some parts and drops a horizon that is not a date', () => {
    expect(restoreObjectives({ general: { what: 'Más ventas', sentenceEdited: 1 }, horizonEnd: '2026-13-01' })).toEqual({
      ...EMPTY,
      general: { ...EMPTY.general, what: 'Más ventas' },
    });
  });

  it('never throws and always gives the full shape, whatever is stored', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (general, specific) => {
      const restored = restoreObjectives({ general, specific: [specific, churn] });
      expect(Object.keys(restored.general).sort()).toEqual(['sentence', 'sentenceEdited', 'what', 'whatFor', 'where']);
      expect(restored.specific.at(-1)?.id === 'o1' || restored.specific[0]?.id === 'o1').toBe(true);
      for (const o of restored.specific) {
        expect(typeof o.id).toBe('string');
        expect(o.baseline === null || Number.isFinite(o.baseline)).toBe(true);
      }
    }));
  });
});
