import { describe, expect, it } from 'vitest';
import { fieldKey, STEP_FIELDS, STEP_IDS, stepByNumber, stepNumber, stepProgress } from '../../src/domain/steps';

describe('steps', () => {
  it('numbers the six steps in the order of the method', () => {
    expect(STEP_IDS.map(stepNumber)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(stepByNumber(3)).toBe('strategies');
    expect(stepByNumber(0)).toBeNull();
    expect(stepByNumber(7)).toBeNull();
  });

  it('measures progress as the share of answered questions, ignoring blank answers', () => {
    const [first, second] = STEP_FIELDS.dissemination;
    const fields = { [fieldKey('dissemination', first)]: 'Dirección', [fieldKey('dissemination', second)]: '   ' };
    expect(stepProgress({ fields }, 'dissemination')).toBeCloseTo(1 / STEP_FIELDS.dissemination.length);
    expect(stepProgress({ fields: {} }, 'diagnosis')).toBe(0);
  });
});
