import { describe, expect, it } from 'vitest';
import { nameSimilarity, tokenSimilarity } from '../../../src/domain/quality/name-similarity';
import { nameTokens } from '../../../src/domain/quality/person-name';

describe('tokenSimilarity', () => {
  it.each([
    ['garcia', 'garcia', 1],
    ['garcia', 'garcai', 1 - 1 / 6], // neighbours swapped: one slip
    ['garcia', 'garica', 1 - 1 / 6],
    ['fernandez', 'fernandz', 1 - 1 / 9],
    ['rodriguez', 'rodrigeuz', 1 - 1 / 9],
    ['gonzalez', 'gonzales', 1 - 1 / 8],
    ['rodriguez', 'rodriges', 1 - 2 / 9], // two slips allowed from 8 letters on
    ['fernandez', 'frenandze', 0], // two swaps are four Levenshtein edits
    ['perez', 'lopez', 0],
    ['lopez', 'lopes', 1 - 1 / 5],
    ['ana', 'ama', 0], // short words must match exactly
    ['gil', 'gul', 0],
    ['mario', 'maria', 0], // a given name and its feminine are two people
    ['luis', 'luisa', 0],
    ['juan', 'juana', 0],
    ['andres', 'andrea', 0], // two frequent given names
    ['julian', 'julia', 0],
    ['garci', 'garcia', 1 - 1 / 6], // a lost final letter is a typo when no gender rule applies
  ])('%s ~ %s = %d', (a, b, expected) => {
    expect(tokenSimilarity(a, b)).toBeCloseTo(expected, 10);
    expect(tokenSimilarity(b, a)).toBeCloseTo(expected, 10);
  });
});

describe('nameSimilarity', () => {
  it.each([
    ['García López, Ana', 'Ana Garcia Lopez', 1],
    ['ANA GARCÍA LÓPEZ', 'ana garcia lopez', 1],
    ['Ana García López', 'Ana Garcai López', (2 + 5 / 6) / 3],
    ['Ana García', 'Ana García López', 0.95], // second surname left out
    ['José Luis García', 'García', 0], // one word says too little
    ['Ana García', 'Ana Garcai López', (1 + 5 / 6) / 3], // a missing word and a typo: below any sensible threshold
    ['Ana García López', 'Juan García López', 2 / 3], // relatives
    ['María García López', 'Mario García López', 2 / 3],
    ['Ana García López', 'Ana García Pérez', 2 / 3],
    ['Ana García López', 'Ana López García', 1], // same words, another order: accepted as one person
    ['', 'Ana García', 0],
  ])('%j ~ %j = %d', (a, b, expected) => {
    expect(nameSimilarity(nameTokens(a), nameTokens(b))).toBeCloseTo(expected, 10);
    expect(nameSimilarity(nameTokens(b), nameTokens(a))).toBeCloseTo(expected, 10);
  });
});
