import { describe, expect, it } from 'vitest';
import { STEP_IDS, stepByNumber, stepNumber } from '../../src/domain/steps';

describe('steps', () => {
  it('numbers the six steps in the order of the method', () => {
    expect(STEP_IDS.map(stepNumber)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(stepByNumber(3)).toBe('strategies');
    expect(stepByNumber(0)).toBeNull();
    expect(stepByNumber(7)).toBeNull();
  });
});
