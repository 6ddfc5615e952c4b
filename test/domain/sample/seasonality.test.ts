import { describe, expect, it } from 'vitest';
import { epochDay } from '../../../src/domain/dates';
import { dayFactor, isRosconSeason, weekday } from '../../../src/domain/sample/seasonality';

describe('weekday', () => {
  it.each([
    [epochDay(1970, 1, 1), 3],
    [epochDay(2024, 1, 1), 0],
    [epochDay(2025, 6, 1), 6],
    [epochDay(1969, 12, 29), 0],
  ])('day %i is weekday %i (Monday 0)', (day, expected) => {
    expect(weekday(day)).toBe(expected);
  });
});

describe('dayFactor', () => {
  it('closes the shops on Christmas Day and New Year’s Day', () => {
    expect(dayFactor(epochDay(2024, 12, 25))).toBe(0);
    expect(dayFactor(epochDay(2025, 1, 1))).toBe(0);
  });

  it('is busier on Saturday than on Monday of the same week', () => {
    expect(dayFactor(epochDay(2024, 10, 19))).toBeGreaterThan(dayFactor(epochDay(2024, 10, 14)));
  });

  it('dips in August against October, on the same weekday', () => {
    expect(dayFactor(epochDay(2024, 8, 14))).toBeLessThan(0.7 * dayFactor(epochDay(2024, 10, 16)));
  });

  it('peaks on Twelfth Night above any ordinary day of the year', () => {
    const twelfthNight = dayFactor(epochDay(2025, 1, 6));
    for (let day = epochDay(2024, 2, 1); day < epochDay(2024, 12, 1); day++) expect(dayFactor(day)).toBeLessThan(twelfthNight);
  });
});

describe('isRosconSeason', () => {
  it.each([
    ['2024-12-19', false], ['2024-12-20', true], ['2025-01-06', true], ['2025-01-07', false], ['2025-07-01', false],
  ])('%s → %s', (iso, expected) => {
    const [y, m, d] = iso.split('-').map(Number);
    expect(isRosconSeason(epochDay(y, m, d))).toBe(expected);
  });
});
