import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { checkSmart, MAX_LOG_CHANGE_PER_MONTH, type SmartContext } from '../../../src/domain/objectives/smart-check';
import type { SpecificObjective } from '../../../src/domain/objectives/objective';

/** Passes every letter: churn 25 % → 20 % among active customers by mid-December, 11 months from today. */
const base: SpecificObjective = {
  id: 'o1',
  metric: 'churn_rate',
  unit: '%',
  baseline: 0.25,
  baselineDate: '2025-12-31',
  target: 0.2,
  direction: 'lower',
  deadline: '2026-12-15',
  owner: 'Ana',
  segment: { kind: 'pyramid', key: 'active' },
  description: 'Reducir la deserción de los clientes activos',
  linkedToGeneral: true,
};

const context: SmartContext = {
  today: '2026-01-15',
  horizonEnd: '2026-12-31',
  hasGeneralObjective: true,
  strategies: [{ objectiveIds: ['o1'] }, { objectiveIds: ['o9'] }],
};

const check = (changes: Partial<SpecificObjective>, ctx: Partial<SmartContext> = {}) =>
  checkSmart({ ...base, ...changes }, { ...context, ...ctx });

describe('checkSmart, the base objective', () => {
  it('passes every letter', () => {
    const result = check({});
    expect(Object.values(result).map((v) => v.pass)).toEqual([true, true, true, true, true]);
    expect(result.T.params).toEqual({ daysLeft: 334, horizonEnd: '2026-12-31' });
  });
});

describe('S: says what changes and for whom', () => {
  it.each([
    ['a description of three words or more', { description: 'Más compras repetidas', segment: undefined, metric: 'custom' as const }, true, 's-ok'],
    ['no description, a metric and a segment', { description: '' }, true, 's-ok'],
    ['no description, a metric, no segment', { description: ' ', segment: undefined }, false, 's-no-whom'],
    ['a two-word description, a metric, no segment', { description: 'Menos bajas', segment: undefined }, false, 's-no-whom'],
    ['no description, a custom metric without a name', { description: '', metric: 'custom' as const, customName: ' ' }, false, 's-no-what'],
    ['no description, a named custom metric and a segment', { description: '', metric: 'custom' as const, customName: 'Hot leads' }, true, 's-ok'],
  ])('%s', (_, changes, pass, code) => {
    expect(check(changes).S).toMatchObject({ pass, code });
  });
});

describe('M: a metric, a numeric baseline and target, and a unit', () => {
  it.each([
    ['a custom metric without a name', { metric: 'custom' as const, customName: '' }, false, 'm-no-metric'],
    ['a named custom metric without a unit', { metric: 'custom' as const, customName: 'NPS', unit: null }, false, 'm-no-unit'],
    ['no unit', { unit: null }, false, 'm-no-unit'],
    ['no baseline', { baseline: null }, false, 'm-no-baseline'],
    ['a baseline that is not a number', { baseline: Number.NaN }, false, 'm-no-baseline'],
    ['no target', { target: null }, false, 'm-no-target'],
    ['an infinite target', { target: Number.POSITIVE_INFINITY }, false, 'm-no-target'],
    ['a named custom metric with everything', { metric: 'custom' as const, customName: 'NPS', unit: 'number' as const, baseline: 20, target: 25, direction: 'raise' as const }, true, 'm-ok'],
  ])('%s', (_, changes, pass, code) => {
    expect(check(changes).M).toMatchObject({ pass, code });
  });
});

describe('A: plausible against the baseline and the data', () => {
  const activeCustomers = {
    metric: 'active_customers' as const, unit: 'customers' as const, baseline: 400, target: 440, direction: 'raise' as const,
  };
  const market = { pyramid_active: 400, pyramid_inactive: 10, pyramid_potential: 20, pyramid_probable: 0, pyramid_rest: 5 };

  it.each([
    ['no baseline', { baseline: null }, {}, false, 'a-not-measurable'],
    ['a share target above 1', { target: 1.2 }, {}, false, 'a-share-out-of-range'],
    ['a share target below 0', { target: -0.1 }, {}, false, 'a-share-out-of-range'],
    ['churn typed as a plain number, 5', { unit: 'number' as const, target: 5 }, {}, false, 'a-share-out-of-range'],
    ['a negative number of customers', { ...activeCustomers, direction: 'lower' as const, target: -5 }, {}, false, 'a-negative-target'],
    ['lowering churn to the baseline', { target: 0.25 }, {}, false, 'a-already-met'],
    ['lowering churn to above the baseline', { target: 0.3 }, {}, false, 'a-already-met'],
    ['raising customers to below the baseline', { ...activeCustomers, target: 380 }, {}, false, 'a-already-met'],
    ['raising retention to below the baseline', { metric: 'retention_rate' as const, baseline: 0.75, target: 0.7, direction: 'raise' as const }, {}, false, 'a-already-met'],
    ['no churn at all', { target: 0 }, {}, false, 'a-perfect-share'],
    ['every customer retained', { metric: 'retention_rate' as const, baseline: 0.75, target: 1, direction: 'raise' as const }, {}, false, 'a-perfect-share'],
    ['more customers than the whole market', { ...activeCustomers }, { figures: market }, false, 'a-exceeds-market'],
    ['the same without a market size typed', { ...activeCustomers }, { figures: { ...market, pyramid_rest: undefined } }, true, 'a-ok'],
    ['no deadline', { deadline: '' }, {}, false, 'a-no-deadline'],
    ['a deadline before today', { deadline: '2026-01-01' }, {}, false, 'a-no-time'],
    ['a deadline today', { deadline: '2026-01-15' }, {}, false, 'a-no-time'],
    ['halving churn in three months', { target: 0.125, deadline: '2026-04-15' }, {}, false, 'a-too-fast'],
    ['halving churn in a year (the limit)', { target: 0.125, deadline: '2027-01-15' }, {}, true, 'a-ok'],
    ['retention 75 % → 95 % in six months (churn cut fivefold)', { metric: 'retention_rate' as const, baseline: 0.75, target: 0.95, direction: 'raise' as const, deadline: '2026-07-15' }, {}, false, 'a-too-fast'],
    ['retention 75 % → 78 % in six months', { metric: 'retention_rate' as const, baseline: 0.75, target: 0.78, direction: 'raise' as const, deadline: '2026-07-15' }, {}, true, 'a-ok'],
    ['doubling active customers in three months', { ...activeCustomers, target: 800, deadline: '2026-04-15' }, {}, false, 'a-too-fast'],
    ['from zero customers at data level 3', { metric: 'data_level_3' as const, unit: 'customers' as const, baseline: 0, target: 100, direction: 'raise' as const }, {}, true, 'a-ok-pace-not-judged'],
    ['duplicates down to zero', { metric: 'duplicates' as const, unit: 'number' as const, baseline: 40, target: 0 }, {}, true, 'a-ok-pace-not-judged'],
  ])('%s', (_, changes, ctx, pass, code) => {
    expect(check(changes, ctx).A).toMatchObject({ pass, code });
  });

  it('counts time from today, not from an older baseline date', () => {
    // Baseline from a year ago: halving by April is still only three months of work.
    expect(check({ target: 0.125, deadline: '2026-04-15', baselineDate: '2025-01-15' }).A.code).toBe('a-too-fast');
  });

  it('counts time from a baseline date later than today', () => {
    expect(check({ target: 0.125, deadline: '2027-01-15', baselineDate: '2026-04-15' }).A.code).toBe('a-too-fast');
  });

  it('says how long halving churn needs and what can be reached by the deadline', () => {
    const { params } = check({ target: 0.125, deadline: '2026-04-15' }).A;
    expect(params.months).toBeCloseTo(3, 10);
    expect(params.ratePerMonth).toBeCloseTo(Math.LN2 / 3, 10);
    expect(params.monthsNeeded).toBeCloseTo(12, 10);
    // A quarter of a year at "halve in a year" pace: 0.25 / 2^(1/4).
    expect(params.plausibleTarget).toBeCloseTo(0.25 / 2 ** 0.25, 10);
  });

  it('bounds a rising share by its complement: retention can rise only as far as churn can fall', () => {
    const { params } = check({ metric: 'retention_rate', baseline: 0.75, target: 0.95, direction: 'raise', deadline: '2026-07-15' }).A;
    // Six months at "halve in a year" pace: churn 0.25 → 0.25 / √2, retention 1 − that.
    expect(params.plausibleTarget).toBeCloseTo(1 - 0.25 / Math.SQRT2, 10);
  });

  it('judges falling targets as it judges rising ones (÷k and ×k are equally far)', () => {
    fc.assert(fc.property(
      fc.double({ min: 1, max: 1e6, noNaN: true }),
      fc.double({ min: 1.001, max: 10, noNaN: true }),
      fc.integer({ min: 1, max: 36 }),
      (baseline, factor, months) => {
        const deadline = new Date(Date.UTC(2026, 0 + months, 15)).toISOString().slice(0, 10);
        const common = { metric: 'revenue' as const, unit: 'currency' as const, baseline, deadline };
        const up = check({ ...common, target: baseline * factor, direction: 'raise' }).A;
        const down = check({ ...common, target: baseline / factor, direction: 'lower' }).A;
        expect(down.code).toBe(up.code);
        const expected = Math.log(factor) / months > MAX_LOG_CHANGE_PER_MONTH * (1 + 1e-6) ? 'a-too-fast' : 'a-ok';
        if (Math.abs(Math.log(factor) / months / MAX_LOG_CHANGE_PER_MONTH - 1) > 1e-6) expect(up.code).toBe(expected);
      },
    ));
  });
});

describe('R: linked to the general objective and served by a strategy', () => {
  it.each([
    ['no general objective written', {}, { hasGeneralObjective: false }, false, 'r-no-general'],
    ['not linked to the general objective', { linkedToGeneral: false }, {}, false, 'r-not-linked'],
    ['no strategies at all', {}, { strategies: [] }, false, 'r-no-strategy'],
    ['strategies serving other objectives only', {}, { strategies: [{ objectiveIds: ['o2', 'o3'] }] }, false, 'r-no-strategy'],
    ['served by one strategy', {}, {}, true, 'r-ok'],
  ])('%s', (_, changes, ctx, pass, code) => {
    expect(check(changes, ctx).R).toMatchObject({ pass, code });
  });

  it('counts the strategies serving the objective', () => {
    expect(check({}, { strategies: [{ objectiveIds: ['o1'] }, { objectiveIds: ['o2', 'o1'] }] }).R.params).toEqual({ strategies: 2 });
  });
});

describe('T: a deadline in the future and within the plan horizon', () => {
  it('names the horizon it was checked against, and none when the plan has none', () => {
    expect(check({ deadline: '2026-02-14' }).T.params).toEqual({ daysLeft: 30, horizonEnd: '2026-12-31' });
    expect(check({ deadline: '2030-01-01' }, { horizonEnd: null }).T.params).toEqual({ daysLeft: 1447 });
  });

  it.each([
    ['no deadline', { deadline: '' }, {}, false, 't-no-deadline'],
    ['a date that does not exist', { deadline: '2026-02-30' }, {}, false, 't-no-deadline'],
    ['a deadline in the past', { deadline: '2025-12-31' }, {}, false, 't-deadline-past'],
    ['a deadline today', { deadline: '2026-01-15' }, {}, false, 't-deadline-past'],
    ['tomorrow', { deadline: '2026-01-16' }, {}, true, 't-ok'],
    ['the last day of the horizon', { deadline: '2026-12-31' }, {}, true, 't-ok'],
    ['a day after the horizon', { deadline: '2027-01-01' }, {}, false, 't-beyond-horizon'],
    ['far ahead, the plan has no horizon', { deadline: '2030-01-01' }, { horizonEnd: null }, true, 't-ok'],
  ])('%s', (_, changes, ctx, pass, code) => {
    expect(check(changes, ctx).T).toMatchObject({ pass, code });
  });
});
