import { describe, expect, it } from 'vitest';
import { stepPart } from '../../src/steps/step-parts';

describe('the part of a step a link opens', () => {
  it('is the part the link names when the step has it', () => {
    expect(stepPart('implementation', 'business')).toBe('business');
    expect(stepPart('evaluation', 'returns')).toBe('returns');
  });

  it('is the step’s first part, or the one asked for, when the link names none or one of another step', () => {
    expect(stepPart('evaluation', undefined)).toBe('indicators');
    expect(stepPart('implementation', 'returns')).toBe('actions');
    expect(stepPart('objectives', undefined, 'specific')).toBe('specific');
    expect(stepPart('objectives', 'general', 'specific')).toBe('general');
  });
});
