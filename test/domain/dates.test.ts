import { describe, expect, it } from 'vitest';
import { epochDay, epochDayToIso, isoToEpochDay, localToday, subtractMonths } from '../../src/domain/dates';

describe('dates', () => {
  it.each([
    ['1970-01-01', 0],
    ['2025-12-31', 20453],
    ['2024-02-29', 19782],
  ])('%s is epoch day %i and back', (iso, day) => {
    expect(isoToEpochDay(iso)).toBe(day);
    expect(epochDayToIso(day)).toBe(iso);
  });

  it.each(['2023-02-29', '2024-13-01', '31/12/2024', ''])('refuses %j', (text) => {
    expect(isoToEpochDay(text)).toBeNull();
  });

  it.each([
    ['2025-12-31', 12, '2024-12-31'],
    ['2024-03-31', 1, '2024-02-29'],
    ['2023-03-31', 1, '2023-02-28'],
    ['2025-01-15', 13, '2023-12-15'],
  ])('%s minus %i months is %s', (from, months, expected) => {
    expect(epochDayToIso(subtractMonths(isoToEpochDay(from)!, months))).toBe(expected);
  });

  it('builds a day from its parts', () => {
    expect(epochDay(2025, 12, 31)).toBe(isoToEpochDay('2025-12-31'));
  });
});

describe('localToday', () => {
  it('is the calendar date where the user is, not in UTC', () => {
    expect(epochDayToIso(localToday(new Date(2026, 0, 1, 0, 30)))).toBe('2026-01-01');
    expect(epochDayToIso(localToday(new Date(2026, 11, 31, 23, 59)))).toBe('2026-12-31');
  });
});
