import { describe, expect, it } from 'vitest';
import { ANALYSIS_STAGES, QUALITY_STAGES, shareDone } from '../../src/workers/work-progress';

describe('shareDone', () => {
  it('counts the parts before, and what the part under way has done', () => {
    expect(shareDone(ANALYSIS_STAGES, { stage: 'grouping', done: 0, total: 5_000_000 })).toBe(0);
    expect(shareDone(ANALYSIS_STAGES, { stage: 'figures', done: 0, total: 250_000 })).toBeCloseTo(1 / 3);
    expect(shareDone(ANALYSIS_STAGES, { stage: 'sending', done: 125_000, total: 250_000 })).toBeCloseTo(2.5 / 3);
    expect(shareDone(QUALITY_STAGES, { stage: 'duplicates', done: 0, total: 100_000 })).toBeCloseTo(2 / 3);
  });

  it('never passes the end, and gives 0 for a part not of this work or with nothing to go through', () => {
    expect(shareDone(ANALYSIS_STAGES, { stage: 'sending', done: 9, total: 4 })).toBe(1);
    expect(shareDone(ANALYSIS_STAGES, { stage: 'profile', done: 0, total: 10 })).toBe(0);
    expect(shareDone(QUALITY_STAGES, { stage: 'profile', done: 0, total: 0 })).toBe(0);
  });
});
