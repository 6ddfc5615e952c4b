import { describe, expect, it } from 'vitest';
import { currentPart, DIAGNOSIS_PARTS } from '../../../src/steps/diagnosis/diagnosis-parts';

describe('step 1 parts', () => {
  it('ends with the questions, so that what follows the step lands after them', () => {
    expect(DIAGNOSIS_PARTS.at(-1)).toBe('questions');
    expect(DIAGNOSIS_PARTS).toEqual(['data', 'figures', 'charts', 'quality', 'advanced', 'questions']);
  });

  it('opens the part a link names, whatever the data', () => {
    expect(currentPart('questions', { reviewing: false, hasData: false })).toBe('questions');
    expect(currentPart('charts', { reviewing: true, hasData: true })).toBe('charts');
  });

  it('without a part, opens the import until there is data, then the figures', () => {
    expect(currentPart(undefined, { reviewing: false, hasData: false })).toBe('data');
    expect(currentPart(undefined, { reviewing: true, hasData: true })).toBe('data');
    expect(currentPart(undefined, { reviewing: false, hasData: true })).toBe('figures');
    expect(currentPart('nonsense', { reviewing: false, hasData: true })).toBe('figures');
  });
});
