import { describe, expect, it } from 'vitest';
import { periodUnit } from '../../src/i18n/period-unit';
import { messages } from '../../src/i18n/messages';
import { interpolate } from '../../src/i18n/define-messages';

describe('periodUnit', () => {
  it.each([
    [false, 12, 'es', 'años'], [true, 12, 'es', 'año'], [false, 3, 'es', 'trimestres'], [false, 6, 'es', 'semestres'],
    [false, 1, 'es', 'meses'], [false, 5, 'es', 'periodos de 5 meses'], [false, 0, 'es', 'periodos'],
    [false, 12, 'en', 'years'], [true, 3, 'en', 'quarter'], [false, 9, 'en', 'periods of 9 months'],
  ] as const)('one=%s, P=%d (%s) → %s', (one, months, language, word) => {
    expect(periodUnit(one, months, language)).toBe(word);
  });

  it('gives the average life in years when P = 12, as the figure shows it', () => {
    expect(interpolate(messages.es['figures.periods'], { n: '6,1', months: 12 })).toBe('6,1 años');
    expect(interpolate(messages.es['figures.periods'], { n: '1', months: 12 })).toBe('1 año');
    expect(interpolate(messages.en['figures.periods'], { n: '2.5', months: 3 })).toBe('2.5 quarters');
  });
});
