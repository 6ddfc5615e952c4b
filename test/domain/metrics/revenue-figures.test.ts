import { describe, expect, it } from 'vitest';
import {
  averageOrderValue, marginPerCustomer, marginShare, purchaseFrequency, revenuePerCustomer,
} from '../../../src/domain/metrics/revenue-figures';

describe('revenue figures', () => {
  it('gives the worked example: v 165, AOV 132, frequency 1.25, M 49.5', () => {
    expect(revenuePerCustomer(660, 4)).toBe(165);
    expect(averageOrderValue(660, 5)).toBe(132);
    expect(purchaseFrequency(5, 4)).toBe(1.25);
    expect(marginPerCustomer(0.3, 165)).toBeCloseTo(49.5, 12);
  });

  it.each([
    ['revenuePerCustomer', () => revenuePerCustomer(100, 0)],
    ['averageOrderValue', () => averageOrderValue(100, 0)],
    ['purchaseFrequency', () => purchaseFrequency(3, 0)],
    ['marginShare', () => marginShare(30, 0)],
  ])('%s is null on an empty period', (_, run) => {
    expect(run()).toBeNull();
  });

  it('keeps negative revenue (returns larger than sales)', () => {
    expect(revenuePerCustomer(-50, 2)).toBe(-25);
  });

  it('margin share is Σ margin / Σ revenue', () => {
    expect(marginShare(45, 150)).toBe(0.3);
    expect(marginShare(10, -20)).toBeNull();
  });
});
