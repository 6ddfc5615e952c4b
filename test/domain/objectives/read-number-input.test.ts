import { describe, it, expect } from 'vitest';
import { readNumberInput } from '../../../src/domain/objectives/read-number-input';

describe('readNumberInput', () => {
  it.each([
    ['12,5', 'es', 12.5],
    ['12.5', 'es', 12.5],
    ['1.234', 'es', 1234],
    ['1.234', 'en', 1.234],
    ['1,234', 'en', 1234],
    ['1.234,5', 'es', 1234.5],
    ['1 234,5', 'es', 1234.5],
    ['0,125', 'es', 0.125],
    ['-3', 'en', -3],
    ['25 %', 'es', 25],
    ['  7 ', 'en', 7],
    ['', 'es', null],
    ['   ', 'en', null],
    ['abc', 'es', null],
    ['1,2,3,4', 'en', null],
  ] as const)('%s (%s) → %s', (text, language, expected) => {
    expect(readNumberInput(text, language)).toBe(expected);
  });
});
