import { describe, expect, it } from 'vitest';
import { resolveCountry } from '../../../src/domain/quality/countries';

describe('resolveCountry', () => {
  it.each([
    ['España', 'ES'],
    ['espana', 'ES'],
    ['Spain', 'ES'],
    [' es ', 'ES'],
    ['Portugal', 'PT'],
    ['México', 'MX'],
    ['Reino Unido', 'GB'],
    ['NL', 'NL'],
    ['', 'ES'],
    ['Narnia', 'ES'],
  ])('%j → %s (fallback ES)', (cell, expected) => {
    expect(resolveCountry(cell, 'ES')).toBe(expected);
  });
});
