import { describe, expect, it } from 'vitest';
import { epochDay } from '../../../src/domain/dates';
import { dateCellToIso, detectDateOrder, parseDateCell } from '../../../src/domain/quality/date-cell';

describe('dateCellToIso', () => {
  it.each([
    ['1980-03-15', 'dmy', '1980-03-15'],
    ['1980/3/5', 'dmy', '1980-03-05'],
    ['15/03/1980', 'dmy', '1980-03-15'],
    ['15-03-1980', 'dmy', '1980-03-15'],
    ['15.03.1980', 'dmy', '1980-03-15'],
    ['03/15/1980', 'mdy', '1980-03-15'],
    ['5/3/1980', 'dmy', '1980-03-05'],
    ['5/3/1980', 'mdy', '1980-05-03'],
    ['15/03/1980 10:30', 'dmy', '1980-03-15'],
    ['1980-03-15T10:30:00Z', 'dmy', '1980-03-15'],
    ['29/02/2024', 'dmy', '2024-02-29'],
    ['29/02/2023', 'dmy', null],
    ['29/02/1900', 'dmy', null],
    ['31/04/1980', 'dmy', null],
    ['03/15/1980', 'dmy', null],
    ['15/03/80', 'dmy', null],
    ['1850-01-01', 'dmy', null],
    ['ayer', 'dmy', null],
    ['', 'dmy', null],
  ] as const)('%j read %s → %j', (cell, order, expected) => {
    expect(dateCellToIso(cell, order)).toBe(expected);
  });

  it('gives the epoch day', () => {
    expect(parseDateCell('01/01/1970', 'dmy')).toBe(0);
    expect(parseDateCell('31/12/2025', 'dmy')).toBe(epochDay(2025, 12, 31));
  });
});

describe('detectDateOrder', () => {
  it.each([
    [['01/02/1990', '25/12/1990'], 'mdy', 'dmy'],
    [['01/02/1990', '12/25/1990'], 'dmy', 'mdy'],
    [['01/02/1990', '03/04/1990'], 'dmy', 'dmy'],
    [['01/02/1990', '03/04/1990'], 'mdy', 'mdy'],
    [['25/12/1990', '12/25/1990'], 'dmy', 'dmy'],
    [['1990-12-25'], 'mdy', 'mdy'],
    [[], 'dmy', 'dmy'],
  ] as const)('%j (fallback %s) → %s', (cells, fallback, expected) => {
    expect(detectDateOrder(cells, fallback)).toBe(expected);
  });
});
