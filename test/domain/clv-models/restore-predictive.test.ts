import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREDICTIVE, defaultCalibrationEnd, maxHorizon, restorePredictive,
} from '../../../src/domain/clv-models/restore-predictive';
import { convertDuration } from '../../../src/domain/clv-models/time-unit';

describe('restorePredictive', () => {
  it.each([undefined, null, 42, 'weeks', [], [1, 2]])('gives the defaults for %j', (raw) => {
    expect(restorePredictive(raw)).toEqual(DEFAULT_PREDICTIVE);
  });

  it('keeps valid settings and drops unknown keys', () => {
    expect(restorePredictive({ unit: 'months', calibrationEnd: 20_000, horizon: 18, inReport: true, results: [1, 2, 3] }))
      .toEqual({ unit: 'months', calibrationEnd: 20_000, horizon: 18, inReport: true });
  });

  it.each([
    ['an unknown unit', { unit: 'years' }, { unit: 'weeks' }],
    ['a split that is not a day number', { calibrationEnd: 20_000.5 }, { calibrationEnd: null }],
    ['a split given as text', { calibrationEnd: '2025-01-01' }, { calibrationEnd: null }],
    ['an absurd split', { calibrationEnd: 1e9 }, { calibrationEnd: null }],
    ['a zero horizon', { horizon: 0 }, { horizon: 52 }],
    ['a negative horizon', { horizon: -3 }, { horizon: 52 }],
    ['a horizon that is not a number', { horizon: '12' }, { horizon: 52 }],
    ['an infinite horizon', { horizon: Infinity }, { horizon: 52 }],
    ['a horizon over ten years', { horizon: 600 }, { horizon: 52 }],
    ['a report flag that is not true', { inReport: 'yes' }, { inReport: false }],
  ])('puts back the default for %s', (_, raw, fixed) => {
    expect(restorePredictive(raw)).toEqual({ ...DEFAULT_PREDICTIVE, ...fixed });
  });

  it('gives the default horizon of 52 weeks in the stored unit', () => {
    expect(restorePredictive({ unit: 'days', horizon: -1 })).toEqual({ unit: 'days', calibrationEnd: null, horizon: 364, inReport: false });
    expect(restorePredictive({ unit: 'months', horizon: 500 })).toEqual({ unit: 'months', calibrationEnd: null, horizon: 12, inReport: false });
  });

  it('accepts the longest horizon of each unit and nothing beyond', () => {
    for (const unit of ['days', 'weeks', 'months'] as const) {
      expect(restorePredictive({ unit, horizon: maxHorizon(unit) }).horizon).toBe(maxHorizon(unit));
      expect(restorePredictive({ unit, horizon: maxHorizon(unit) + 1 }).horizon).not.toBe(maxHorizon(unit) + 1);
    }
    expect([maxHorizon('days'), maxHorizon('weeks'), maxHorizon('months')]).toEqual([3652, 521, 120]);
  });
});

describe('defaultCalibrationEnd', () => {
  it.each([
    [0, 545, 363],
    [100, 100, 100],
    [0, 2, 1],
    [-30, 60, 30],
  ])('splits %i…%i at %i, leaving the last third out', (first, last, split) => {
    expect(defaultCalibrationEnd(first, last)).toBe(split);
  });
});

describe('convertDuration', () => {
  it.each([
    [52, 'weeks', 'days', 364],
    [52, 'weeks', 'months', 12],
    [12, 'months', 'weeks', 52],
    [12, 'months', 'days', 365],
    [3, 'days', 'months', 1],
    [10, 'days', 'days', 10],
  ] as const)('%i %s are %i %s', (length, from, to, converted) => {
    expect(convertDuration(length, from, to)).toBe(converted);
  });
});
