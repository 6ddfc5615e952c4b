import { describe, expect, it } from 'vitest';
import {
  customerType, inferScaleMax, isHigh, loyalByBehaviour, nearHighLine, nearLoyaltyByBehaviour,
} from '../../../src/domain/metrics/customer-types';

describe('satisfaction scales', () => {
  it.each([
    [[1, 3, 5], 5],
    [[2, 4], 5],
    [[6, 2], 7],
    [[8, 9, 3], 10],
    [[10], 10],
    [[55, 90], 100],
    [[250, 10], 250],
    [[4.5, 3], 5],
    [[], null],
    [[0, Number.NaN], null],
  ])('scores %o are on a scale of %s', (values, max) => {
    expect(inferScaleMax(values)).toBe(max);
  });

  it.each([
    [4, 5, true],
    [3.5, 5, true],
    [3, 5, false],
    [5, 7, true], // 4.9 is 70 % of 7
    [4, 7, false],
    [7, 10, true],
    [6, 10, false],
    [70, 100, true],
    [69, 100, false],
  ])('%d of %d is high: %s', (score, max, high) => {
    expect(isHigh(score, max, 0.7)).toBe(high);
  });

  it('follows a changed share', () => {
    expect(isHigh(4, 5, 0.9)).toBe(false);
    expect(isHigh(5, 5, 0.9)).toBe(true);
  });
});

describe('customer types', () => {
  it.each([
    [true, true, 'prescriptor'],
    [false, true, 'cautivo'],
    [true, false, 'mercenario'],
    [false, false, 'opositor'],
  ])('satisfied %s, loyal %s: %s', (satisfied, loyal, type) => {
    expect(customerType(satisfied, loyal)).toBe(type);
  });

  it.each([
    [true, 2, true],
    [true, 1, false],
    [false, 5, false],
  ])('active %s with %d current orders is loyal by behaviour: %s', (active, orders, loyal) => {
    expect(loyalByBehaviour(active, orders)).toBe(loyal);
  });
});

describe('customers near the border between types', () => {
  it.each([
    [2, 5, false],
    [3, 5, true],
    [4, 5, true],
    [5, 5, false],
    [5, 10, false],
    [6, 10, true],
    [8, 10, true],
    [9, 10, false],
    [61, 100, true],
    [59, 100, false],
  ])('%d of %d is near the line at 70 %%: %s', (score, max, near) => {
    expect(nearHighLine(score, max, 0.7)).toBe(near);
  });

  it.each([
    [true, 1, true],
    [true, 2, true],
    [true, 3, false],
    [false, 0, false],
  ])('active %s with %d current orders is one order from the loyalty line: %s', (active, orders, near) => {
    expect(nearLoyaltyByBehaviour(active, orders)).toBe(near);
  });
});
