import { describe, expect, it } from 'vitest';
import { isValidPhone, normalisePhone } from '../../../src/domain/quality/phone';

describe('normalisePhone', () => {
  it.each([
    // Spain, the default
    ['612345678', 'ES', '+34612345678'],
    ['612 34 56 78', 'ES', '+34612345678'],
    ['612-345-678', 'ES', '+34612345678'],
    ['91 234 56 78', 'ES', '+34912345678'],
    ['+34 612 345 678', 'ES', '+34612345678'],
    ['(+34) 612345678', 'ES', '+34612345678'],
    ['0034612345678', 'ES', '+34612345678'],
    ['34612345678', 'ES', '+34612345678'],
    ['+34612345678', 'ES', '+34612345678'],
    // other countries keep their own code
    ['+44 20 7946 0958', 'ES', '+442079460958'],
    ['+44 (0)20 7946 0958', 'ES', '+442079460958'],
    ['+351 912 345 678', 'ES', '+351912345678'],
    ['+1 (202) 555-0143', 'ES', '+12025550143'],
    ['+353 1 234 5678', 'ES', '+35312345678'],
    // national numbers of the plan's country
    ['06 12 34 56 78', 'FR', '+33612345678'],
    ['(202) 555-0143', 'US', '+12025550143'],
    ['55 1234 5678', 'MX', '+525512345678'],
    // not phones we can trust
    ['61234567', 'ES', null],
    ['512345678', 'ES', null],
    ['6123A5678', 'ES', null],
    ['000', 'ES', null],
    ['+34 61234567', 'ES', null],
    ['612+345678', 'ES', null],
    ['no tiene', 'ES', null],
    ['', 'ES', null],
    ['612345678', 'NL', null],
  ])('%j in %s → %j', (cell, country, expected) => {
    expect(normalisePhone(cell, country)).toBe(expected);
    expect(isValidPhone(cell, country)).toBe(expected !== null);
  });

  it('is idempotent on its own output', () => {
    for (const cell of ['612 34 56 78', '+44 (0)20 7946 0958', '06 12 34 56 78', '+353 1 234 5678']) {
      const once = normalisePhone(cell, cell.startsWith('06') ? 'FR' : 'ES');
      expect(once).not.toBeNull();
      expect(normalisePhone(once as string, 'ES')).toBe(once);
    }
  });
});
