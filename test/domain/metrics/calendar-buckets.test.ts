import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketLabel, monthIndex, monthToBucket } from '../../../src/domain/metrics/calendar-buckets';
import { day } from './tables';

describe('monthIndex', () => {
  it('agrees with the calendar of Date for any day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (d) => {
        const date = new Date(d * 86_400_000);
        expect(monthIndex(d)).toBe((date.getUTCFullYear() - 1970) * 12 + date.getUTCMonth());
      }),
    );
  });

  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2024-02-29', 54 * 12 + 1],
    ['2025-12-31', 55 * 12 + 11],
  ])('%s is month %d', (iso, index) => {
    expect(monthIndex(day(iso))).toBe(index);
  });
});

describe('bucket labels', () => {
  it.each([
    [monthIndex(day('2024-03-10')), 'month', '2024-03'],
    [monthToBucket(monthIndex(day('2024-03-10')), 'quarter'), 'quarter', '2024-Q1'],
    [monthToBucket(monthIndex(day('2024-10-01')), 'quarter'), 'quarter', '2024-Q4'],
    [monthIndex(day('1969-12-01')), 'month', '1969-12'],
  ] as const)('bucket %d (%s) is %s', (index, unit, label) => {
    expect(bucketLabel(index, unit)).toBe(label);
  });
});
