import { afterEach, describe, expect, it } from 'vitest';
import type { SmartCode } from '../../../src/domain/objectives/smart-check';
import type { SpecificObjective } from '../../../src/domain/objectives/objective';
import { METRIC_CATALOGUE } from '../../../src/domain/metrics/metric-catalogue';
import { messages } from '../../../src/i18n/messages';
import { locale } from '../../../src/i18n/locale.svelte';
import { smartText } from '../../../src/steps/objectives/smart-text';
import { METRIC_GROUPS } from '../../../src/domain/objectives/metric-groups';

/** Every reason code, and whether it is a pass (no fix to offer). */
const CODES: Record<SmartCode, boolean> = {
  's-ok': true, 's-no-what': false, 's-no-whom': false,
  'm-ok': true, 'm-no-metric': false, 'm-no-unit': false, 'm-no-baseline': false, 'm-no-target': false,
  'a-ok': true, 'a-ok-pace-not-judged': true, 'a-not-measurable': false, 'a-share-out-of-range': false,
  'a-negative-target': false, 'a-already-met': false, 'a-perfect-share': false, 'a-exceeds-market': false,
  'a-no-deadline': false, 'a-no-time': false, 'a-too-fast': false,
  'r-ok': true, 'r-no-general': false, 'r-not-linked': false, 'r-no-strategy': false,
  't-ok': true, 't-no-deadline': false, 't-deadline-past': false, 't-beyond-horizon': false,
};

const churn: SpecificObjective = {
  id: 'o1', metric: 'churn_rate', unit: '%', baseline: 0.25, baselineDate: '2025-12-31', target: 0.125,
  direction: 'lower', deadline: '2026-04-15', owner: '', description: '', linkedToGeneral: true,
};

afterEach(() => {
  locale.language = 'es';
});

describe('SMART texts', () => {
  it.each(Object.entries(CODES))('%s has a reason, and a fix when it fails, in both languages', (code, pass) => {
    for (const language of ['es', 'en'] as const) {
      const table = messages[language] as Record<string, unknown>;
      expect(table[`objectives.smart.${code}.reason`], `${language} reason`).toBeDefined();
      expect(table[`objectives.smart.${code}.fix`] !== undefined, `${language} fix`).toBe(!pass);
    }
  });

  it('formats the figures of a verdict in the plan language: shares as percentages, months and dates', () => {
    locale.language = 'es';
    const text = smartText(
      { pass: false, code: 'a-too-fast', params: { months: 3, monthsNeeded: 12, plausibleTarget: 0.25 / 2 ** 0.25 } },
      churn, 'es', 'EUR',
    );
    // 0.25 / 2^(1/4) = 0.2102241… → «21,02 %».
    expect(text.fix).toBe('Alarga el plazo a unos 12 meses o pon como meta 21,02\u00a0%.');
    expect(text.reason).toContain('el plazo da 3');

    const t = smartText({ pass: false, code: 't-beyond-horizon', params: { deadline: '2027-01-01', horizonEnd: '2026-12-31' } }, churn, 'es', 'EUR');
    expect(t.reason).toBe('La fecha límite (1 ene 2027) cae después del fin del plan (31 dic 2026).');
  });

  it('speaks the interface language and formats money in the plan currency', () => {
    locale.language = 'en';
    const revenue = { ...churn, metric: 'revenue' as const, unit: 'currency' as const, direction: 'raise' as const };
    const text = smartText({ pass: false, code: 'a-already-met', params: { baseline: 1200, target: 1000, direction: 'raise' } }, revenue, 'en', 'GBP');
    expect(text.reason).toBe('The target (£1,000.00) is not above the starting figure (£1,200.00): it is already met, so it is no objective.');
    expect(smartText({ pass: true, code: 'm-ok', params: {} }, revenue, 'en', 'GBP').fix).toBeNull();
  });
});

describe('METRIC_GROUPS', () => {
  it('offers each metric once, each with its usual unit and direction and a name in both languages', () => {
    const metrics = METRIC_GROUPS.flatMap((g) => g.metrics);
    expect(new Set(metrics).size).toBe(metrics.length);
    for (const metric of metrics) {
      expect(METRIC_CATALOGUE[metric].objective, metric).not.toBeNull();
      for (const language of ['es', 'en'] as const) {
        expect((messages[language] as Record<string, unknown>)[`objectives.metric.${metric}`], `${language} ${metric}`).toBeDefined();
      }
    }
  });
});
