import { describe, expect, it } from 'vitest';
import { categorySpendFromShare, realValue, shareOfWallet, strategicValue } from '../../../src/domain/metrics/customer-value';

describe('customer value', () => {
  it.each([
    [200, 1000, 0.2],
    [0, 500, 0],
    [1200, 1000, 1], // capped: no more than the whole category
    [-50, 1000, 0],
    [100, 0, null],
  ])('share of wallet of %d with us out of %d spent: %s', (revenue, spend, share) => {
    expect(shareOfWallet(revenue, spend)).toBe(share);
  });

  it('category spend from a share of wallet = revenue / share', () => {
    expect(categorySpendFromShare(200, 0.25)).toBe(800);
    expect(categorySpendFromShare(200, 0)).toBeNull();
  });

  it.each([
    [1000, 200, 0.3, 240],
    [1000, 1000, 0.3, 0],
    [800, 1000, 0.3, 0],
  ])('strategic value of spend %d, revenue %d, m %d = %d', (spend, revenue, m, value) => {
    expect(strategicValue(spend, revenue, m)).toBeCloseTo(value, 10);
  });

  it('real value = margin per period × expected life', () => {
    expect(realValue(60, 4)).toBe(240);
  });
});
