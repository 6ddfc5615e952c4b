import { describe, it, expect } from 'vitest';
import { CONTROL_RATIOS, controlRatioValue, kpiFromControlRatio, type ControlRatioId } from '../../../src/domain/evaluation/control-ratios';

describe('CONTROL_RATIOS', () => {
  it('offers the seeds\' web, social, email and campaign ratios', () => {
    const byArea = (area: string) => CONTROL_RATIOS.filter((t) => t.area === area).map((t) => t.id);
    expect(byArea('web')).toEqual(['web-registered-users', 'web-forms-sent']);
    expect(byArea('social')).toEqual(['social-likes', 'social-comments', 'social-followers', 'social-contest-participants']);
    expect(byArea('email')).toEqual(['email-open-rate', 'email-click-rate']);
    expect(byArea('campaign')).toEqual(['campaign-response-rate', 'campaign-conversion-rate']);
  });

  it('gives every ratio (a template with a denominator) the unit %, and every count a number', () => {
    for (const t of CONTROL_RATIOS) expect(t.unit).toBe(t.formula.denominator === null ? 'number' : '%');
  });
});

describe('controlRatioValue', () => {
  it.each([
    ['email-open-rate', { delivered: 2000, opened: 500 }, 0.25],
    ['email-click-rate', { delivered: 2000, clicked: 60 }, 0.03],
    ['campaign-response-rate', { contacted: 1000, responses: 40 }, 0.04],
    ['campaign-conversion-rate', { responses: 40, conversions: 10 }, 0.25],
    ['social-followers', { followers: 1520 }, 1520],
    ['web-forms-sent', { formsSent: 0 }, 0],
  ] as const)('%s of %j = %d', (id, counts, expected) => {
    const result = controlRatioValue(id, counts);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toBeCloseTo(expected, 12);
  });

  it.each([
    ['email-open-rate', { opened: 500 }, 'missing-count', 'delivered'],
    ['email-open-rate', { delivered: 0, opened: 0 }, 'zero-denominator', 'delivered'],
    ['campaign-response-rate', { contacted: 100, responses: -1 }, 'negative-count', 'responses'],
    ['social-likes', {}, 'missing-count', 'likes'],
    ['social-likes', { likes: Number.NaN }, 'missing-count', 'likes'],
  ] as const)('%s of %j → %s', (id, counts, error, field) => {
    expect(controlRatioValue(id, counts)).toEqual({ ok: false, error, field });
  });

  it('refuses an id it does not know (from an old backup)', () => {
    expect(controlRatioValue('web-pageviews' as ControlRatioId, {})).toEqual({ ok: false, error: 'unknown-ratio' });
  });
});

describe('kpiFromControlRatio', () => {
  it('makes a rising KPI with the template\'s unit', () => {
    expect(kpiFromControlRatio({ id: 'k1', ratio: 'email-open-rate', owner: 'Ana', startDate: '2026-01-01', deadline: '2026-06-30', target: 0.3 }))
      .toEqual({
        id: 'k1', ratio: 'email-open-rate', name: '', unit: '%', baseline: null, target: 0.3, direction: 'raise',
        startDate: '2026-01-01', deadline: '2026-06-30', owner: 'Ana', measurements: [],
      });
  });
});
