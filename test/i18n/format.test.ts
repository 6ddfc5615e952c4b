import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../src/i18n/format';

describe('format', () => {
  it('shows a calendar date as that day, whatever the time zone', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Mexico_City';
    try {
      expect(formatDate('2025-12-31', 'es')).toBe('31 dic 2025');
      expect(formatDate('2025-01-01', 'en')).toBe('1 Jan 2025');
    } finally {
      process.env.TZ = zone;
    }
  });

  it.each([
    [1234.5, 'es', 'EUR', '1234,50 €'],
    [12345.5, 'es', 'EUR', '12.345,50 €'],
    [1234.5, 'en', 'EUR', '€1,234.50'],
  ])('money %d in %s', (value, language, currency, text) => {
    expect(formatMoney(value, language as 'es' | 'en', currency).replace(/\u00a0/g, ' ')).toBe(text);
  });

  it('shows shares as percentages', () => {
    expect(formatPercent(0.25, 'es').replace(/\u00a0/g, ' ')).toBe('25 %');
    expect(formatPercent(0.125, 'en')).toBe('12.5%');
  });

  it('keeps each language, currency and precision apart while reusing formatters', () => {
    expect(formatPercent(0.125, 'en', 0)).toBe('13%');
    expect(formatPercent(0.125, 'en', 1)).toBe('12.5%');
    expect(formatMoney(5, 'en', 'EUR')).toBe('€5.00');
    expect(formatMoney(5, 'en', 'USD')).toBe('US$5.00');
    expect(formatNumber(1234.567, 'es', 1)).toBe('1234,6');
    expect(formatNumber(1234.567, 'en', 2)).toBe('1,234.57');
    expect(formatNumber(1234.567, 'es', 1)).toBe('1234,6');
  });
});
