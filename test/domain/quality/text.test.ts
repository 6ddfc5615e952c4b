import { describe, expect, it } from 'vitest';
import { collapseSpaces, foldText } from '../../../src/domain/quality/text';

describe('collapseSpaces', () => {
  it.each([
    ['  Ana   García ', 'Ana García'],
    ['Ana\tGarcía\n', 'Ana García'],
    ['Ana\u00A0García', 'Ana García'],
    ['Ana\u200BGarcía', 'AnaGarcía'],
    ['', ''],
    ['   ', ''],
    ['ya limpio', 'ya limpio'],
  ])('%j → %j', (input, expected) => {
    expect(collapseSpaces(input)).toBe(expected);
  });
});

describe('foldText', () => {
  it.each([
    ['Muñoz Ávila', 'munoz avila'],
    ['  JOSÉ   Ñúñez ', 'jose nunez'],
    ['Çàlïç', 'calic'],
    ['García-Pelayo', 'garcia-pelayo'],
    ['plain', 'plain'],
  ])('%j → %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});
