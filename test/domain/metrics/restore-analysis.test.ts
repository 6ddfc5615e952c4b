import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../../src/domain/metrics/params';
import { restoreAnalysis } from '../../../src/domain/metrics/restore-analysis';

describe('restoreAnalysis', () => {
  it.each([undefined, null, 42, 'text', [], { params: 'x' }])('gives the defaults for %j', (raw) => {
    expect(restoreAnalysis(raw)).toEqual({ params: DEFAULT_PARAMS });
  });

  it('keeps valid values, replaces invalid ones and drops unknown keys', () => {
    const restored = restoreAnalysis({ params: { periodMonths: 6, margin: 1.5, discountRate: 0.05, colour: 'red' } });
    expect(restored.params).toEqual({ ...DEFAULT_PARAMS, periodMonths: 6, discountRate: 0.05 });
  });
});
