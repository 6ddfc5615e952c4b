import { describe, expect, it } from 'vitest';
import { averageLife, churnFromFlags, churnFromPeriods, retentionRate } from '../../../src/domain/metrics/churn';

describe('churn figures', () => {
  it.each([
    // |A2|, |A1 ∩ A2|, churn
    [4, 3, 0.25],
    [4, 4, 0],
    [4, 0, 1],
    [0, 0, null],
  ])('|A2| = %d, retained %d: churn %s', (prev, retained, churn) => {
    expect(churnFromPeriods(prev, retained)).toBe(churn);
  });

  it.each([
    [1, 4, 0.25],
    [0, 10, 0],
    [0, 0, null],
  ])('%d lost of %d customers: churn %s', (lost, all, churn) => {
    expect(churnFromFlags(lost, all)).toBe(churn);
  });

  it('retention is 1 − churn', () => {
    expect(retentionRate(0.25)).toBe(0.75);
  });

  it.each([
    [0.25, 4],
    [0.5, 2],
    [1, 1],
    [0, null],
  ])('churn %d: average life %s periods (null = no churn observed)', (churn, life) => {
    expect(averageLife(churn)).toBe(life);
  });
});
