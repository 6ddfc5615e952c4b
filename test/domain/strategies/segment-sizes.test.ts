import { describe, it, expect } from 'vitest';
import { METRIC_IDS } from '../../../src/domain/metric-ids';
import { ALL_SEGMENTS, segmentMetric, segmentSizes } from '../../../src/domain/strategies/segment-sizes';

describe('segmentMetric', () => {
  it.each([
    [{ kind: 'pyramid', key: 'inactive' }, 'pyramid_inactive'],
    [{ kind: 'rfm', key: 'cant-lose' }, 'rfm_cant_lose'],
    [{ kind: 'rfm', key: 'potential-loyalists' }, 'rfm_potential_loyalists'],
    [{ kind: 'abc', key: 'A' }, 'abc_a'],
    [{ kind: 'type', key: 'opositor' }, 'type_opositor'],
    [{ kind: 'value', key: 'high-low' }, null],
    [{ kind: 'rfm', key: 'unknown' }, null],
  ] as const)('%j → %s', (segment, metric) => {
    expect(segmentMetric(segment)).toBe(metric);
  });

  it('names a real metric id for every segment but the value quadrants', () => {
    for (const segment of ALL_SEGMENTS.filter((s) => s.kind !== 'value')) {
      expect(METRIC_IDS).toContain(segmentMetric(segment));
    }
  });
});

describe('segmentSizes', () => {
  it('takes the sizes the figures give, leaving out the rest', () => {
    expect(segmentSizes({ pyramid_active: 4, pyramid_inactive: 2, abc_a: 2, rfm_at_risk: 0, churn_rate: 0.25, type_opositor: Number.NaN })).toEqual({
      'pyramid:active': 4, 'pyramid:inactive': 2, 'abc:A': 2, 'rfm:at-risk': 0,
    });
  });

  it('counts the value quadrants from the customers', () => {
    const sizes = segmentSizes({}, [{ clv: 100, strategicValue: 1 }, { clv: 10, strategicValue: 50 }]);
    expect(sizes).toEqual({ 'value:high-high': 0, 'value:high-low': 1, 'value:low-high': 1, 'value:low-low': 0 });
  });
});
