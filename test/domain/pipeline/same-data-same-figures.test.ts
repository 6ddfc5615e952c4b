import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/domain/csv/import-csv';
import { epochDayToIso, isoToEpochDay } from '../../../src/domain/dates';
import { diagnose } from '../../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../../src/domain/metrics/params';

type Row = { customer: string; day: number; cents: number };

const TODAY = isoToEpochDay('2026-11-23')!;
const FIRST = isoToEpochDay('2022-01-01')!;

const rowArb = fc.record({
  customer: fc.integer({ min: 1, max: 40 }).map((n) => `C${n}`),
  day: fc.integer({ min: FIRST, max: FIRST + 1400 }),
  cents: fc.integer({ min: -50_000, max: 500_000 }).filter((c) => c !== 0),
});

function iso(day: number) {
  return epochDayToIso(day);
}
function dmy(day: number) {
  const [y, m, d] = iso(day).split('-');
  return `${d}/${m}/${y}`;
}
const point = (cents: number) => (cents / 100).toFixed(2);
const comma = (cents: number) => {
  const [whole, decimals] = Math.abs(cents / 100).toFixed(2).split('.');
  return `${cents < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${decimals}`;
};

/** The same rows as four different files a user might have. */
const WRITERS: Record<string, (rows: Row[]) => string> = {
  'comma, ISO dates, decimal point': (rows) => ['customer,date,amount', ...rows.map((r) => `${r.customer},${iso(r.day)},${point(r.cents)}`)].join('\n'),
  'semicolon, dd/mm/yyyy, decimal comma': (rows) => ['cliente;fecha;importe', ...rows.map((r) => `${r.customer};${dmy(r.day)};${comma(r.cents)}`)].join('\r\n'),
  'tab, BOM, columns in another order': (rows) => `\uFEFFimporte\tid_cliente\tfecha\n${rows.map((r) => `${point(r.cents)}\t${r.customer}\t${iso(r.day)}`).join('\n')}`,
  'shuffled rows with quoted cells': (rows) => ['"Customer ID","InvoiceDate","Amount"', ...[...rows].reverse().map((r) => `"${r.customer}","${iso(r.day)}","${point(r.cents)}"`)].join('\n'),
};

function figuresOf(text: string) {
  const read = importCsv(text, { today: TODAY, language: 'es' });
  if (!read.ok || read.value.data.kind !== 'transactions') throw new Error(`not read: ${JSON.stringify(read.ok ? read.value.detected : read.error)}`);
  return diagnose({ transactions: read.value.data.transactions, customers: null }, { ...DEFAULT_PARAMS, analysisDate: FIRST + 1400 }).figures;
}

describe('one set of transactions, written in different ways', () => {
  it('gives identical figures however the file is written', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 3, maxLength: 60 }), (rows) => {
        const [reference, ...others] = Object.values(WRITERS).map((write) => figuresOf(write(rows)));
        for (const figures of others) {
          expect(Object.keys(figures).sort()).toEqual(Object.keys(reference).sort());
          for (const [id, value] of Object.entries(reference)) expect(figures[id as keyof typeof figures], id).toBeCloseTo(value as number, 6);
        }
      }),
      { numRuns: 60 },
    );
  });
});
