import { describe, expect, it } from 'vitest';
import { isNumberCell } from '../../../src/domain/quality/number-cell';

describe('isNumberCell', () => {
  it.each([
    ['42', true],
    ['-3', true],
    ['+7', true],
    ['12,5', true],
    ['12.5', true],
    ['1.234,56', true],
    ['1,234.56', true],
    ['1 234', true],
    ['1.234.567', true],
    ['35 €', true],
    ['€35', true],
    ['80%', true],
    ['1.23.4', false],
    ['12,5,3', false],
    ['abc', false],
    ['4 años', false],
    ['', false],
  ])('%j → %s', (cell, valid) => {
    expect(isNumberCell(cell)).toBe(valid);
  });
});
