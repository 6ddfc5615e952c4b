import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { importCsv, type ImportOptions } from '../../../src/domain/csv/import-csv';
import type { TransactionTable } from '../../../src/domain/dataset';
import { epochDay, epochDayToIso } from '../../../src/domain/dates';

interface Tx { customer: string; day: number; cents: number }

const today = epochDay(2026, 1, 15);

const transaction: fc.Arbitrary<Tx> = fc.record({
  customer: fc.constantFrom('C1', 'C2', 'C3', 'C10', 'Peña 7', 'cli-99', '00042'),
  day: fc.integer({ min: epochDay(2000, 1, 1), max: epochDay(2025, 12, 31) }),
  cents: fc.integer({ min: -500_000, max: 50_000_000 }),
});

const transactionsAndShuffle = fc
  .array(transaction, { minLength: 1, maxLength: 40 })
  .chain((txs) => fc.tuple(fc.constant(txs), fc.shuffledSubarray(txs, { minLength: txs.length, maxLength: txs.length })));

const pointAmount = (cents: number) => (cents / 100).toFixed(2);
function commaAmount(cents: number): string {
  const [integer, fraction] = pointAmount(Math.abs(cents)).split('.');
  return `${cents < 0 ? '-' : ''}${integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction}`;
}
const iso = (day: number) => epochDayToIso(day);
const dayMonthYear = (day: number) => iso(day).replace(/(\d{4})-(\d{2})-(\d{2})/, '$3/$2/$1');

/** Five ways of writing the same transactions, each with the options a user would have. */
function writings(txs: readonly Tx[], shuffled: readonly Tx[]): [string, string | Uint8Array, ImportOptions][] {
  const lines = (list: readonly Tx[], line: (t: Tx) => string) => list.map(line);
  return [
    ['comma, ISO, decimal point', ['customer,date,amount', ...lines(txs, (t) => `${t.customer},${iso(t.day)},${pointAmount(t.cents)}`)].join('\n'), { today, language: 'en' }],
    ['semicolon, decimal comma, dd/mm/yyyy', ['cliente;fecha;importe', ...lines(txs, (t) => `${t.customer};${dayMonthYear(t.day)};${commaAmount(t.cents)}`)].join('\r\n'), { today, language: 'es' }],
    [
      'tab-separated bytes with a BOM',
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(['CustomerID\tInvoiceDate\tAmount', ...lines(txs, (t) => `${t.customer}\t${iso(t.day)}\t${pointAmount(t.cents)}`)].join('\n') + '\n')]),
      { today, language: 'en' },
    ],
    ['columns in another order', ['importe,id_cliente,fecha', ...lines(txs, (t) => `"${pointAmount(t.cents)}",${t.customer},${iso(t.day)}`)].join('\n'), { today, language: 'en' }],
    ['rows shuffled', ['customer,date,amount', ...lines(shuffled, (t) => `${t.customer},${iso(t.day)},${pointAmount(t.cents)}`)].join('\n'), { today, language: 'en' }],
  ];
}

function table(input: string | Uint8Array, options: ImportOptions): TransactionTable {
  const result = importCsv(input, options);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  expect(result.value.rejects).toEqual([]);
  if (result.value.data.kind !== 'transactions') throw new Error('not transactions');
  return result.value.data.transactions;
}

const rowKeys = (t: TransactionTable) =>
  Array.from({ length: t.length }, (_, i) => `${t.customerIds[t.customer[i]]}|${t.day[i]}|${t.amount[i]}`).sort();

/** Each customer's total, summing amounts in sorted order so the order of rows cannot change a bit. */
function totals(t: TransactionTable): Record<string, number> {
  const amounts = new Map<string, number[]>();
  for (let i = 0; i < t.length; i++) {
    const id = t.customerIds[t.customer[i]];
    amounts.set(id, [...(amounts.get(id) ?? []), t.amount[i]]);
  }
  return Object.fromEntries([...amounts].map(([id, list]) => [id, list.sort((a, b) => a - b).reduce((s, a) => s + a, 0)]));
}

describe('importCsv: the same transactions written in different ways', () => {
  it('give identical rows and per-customer totals', () => {
    fc.assert(
      fc.property(transactionsAndShuffle, ([txs, shuffled]) => {
        const expectedRows = txs.map((t) => `${t.customer}|${t.day}|${t.cents / 100}`).sort();
        for (const [, input, options] of writings(txs, shuffled)) {
          const imported = table(input, options);
          expect(rowKeys(imported)).toEqual(expectedRows);
          expect(totals(imported)).toEqual(totals(table(writings(txs, shuffled)[0][1], { today, language: 'en' })));
        }
      }),
      { numRuns: 60 },
    );
  });
});
