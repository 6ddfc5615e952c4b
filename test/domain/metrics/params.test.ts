import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, sanitizeParams, validateParams, type AnalysisParams } from '../../../src/domain/metrics/params';

describe('validateParams', () => {
  it('accepts the defaults', () => {
    expect(validateParams(DEFAULT_PARAMS)).toEqual({ ok: true, value: DEFAULT_PARAMS });
  });

  it.each<[Partial<AnalysisParams>, keyof AnalysisParams, string]>([
    [{ periodMonths: 0 }, 'periodMonths', 'out-of-range'],
    [{ periodMonths: -3 }, 'periodMonths', 'out-of-range'],
    [{ periodMonths: 1.5 }, 'periodMonths', 'not-an-integer'],
    [{ periodMonths: Number.NaN }, 'periodMonths', 'not-a-number'],
    [{ margin: 1.2 }, 'margin', 'out-of-range'],
    [{ margin: -0.1 }, 'margin', 'out-of-range'],
    [{ discountRate: -0.01 }, 'discountRate', 'out-of-range'],
    [{ discountRate: Number.POSITIVE_INFINITY }, 'discountRate', 'not-a-number'],
    [{ abcThresholds: [0.95, 0.8] }, 'abcThresholds', 'not-ordered'],
    [{ abcThresholds: [0, 0.8] }, 'abcThresholds', 'out-of-range'],
    [{ abcThresholds: [0.8, 1.2] }, 'abcThresholds', 'out-of-range'],
    [{ satisfactionHighShare: 0 }, 'satisfactionHighShare', 'out-of-range'],
    [{ satisfactionScaleMax: 0 }, 'satisfactionScaleMax', 'out-of-range'],
    [{ cohortUnit: 'week' as never }, 'cohortUnit', 'unknown-option'],
    [{ marketSize: -1 }, 'marketSize', 'out-of-range'],
    [{ probables: 2.5 }, 'probables', 'not-an-integer'],
    [{ manualChurn: 1.5 }, 'manualChurn', 'out-of-range'],
    [{ churnSource: 'guess' as never }, 'churnSource', 'unknown-option'],
    [{ analysisDate: 1.5 }, 'analysisDate', 'not-an-integer'],
  ])('%o is refused on %s with %s', (change, field, code) => {
    expect(validateParams({ ...DEFAULT_PARAMS, ...change })).toEqual({ ok: false, error: [{ field, code }] });
  });

  it.each<Partial<AnalysisParams>>([
    { margin: 0 }, { margin: 1 }, { discountRate: 0 }, { abcThresholds: [0.5, 1] }, { periodMonths: 1 },
    { manualChurn: 0 }, { marketSize: 0 }, { probables: 0 }, { satisfactionScaleMax: 10 }, { analysisDate: 20000 },
  ])('accepts the edge value %o', (change) => {
    expect(validateParams({ ...DEFAULT_PARAMS, ...change }).ok).toBe(true);
  });

  it('lists every field at fault', () => {
    const result = validateParams({ ...DEFAULT_PARAMS, periodMonths: 0, margin: 2 });
    expect(result.ok ? [] : result.error.map((e) => e.field)).toEqual(['periodMonths', 'margin']);
  });
});

describe('sanitizeParams', () => {
  it('puts the default back in each invalid field and says which', () => {
    const { params, replaced } = sanitizeParams({ ...DEFAULT_PARAMS, periodMonths: 0, discountRate: 0.2 });
    expect(params.periodMonths).toBe(12);
    expect(params.discountRate).toBe(0.2);
    expect(replaced).toEqual(['periodMonths']);
  });
});
