import { describe, expect, it } from 'vitest';
import { isoToEpochDay } from '../../src/domain/dates';
import { wordsFor, wordsIn } from '../../src/i18n/words';

const plain = (text: string) => text.replace(/\s/g, ' ');
const es = wordsFor('es', 'EUR');
const en = wordsFor('en', 'EUR');

describe('wordsFor: one money format for the whole plan', () => {
  it.each([
    [1234.5, 'es', 'EUR', '1.234,50 €'],
    [12345.5, 'es', 'EUR', '12.345,50 €'],
    [8400, 'es', 'EUR', '8.400,00 €'],
    [155.57, 'es', 'EUR', '155,57 €'],
    [1234.5, 'en', 'EUR', '€1,234.50'],
    [1234.5, 'es', 'USD', '1.234,50 US$'],
    [1234.5, 'en', 'GBP', '£1,234.50'],
  ] as const)('money %d in %s, %s', (value, language, currency, text) => {
    expect(plain(wordsFor(language, currency).money(value))).toBe(text);
  });

  it('rounds estimates to whole units with the same grouping: «8.400 €» for the budget of the business case', () => {
    expect(plain(es.moneyWhole(8400))).toBe('8.400 €');
    expect(plain(es.moneyWhole(8930.4))).toBe('8.930 €');
    expect(en.moneyWhole(8930.6)).toBe('€8,931');
    expect(wordsFor('en', 'USD').moneyWhole(5)).toBe('US$5');
  });

  it('writes a number beside money grouped like money, and a plain number as the language does', () => {
    expect(es.amount(1148, 0)).toBe('1.148');
    expect(es.number(1234.567, 1)).toBe('1234,6');
    expect(es.count(12345)).toBe('12.345');
    expect(en.number(1234.567, 2)).toBe('1,234.57');
    expect(en.count(1148)).toBe('1,148');
  });

  it('keeps each language, currency and precision apart while reusing formatters', () => {
    expect(en.percent(0.125, 0)).toBe('13%');
    expect(en.percent(0.125, 1)).toBe('12.5%');
    expect(plain(es.percent(0.25))).toBe('25 %');
    expect(en.money(5)).toBe('€5.00');
    expect(wordsFor('en', 'USD').money(5)).toBe('US$5.00');
    expect(wordsFor('en', 'USD').currencySymbol).toBe('$');
    expect(es.currencySymbol).toBe('€');
    expect(wordsFor('es', 'EUR')).toBe(es);
    expect(wordsFor('es', 'USD')).not.toBe(es);
  });

  it('signs a relative gap', () => {
    expect(plain(es.signedPercent(-0.08))).toBe('-8 %');
    expect(en.signedPercent(0.035)).toBe('+3.5%');
  });
});

describe('share: a percentage that never reads as all or nothing unless it is', () => {
  it('never shows 100 % for a column with empty cells', () => {
    expect(plain(wordsIn('es').share(7032 / 7043))).toBe('99,8 %');
    expect(plain(wordsIn('en').share(99_999 / 100_000))).toBe('99.99%');
  });

  it('never shows 0 % for a column with something in it', () => {
    expect(plain(wordsIn('es').share(3 / 1000))).toBe('0,3 %');
  });

  it('shows whole percentages where they are honest, and the ends as they are', () => {
    expect(plain(wordsIn('es').share(0.25))).toBe('25 %');
    expect(plain(wordsIn('es').share(1))).toBe('100 %');
    expect(plain(wordsIn('en').share(0))).toBe('0%');
  });
});

describe('dates', () => {
  it('shows a calendar date as that day, whatever the time zone', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Mexico_City';
    try {
      expect(wordsIn('es').date('2025-12-31')).toBe('31 dic 2025');
      expect(wordsIn('en').date('2025-01-01')).toBe('1 Jan 2025');
      expect(wordsIn('es').day(isoToEpochDay('2025-12-31')!)).toBe('31 dic 2025');
    } finally {
      process.env.TZ = zone;
    }
  });

  it('writes long, short and month forms for the documents, and nothing for a bad date', () => {
    expect(es.longDate('2025-03-03')).toBe('3 de marzo de 2025');
    expect(en.longDay(isoToEpochDay('2025-03-03')!)).toBe('3 March 2025');
    expect(es.shortDate('2025-03-03')).toBe('03/03/2025');
    expect(es.month('2025-03')).toBe('mar 2025');
    expect(es.longDate('')).toBe('');
    expect(es.shortDate('3/3/2025')).toBe('');
  });
});

describe('texts', () => {
  it('words a key in the plan language, with its parameters', () => {
    expect(es.t('figures.basis', { rows: '10', customers: '4' })).toBe('Cifras calculadas sobre 10 filas de ventas y 4 clientes.');
    expect(en.t('figures.basis', { rows: '10', customers: '4' })).toBe('Figures computed on 10 sales rows and 4 customers.');
  });

  it('looks up an id known only at run time under a typed prefix, and gives the id back when no text has it', () => {
    expect(es.lookup('pyramid', 'inactive')).toBe(es.t('pyramid.inactive'));
    expect(es.lookup('pyramid', 'no-such-level')).toBe('no-such-level');
    expect(es.has('pyramid.inactive')).toBe(true);
    expect(es.has('pyramid.nope')).toBe(false);
  });

  it('words a figure by its kind, durations in the period unit', () => {
    expect(plain(es.figure(8400, 'money'))).toBe('8.400,00 €');
    expect(plain(es.figure(0.25, 'share'))).toBe('25 %');
    expect(es.figure(1148, 'count')).toBe('1148');
    expect(es.figure(6.14, 'periods', 12)).toBe('6,1 años');
    expect(en.figure(2.5, 'periods', 3)).toBe('2.5 quarters');
  });

  it('says why a figure is missing, with the specific sentence where there is one', () => {
    expect(es.unlock({ code: 'needs-input', field: 'marketSize' })).toBe('Escribe el tamaño del mercado en Parámetros del análisis.');
    expect(es.unlock({ code: 'needs-input', field: 'discountRate' })).toBe(`Escribe «${es.t('params.discountRate')}» en Parámetros del análisis.`);
    expect(en.unlock({ code: 'needs-column', dataset: 'customers', field: 'satisfaction' })).toBe(`A “${en.t('column.customers.satisfaction')}” column is needed.`);
    expect(en.unlock({ code: 'no-orders' })).toBe(en.t('unlock.no-orders'));
    expect(en.unlock({ code: 'no-orders' })).not.toBe(es.unlock({ code: 'no-orders' }));
  });

  it('names every parameter a note can say was replaced', () => {
    for (const field of ['abcThresholds', 'satisfactionScaleMax', 'churnSource', 'cohortUnit'] as const) {
      expect(es.note({ code: 'param-replaced', field })).not.toContain('params.');
      expect(en.note({ code: 'param-replaced', field })).not.toContain('params.');
    }
  });

  it('writes a note\'s dates as asked: medium on screen, long in the documents', () => {
    const note = { code: 'analysis-date', day: isoToEpochDay('2025-12-31')!, source: 'latest-transaction' } as const;
    expect(es.note(note)).toContain('31 dic 2025');
    expect(es.note(note, es.longDay)).toContain('31 de diciembre de 2025');
  });

  it('names metrics, objective metrics and segments, falling back for a stored key it does not know', () => {
    expect(es.metricName('churn_rate')).toBe('Tasa de deserción');
    expect(en.metricName('data_level_2')).toBe(en.t('levels.level', { k: '2' }));
    expect(es.objectiveMetric('churn_rate')).toBe('Tasa de deserción');
    expect(es.segment({ kind: 'pyramid', key: 'inactive' })).toBe(es.t('strategies.segment.pyramid.inactive'));
    expect(es.segment({ kind: 'rfm', key: 'gone-forever' })).toBe('gone-forever');
    expect(es.metricText('churn_rate', 'formula')).toBe(es.t('metric.churn_rate.formula'));
  });
});
