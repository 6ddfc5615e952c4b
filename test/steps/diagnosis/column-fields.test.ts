import { describe, expect, it } from 'vitest';
import { fieldAt, remap } from '../../../src/steps/diagnosis/column-fields';

describe('remap', () => {
  it.each([
    [{ customerId: 0, date: 1 }, 2, 'amount', { customerId: 0, date: 1, amount: 2 }],
    [{ customerId: 0, date: 1 }, 1, 'amount', { customerId: 0, amount: 1 }],
    [{ customerId: 0, date: 1 }, 2, 'date', { customerId: 0, date: 2 }],
    [{ customerId: 0, date: 1 }, 0, null, { date: 1 }],
  ])('%j, column %i → %s gives %j', (mapping, column, field, expected) => {
    expect(remap(mapping, column, field)).toEqual(expected);
  });

  it('reads which field a column holds', () => {
    expect(fieldAt({ customerId: 0, date: 3 }, 3)).toBe('date');
    expect(fieldAt({ customerId: 0 }, 2)).toBeNull();
  });
});
