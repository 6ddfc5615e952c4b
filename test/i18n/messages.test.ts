import { describe, expect, it } from 'vitest';
import { interpolate } from '../../src/i18n/define-messages';
import { messages } from '../../src/i18n/messages';

describe('messages', () => {
  it('has the same keys in Spanish and English, none empty', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.es).sort());
    for (const language of ['es', 'en'] as const) {
      for (const [key, message] of Object.entries(messages[language])) {
        const text = interpolate(message, { n: 2, name: 'X', field: 'Y', when: 'hoy', step: 1, percent: '50 %' });
        expect(text.trim(), `${language} ${key}`).not.toBe('');
        expect(text, `${language} ${key}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('fills named parameters and leaves unknown ones visible', () => {
    expect(interpolate('Hola {name}, {missing}', { name: 'Ana' })).toBe('Hola Ana, {missing}');
  });

  it('chooses the singular or plural form', () => {
    expect(interpolate(messages.es['plans.count'], { n: 1 })).toBe('1 plan');
    expect(interpolate(messages.es['plans.count'], { n: 3 })).toBe('3 planes');
  });
});
