import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { kpiStatus, progress } from '../../../src/domain/evaluation/progress';
import type { Kpi } from '../../../src/domain/evaluation/kpi';

describe('progress = (current − baseline) / (target − baseline)', () => {
  it.each([
    ['rising, half-way', 100, 200, 150, 0.5],
    ['rising, reached', 100, 200, 200, 1],
    ['rising, beyond', 100, 200, 250, 1.5],
    ['rising, gone backwards', 100, 200, 80, -0.2],
    ['falling churn 25 % → 20 %, at 22 %', 0.25, 0.2, 0.22, 0.6],
    ['falling, reached', 0.25, 0.2, 0.2, 1],
    ['falling, went up instead', 0.25, 0.2, 0.3, -1],
    ['zero baseline', 0, 500, 125, 0.25],
    ['zero target, falling', 40, 0, 10, 0.75],
    ['negative values', -100, 100, 0, 0.5],
  ])('%s', (_, baseline, target, current, expected) => {
    const result = progress(baseline, target, current);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toBeCloseTo(expected, 12);
  });

  it.each([
    ['target equal to baseline', 0.25, 0.25, 0.2, 'target-equals-baseline'],
    ['zero baseline and zero target', 0, 0, 3, 'target-equals-baseline'],
    ['no baseline', null, 0.2, 0.22, 'no-baseline'],
    ['no target', 0.25, null, 0.22, 'no-target'],
    ['no current value', 0.25, 0.2, null, 'no-value'],
    ['a current value that is not a number', 0.25, 0.2, Number.NaN, 'no-value'],
  ])('%s → %s', (_, baseline, target, current, error) => {
    expect(progress(baseline, target, current)).toEqual({ ok: false, error });
  });

  it('mirrors: a falling target is the rising one seen upside down', () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(fc.property(finite, finite, finite, (b, t, c) => {
      fc.pre(Math.abs(t - b) > 1e-6);
      const up = progress(b, t, c);
      const down = progress(-b, -t, -c);
      expect(up.ok && down.ok).toBe(true);
      if (up.ok && down.ok) expect(down.value).toBeCloseTo(up.value, 6);
    }));
  });
});

describe('kpiStatus', () => {
  /** Churn 25 % → 20 % from 1 Jan to 31 Dec 2026 (364 days). */
  const kpi = (changes: Partial<Kpi> = {}): Kpi => ({
    id: 'k1', name: '', unit: '%', baseline: 0.25, target: 0.2, direction: 'lower',
    startDate: '2026-01-01', deadline: '2026-12-31', owner: 'Ana', measurements: [], ...changes,
  });
  const at = (date: string, value: number) => ({ date, value, note: '' });
  // 2026-07-02 is day 182 of 364: half the time elapsed.
  const half = '2026-07-02';

  it.each([
    ['no measurements', kpi(), '2026-03-01', 'no-data', 'no-measurements'],
    ['no baseline', kpi({ baseline: null, measurements: [at(half, 0.22)] }), half, 'no-data', 'no-baseline'],
    ['no target', kpi({ target: null, measurements: [at(half, 0.22)] }), half, 'no-data', 'no-target'],
    ['target = baseline', kpi({ target: 0.25, measurements: [at(half, 0.22)] }), half, 'no-data', 'target-equals-baseline'],
    ['half-way in time, 0.45 of the way (churn 22.75 %)', kpi({ measurements: [at(half, 0.2275)] }), half, 'on-track', 'measured'],
    ['half-way in time, 0.30 of the way (churn 23.5 %)', kpi({ measurements: [at(half, 0.235)] }), half, 'at-risk', 'measured'],
    ['half-way in time, 0.20 of the way (churn 24 %)', kpi({ measurements: [at(half, 0.24)] }), half, 'off-track', 'measured'],
    ['half-way in time, churn went up', kpi({ measurements: [at(half, 0.27)] }), half, 'off-track', 'measured'],
    ['early on, nothing moved yet', kpi({ measurements: [at('2026-01-20', 0.25)] }), '2026-01-20', 'on-track', 'measured'],
    ['target reached early', kpi({ measurements: [at('2026-03-01', 0.2)] }), '2026-03-01', 'achieved', 'measured'],
    ['target beaten', kpi({ measurements: [at('2026-03-01', 0.18)] }), '2026-03-01', 'achieved', 'measured'],
    ['past the deadline, not reached', kpi({ measurements: [at('2026-12-31', 0.21)] }), '2027-01-10', 'off-track', 'measured'],
    ['past the deadline, reached', kpi({ measurements: [at('2026-12-31', 0.2)] }), '2027-01-10', 'achieved', 'measured'],
    ['past the deadline, last measured early and on track then', kpi({ measurements: [at('2026-02-01', 0.249)] }), '2027-01-10', 'off-track', 'measured'],
    ['zero baseline, rising, on pace', kpi({ baseline: 0, target: 100, direction: 'raise', measurements: [at(half, 50)] }), half, 'on-track', 'measured'],
    ['deadline before start', kpi({ deadline: '2025-12-01', measurements: [at(half, 0.22)] }), '2025-11-01', 'no-data', 'bad-dates'],
  ])('%s', (_, k, today, status, reason) => {
    expect(kpiStatus(k, today)).toMatchObject({ status, reason });
  });

  it('judges the latest measurement against the time elapsed on its date', () => {
    const result = kpiStatus(kpi({ measurements: [at(half, 0.2275), at('2026-02-01', 0.25)] }), '2026-08-01');
    expect(result.latest?.date).toBe(half);
    expect(result.expected).toBeCloseTo(182 / 364, 12);
    expect(result.progress).toBeCloseTo(0.45, 12);
    expect(result.pastDeadline).toBe(false);
  });

  it('changes status as measurements come in', () => {
    // 1 May: 120 of 364 days gone (0.33), nothing moved: lag 0.33, off track.
    const first = kpi({ measurements: [at('2026-05-01', 0.25)] });
    expect(kpiStatus(first, '2026-05-01').status).toBe('off-track');
    // 15 May: 134 of 364 days (0.37), churn 23.5 % is 0.30 of the way: lag 0.07, on track.
    const second = { ...first, measurements: [...first.measurements, at('2026-05-15', 0.235)] };
    expect(kpiStatus(second, '2026-05-15').status).toBe('on-track');
  });

  it('says when the deadline has passed', () => {
    expect(kpiStatus(kpi(), '2027-01-01').pastDeadline).toBe(true);
    expect(kpiStatus(kpi(), '2026-12-31').pastDeadline).toBe(false);
  });
});
