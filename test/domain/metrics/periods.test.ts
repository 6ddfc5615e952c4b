import { describe, expect, it } from 'vitest';
import { analysisPeriods, coversTwoPeriods } from '../../../src/domain/metrics/periods';
import { day } from './tables';

describe('analysisPeriods', () => {
  it.each([
    // T, P, current first, previous first, previous last
    ['2025-12-31', 12, '2025-01-01', '2024-01-01', '2024-12-31'],
    ['2024-03-31', 1, '2024-03-01', '2024-02-01', '2024-02-29'],
    ['2023-03-31', 1, '2023-03-01', '2023-02-01', '2023-02-28'],
    ['2024-05-31', 3, '2024-03-01', '2023-12-01', '2024-02-29'],
    ['2024-02-29', 12, '2023-03-01', '2022-03-01', '2023-02-28'],
    ['2025-03-15', 6, '2024-09-16', '2024-03-16', '2024-09-15'],
  ] as const)('T = %s, P = %d months: current from %s, previous %s to %s', (t, p, curFirst, prevFirst, prevLast) => {
    expect(analysisPeriods(day(t), p)).toEqual({
      current: { first: day(curFirst), last: day(t) },
      previous: { first: day(prevFirst), last: day(prevLast) },
    });
  });

  it('clamps T = 2024-03-31 minus one month to 2024-02-29 (the current period starts the day after)', () => {
    expect(analysisPeriods(day('2024-03-31'), 1).current.first - 1).toBe(day('2024-02-29'));
  });
});

describe('coversTwoPeriods', () => {
  const periods = analysisPeriods(day('2025-12-31'), 12); // previous period from 2024-01-01, 366 days
  it.each([
    ['2023-05-05', true],
    ['2024-01-01', true],
    ['2024-02-06', true], // within a tenth of the previous period (36 days)
    ['2024-02-07', false],
    ['2025-03-01', false],
  ] as const)('first purchase %s: %s', (first, expected) => {
    expect(coversTwoPeriods(day(first), periods)).toBe(expected);
  });

  it('is false without purchases', () => {
    expect(coversTwoPeriods(null, periods)).toBe(false);
  });
});
