import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDateBytes, readNumberBytes } from '../../../src/domain/csv/byte-cells';
import { dayOfFields, makeDateParser, twoDigitYearPivot, type DateFields, type DateOrder } from '../../../src/domain/csv/date-format';
import { makeNumberParser } from '../../../src/domain/csv/number-format';
import { epochDay } from '../../../src/domain/dates';

const today = epochDay(2026, 1, 1);
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const fields = (): DateFields => ({ a: 0, b: 0, c: 0, lengthA: 0, lengthC: 0 });

function dayFromBytes(text: string, order: DateOrder): number | null {
  const out = fields();
  const bytes = ascii(`;${text};`);
  return readDateBytes(bytes, 1, bytes.length - 1, out) ? dayOfFields(out, order, twoDigitYearPivot(today)) : null;
}

const digits = (max: number) => fc.stringMatching(new RegExp(`^[0-9]{0,${max}}$`));
const separator = fc.constantFrom('/', '-', '.', ' ', ',');
/** Date-like cells: mostly well formed, with wrong lengths, separators and tails mixed in. */
const dateText = fc.oneof(
  fc.tuple(fc.constantFrom('', ' '), digits(4), separator, digits(3), separator, digits(5), fc.constantFrom('', ' 10:30', 'T08:00:00', 'x', ';'))
    .map((parts) => parts.join('')),
  fc.tuple(fc.integer({ min: 1700, max: 2300 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`),
);

describe('dates read from bytes', () => {
  it.each([
    ['10/03/2024', 'dmy', epochDay(2024, 3, 10)],
    ['03/10/2024', 'mdy', epochDay(2024, 3, 10)],
    ['2024-03-10', 'dmy', epochDay(2024, 3, 10)],
    ['2024-03-10T12:30:00', 'ymd', epochDay(2024, 3, 10)],
    ['20240310', 'dmy', epochDay(2024, 3, 10)],
    ['1-2-24 08:00', 'dmy', epochDay(2024, 2, 1)],
  ] as const)('reads %s (%s) as the text reader does', (text, order, day) => {
    expect(dayFromBytes(text, order)).toBe(day);
    expect(makeDateParser(order, today)(text)).toBe(day);
  });

  it('gives the text reader’s day for every date it reads, in each order', () => {
    let days = 0;
    fc.assert(
      fc.property(dateText, fc.constantFrom<DateOrder>('dmy', 'mdy', 'ymd'), (text, order) => {
        const fromBytes = dayFromBytes(text, order);
        const fromText = makeDateParser(order, today)(text);
        if (fromBytes === null) return;
        if (!Number.isNaN(fromBytes)) days++;
        expect(Object.is(fromBytes, fromText) || (Number.isNaN(fromBytes) && Number.isNaN(fromText))).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(days).toBeGreaterThan(100);
  });

  it('leaves written-out months and two-digit first fields with a one-digit year to the text reader', () => {
    expect(dayFromBytes('10 mar 2024', 'dmy')).toBeNull();
    expect(dayFromBytes('10/03/4', 'dmy')).toBeNull();
    expect(dayFromBytes('10/03-2024', 'dmy')).toBeNull();
  });
});

describe('amounts read from bytes', () => {
  const read = (text: string, decimal: ',' | '.') => readNumberBytes(ascii(text), 0, text.length, decimal.charCodeAt(0));

  it.each([
    ['566,22', ',', 566.22],
    ['1.531,71', ',', 1531.71],
    ['-12,5', ',', -12.5],
    ['1,234,567.89', '.', 1234567.89],
    ['007', '.', 7],
  ] as const)('reads %s with decimal %s', (text, decimal, value) => {
    expect(read(text, decimal)).toBe(value);
    expect(makeNumberParser(decimal)(text)).toBe(value);
  });

  it('gives the text reader’s number for every amount it reads', () => {
    let numbers = 0;
    fc.assert(
      fc.property(fc.stringMatching(/^-?([0-9]{1,4}[.,]?){0,5}$/), fc.constantFrom<',' | '.'>(',', '.'), (text, decimal) => {
        const fromBytes = read(text, decimal);
        if (Number.isNaN(fromBytes)) return;
        numbers++;
        expect(Object.is(fromBytes, makeNumberParser(decimal)(text))).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(numbers).toBeGreaterThan(500);
  });

  it('leaves currencies, spaces, badly grouped digits and long numbers to the text reader', () => {
    for (const text of ['12,50 €', ' 12,50', '1.23,4', '12.', '1234567890123456', '(12,50)', '']) expect(read(text, ',')).toBeNaN();
  });
});
