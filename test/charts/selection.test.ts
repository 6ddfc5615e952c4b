import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectCustomers, valueQuadrant, type CustomerSelection } from '../../src/charts/selection';
import { medianOfSorted, sortedCopy } from '../../src/charts/value-ranks';
import { customer } from './fixtures';

const people = [
  customer('a', { pyramid: 'active', abc: 'A', segment: 'champions', type: 'prescriptor', clv: 100, strategicValue: 10, nearTypeBorder: true }),
  customer('b', { pyramid: 'inactive', abc: null, segment: 'lost', type: 'opositor', clv: 5, strategicValue: 50, churnCategory: 'price', churnReason: 'Caro' }),
  customer('c', { pyramid: 'active', abc: 'B', segment: 'champions', type: null, churnCategory: 'price', churnReason: 'precio' }),
  customer('d', { pyramid: 'potential', type: 'cautivo', nearTypeBorder: true, churnCategory: 'moving' }),
];

describe('selectCustomers', () => {
  it.each<[CustomerSelection, string[]]>([
    [{ kind: 'pyramid', level: 'active' }, ['a', 'c']],
    [{ kind: 'abc', abc: 'B' }, ['c']],
    [{ kind: 'rfm', segment: 'champions' }, ['a', 'c']],
    [{ kind: 'type', type: 'opositor' }, ['b']],
    [{ kind: 'type-border' }, ['a', 'd']],
    [{ kind: 'churn', category: 'price' }, ['b', 'c']],
    [{ kind: 'churn', category: 'death' }, []],
    [{ kind: 'value', quadrant: 'high-low', cuts: { real: 50, strategic: 30 } }, ['a']],
    [{ kind: 'value', quadrant: 'low-high', cuts: { real: 50, strategic: 30 } }, ['b']],
  ])('%o lists %o', (selection, ids) => {
    expect(selectCustomers(people, selection).map((c) => c.id)).toEqual(ids);
  });

  it('lists data levels from each customer’s level, at that level or above, and nobody without levels', () => {
    const levels = new Map([['a', 5], ['b', 2], ['c', 1]]);
    expect(selectCustomers(people, { kind: 'data-level', level: 2 }, (id) => levels.get(id)).map((c) => c.id)).toEqual(['a', 'b']);
    expect(selectCustomers(people, { kind: 'data-level', level: 1 })).toEqual([]);
  });
});

describe('median and quadrants', () => {
  it.each([
    [[], NaN],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('median of %o is %d', (values, m) => {
    expect(medianOfSorted(sortedCopy(Float64Array.from(values)))).toBe(m);
  });

  it('puts half or more of the customers on the high side of each median', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }), (values) => {
        const m = medianOfSorted(sortedCopy(Float64Array.from(values)));
        const high = values.filter((v) => valueQuadrant(v, 0, { real: m, strategic: 0 }).startsWith('high')).length;
        expect(high).toBeGreaterThanOrEqual(values.length / 2);
      }),
    );
  });
});
