import { describe, expect, it } from 'vitest';
import { isValidPostalCode, normalisePostalCode } from '../../../src/domain/quality/postal-code';

describe('isValidPostalCode', () => {
  it.each([
    ['28001', 'ES', true],
    ['08001', 'ES', true],
    [' 52006 ', 'ES', true],
    ['8001', 'ES', false],
    ['53001', 'ES', false],
    ['00123', 'ES', false],
    ['2800A', 'ES', false],
    ['1000-001', 'PT', true],
    ['1000001', 'PT', false],
    ['75008', 'FR', true],
    ['SW1A 1AA', 'GB', true],
    ['sw1a 1aa', 'GB', true],
    ['90210-1234', 'US', true],
    ['C1425DKB', 'AR', true],
    ['110111', 'CO', true],
    ['1012 AB', 'NL', true],
    ['!', 'NL', false],
  ])('%j in %s → %s', (cell, country, valid) => {
    expect(isValidPostalCode(cell, country)).toBe(valid);
  });
});

describe('normalisePostalCode', () => {
  it.each([
    ['8001', 'ES', '08001'],
    [' 08001 ', 'ES', '08001'],
    ['08 001', 'ES', '08001'],
    ['28001', 'ES', '28001'],
    ['801', 'ES', '801'],
    ['1067', 'DE', '01067'],
    ['1000-001', 'PT', '1000-001'],
    ['sw1a  1aa', 'GB', 'SW1A 1AA'],
    ['calle', 'ES', 'CALLE'],
  ])('%j in %s → %j', (cell, country, expected) => {
    expect(normalisePostalCode(cell, country)).toBe(expected);
  });
});
