import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { detectDateOrder, looksLikeDate, makeDateParser, plausibleDays } from '../../../src/domain/csv/date-format';
import { epochDay } from '../../../src/domain/dates';

const today = epochDay(2026, 1, 15);

describe('makeDateParser', () => {
  it.each([
    ['ymd', '2024-03-10', [2024, 3, 10]],
    ['ymd', '2024/03/10', [2024, 3, 10]],
    ['ymd', '2024-3-5', [2024, 3, 5]],
    ['ymd', '20240310', [2024, 3, 10]],
    ['ymd', '2024-03-10T08:26:00Z', [2024, 3, 10]],
    ['ymd', '2024-03-10 08:26', [2024, 3, 10]],
    ['ymd', ' 2024-02-29 ', [2024, 2, 29]],
    ['dmy', '10/03/2024', [2024, 3, 10]],
    ['dmy', '10-03-24', [2024, 3, 10]],
    ['dmy', '10.03.2024', [2024, 3, 10]],
    ['dmy', '1/3/2024 8:26', [2024, 3, 1]],
    ['dmy', '31/12/99', [1999, 12, 31]],
    ['dmy', '01/01/27', [2027, 1, 1]],
    ['dmy', '01/01/28', [1928, 1, 1]],
    ['dmy', '2024-03-10', [2024, 3, 10]],
    ['mdy', '03/10/2024', [2024, 3, 10]],
    ['mdy', '12/1/2010 8:26', [2010, 12, 1]],
    ['mdy', '2/29/2000', [2000, 2, 29]],
  ] as const)('%s: %s', (order, text, [y, m, d]) => {
    expect(makeDateParser(order, today)(text)).toBe(epochDay(y, m, d));
  });

  it.each([
    ['dmy', '31/02/2024'],
    ['ymd', '2023-02-29'],
    ['ymd', '1900-02-29'],
    ['mdy', '13/13/2024'],
    ['dmy', 'abc'],
    ['dmy', ''],
    ['ymd', '2024-03'],
    ['dmy', '10/03/2024x'],
    ['dmy', '10/03-2024'],
    ['ymd', '10/03/2024'],
    ['dmy', '10/03/202'],
    ['ymd', '12345678'],
    ['dmy', '0/03/2024'],
  ] as const)('%s refuses %j', (order, text) => {
    expect(makeDateParser(order, today)(text)).toBeNaN();
  });

  it('reads every calendar day as dates.ts does, in all three orders', () => {
    const parsers = { ymd: makeDateParser('ymd', today), dmy: makeDateParser('dmy', today), mdy: makeDateParser('mdy', today) };
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const expected = epochDay(y, m, d);
        const pad = (n: number) => String(n).padStart(2, '0');
        expect(parsers.ymd(`${y}-${pad(m)}-${pad(d)}`)).toBe(expected);
        expect(parsers.dmy(`${pad(d)}/${pad(m)}/${y}`)).toBe(expected);
        expect(parsers.mdy(`${m}/${d}/${y} 10:00`)).toBe(expected);
      }),
    );
  });
});

describe('detectDateOrder', () => {
  it.each([
    [['13/01/2024', '01/02/2024'], 'mdy', { order: 'dmy', ambiguous: false }],
    [['01/13/2024', '02/01/2024'], 'dmy', { order: 'mdy', ambiguous: false }],
    [['12/1/2010 8:26', '12/13/2010 9:00'], 'dmy', { order: 'mdy', ambiguous: false }],
    [['01/02/2024', '03/04/2024'], 'dmy', { order: 'dmy', ambiguous: true }],
    [['01/02/2024', '03/04/2024'], 'mdy', { order: 'mdy', ambiguous: true }],
    [['2024-01-13', '2024-02-01', ''], 'mdy', { order: 'ymd', ambiguous: false }],
    [['20240113'], 'dmy', { order: 'ymd', ambiguous: false }],
    [['2024-01-01', '25/01/2024'], 'mdy', { order: 'dmy', ambiguous: false }],
    [['25-01-24', '01-02-24'], 'mdy', { order: 'dmy', ambiguous: false }],
    [['13/01/2024', '14/01/2024', '01/13/2024'], 'mdy', { order: 'dmy', ambiguous: false }],
  ] as const)('%j (fallback %s)', (values, fallback, expected) => {
    expect(detectDateOrder(values, fallback)).toEqual(expected);
  });

  it.each([[['abc', 'def']], [['12,5', '3']], [[]], [['01/02/2024', 'x', 'y', 'z']]])('%j is not a date column', (values) => {
    expect(detectDateOrder(values, 'dmy')).toBeNull();
  });
});

describe('looksLikeDate', () => {
  it.each([
    ['2024-03-10', true], ['10/03/2024 10:00', true], ['20240310', true], ['1.5', false], ['C1', false], ['12345678', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeDate(text)).toBe(expected);
  });
});

describe('plausibleDays', () => {
  it('runs from 1900-01-01 to a year after today', () => {
    expect(plausibleDays(today)).toEqual({ first: epochDay(1900, 1, 1), last: epochDay(2027, 1, 15) });
  });
});
