import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { detectDecimalSeparator, makeNumberParser } from '../../../src/domain/csv/number-format';

describe('makeNumberParser', () => {
  const comma = makeNumberParser(',');
  const point = makeNumberParser('.');

  it.each([
    ['1.234,56', 1234.56],
    ['1 234,56', 1234.56],
    ['1\u00a0234,56', 1234.56],
    ['1\u202f234,56', 1234.56],
    ['12,5', 12.5],
    ['-12,5', -12.5],
    ['\u221212,5', -12.5],
    ['12,50-', -12.5],
    ['(12,50)', -12.5],
    ['€ 1.234,56', 1234.56],
    ['1.234,56 €', 1234.56],
    ['-1.234,56 €', -1234.56],
    ['1.234,56 EUR', 1234.56],
    ['-1.234.567,891', -1234567.891],
    ['1234', 1234],
    ['1.234', 1234],
    ['0,07', 0.07],
    [',5', 0.5],
    ['35%', 35],
    ['  7  ', 7],
    ['+3', 3],
  ])('decimal comma: %s → %s', (text, value) => {
    expect(comma(text)).toBe(value);
  });

  it.each([
    ['1,234.56', 1234.56],
    ['$1,234.56', 1234.56],
    ['-$5.00', -5],
    ['$-5.00', -5],
    ['1234.5', 1234.5],
    ['0.1', 0.1],
    ["1'234.5", 1234.5],
    ['(1,000)', -1000],
    ['£12', 12],
    ['USD 12.5', 12.5],
  ])('decimal point: %s → %s', (text, value) => {
    expect(point(text)).toBe(value);
  });

  it.each(['', '   ', 'abc', '12a', '--5', '1.5', '12.34,5', '1,2,3', '12345.678,9', '€', '-', '2024-01-01', '1e5', '(5'])(
    'decimal comma refuses %j',
    (text) => {
      expect(comma(text)).toBeNaN();
    },
  );

  it.each(['1,5', '1,23,456', '0x1A', 'Infinity', '12..5'])('decimal point refuses %j', (text) => {
    expect(point(text)).toBeNaN();
  });

  it('reads long numbers beyond 15 digits like Number()', () => {
    expect(point('12345678901234567.5')).toBe(Number('12345678901234567.5'));
    expect(comma('123.456.789.012.345.678,25')).toBe(Number('123456789012345678.25'));
  });

  it('gives the same double as Number() for any decimal written either way', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (units, scale) => {
        const plain = (units / 10 ** scale).toFixed(scale);
        const expected = Number(plain);
        const negative = plain.startsWith('-');
        const [integer, fraction] = plain.replace('-', '').split('.');
        const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const european = (negative ? '-' : '') + grouped + (fraction ? `,${fraction}` : '');
        expect(point(plain)).toBe(expected);
        expect(comma(european)).toBe(expected);
      }),
    );
  });
});

describe('detectDecimalSeparator', () => {
  it.each([
    [['1.234,56', '12,5'], '.', ',', false],
    [['1,234.56', '7'], ',', '.', false],
    [['12.50', '3.99'], ',', '.', false],
    [['12,50', '3,99'], '.', ',', false],
    [['1.234.567'], '.', ',', false],
    [['1,234,567'], ',', '.', false],
    [['0,125'], '.', ',', false],
    [['1 234,5'], '.', ',', false],
    [['€ 12,30', '(4,10)'], '.', ',', false],
    [['1,5', '2,5', '3.5'], '.', ',', false],
    [['1.234', '2.500'], ',', ',', true],
    [['1.234', '2.500'], '.', '.', true],
    [['100', '200', ''], '.', '.', true],
    [[], ',', ',', true],
  ] as const)('%j (fallback %s) → %s', (values, fallback, decimal, ambiguous) => {
    expect(detectDecimalSeparator(values, fallback)).toEqual({ decimal, ambiguous });
  });
});
