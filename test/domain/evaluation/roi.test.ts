import { describe, it, expect } from 'vitest';
import { campaignRoi } from '../../../src/domain/evaluation/roi';

describe('campaignRoi = (revenue × margin − cost) / cost', () => {
  it.each([
    ['pays back 1.5 per unit', 10_000, 0.3, 2_000, 0.5, 3_000, 1_000],
    ['breaks even', 10_000, 0.2, 2_000, 0, 2_000, 0],
    ['loses money', 1_000, 0.3, 600, -0.5, 300, -300],
    ['no revenue: everything lost', 0, 0.3, 500, -1, 0, -500],
    ['full margin', 300, 1, 100, 2, 300, 200],
  ])('%s', (_, revenue, margin, cost, roi, contribution, net) => {
    const result = campaignRoi({ revenue, margin, cost });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.roi).toBeCloseTo(roi, 12);
    expect(result.value.contribution).toBeCloseTo(contribution, 9);
    expect(result.value.net).toBeCloseTo(net, 9);
  });

  it.each([
    ['a free campaign', { revenue: 1_000, margin: 0.3, cost: 0 }, 'zero-cost', 'cost'],
    ['a negative cost', { revenue: 1_000, margin: 0.3, cost: -5 }, 'negative-cost', 'cost'],
    ['a margin over 100 %', { revenue: 1_000, margin: 30, cost: 100 }, 'margin-out-of-range', 'margin'],
    ['a negative margin', { revenue: 1_000, margin: -0.1, cost: 100 }, 'margin-out-of-range', 'margin'],
    ['negative revenue', { revenue: -1, margin: 0.3, cost: 100 }, 'negative-revenue', 'revenue'],
    ['revenue not a number', { revenue: Number.NaN, margin: 0.3, cost: 100 }, 'not-a-number', 'revenue'],
    ['cost infinite', { revenue: 1, margin: 0.3, cost: Number.POSITIVE_INFINITY }, 'not-a-number', 'cost'],
  ])('%s → %s', (_, input, error, field) => {
    expect(campaignRoi(input)).toEqual({ ok: false, error, field });
  });
});
