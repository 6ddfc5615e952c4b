import { describe, expect, it } from 'vitest';
import { interpolate, wrapWords } from '../../src/charts/base-option';

describe('wrapWords', () => {
  it.each([
    ['Precio', 14, 'Precio'],
    ['Indiferencia o desatención', 14, 'Indiferencia o\ndesatención'],
    ['Recomendación de un amigo', 14, 'Recomendación\nde un amigo'],
    ['Fallecimiento', 5, 'Fallecimiento'],
    ['Grandes clientes en riesgo', 16, 'Grandes clientes\nen riesgo'],
  ])('%s at %d characters', (text, width, wrapped) => {
    expect(wrapWords(text, width)).toBe(wrapped);
  });
});

describe('interpolate', () => {
  it.each([
    [0.2, 0.8 * 0.5],
    [0, 0],
    [1, 1],
    [-1, 0],
    [0.625, 0.75 + 0.25 * (0.125 / 0.5)],
  ])('at %d', (x, y) => {
    expect(interpolate([0, 0.25, 0.5, 1], [0, 0.5, 0.75, 1], x)).toBeCloseTo(y, 12);
  });
});
