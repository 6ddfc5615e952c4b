import { describe, it, expect } from 'vitest';
import { buildTransactions, type TransactionBuildOptions } from '../../../src/domain/csv/build-transactions';
import { epochDay } from '../../../src/domain/dates';

const today = epochDay(2026, 1, 15);
const base = { decimal: '.', dateOrder: 'ymd', today } as const;

function options(header: string[], extra: Partial<TransactionBuildOptions> = {}): TransactionBuildOptions {
  const mapping: TransactionBuildOptions['mapping'] = {};
  const fields = ['customerId', 'date', 'amount', 'quantity', 'unitPrice', 'orderId', 'cost', 'margin', 'channel', 'status'] as const;
  header.forEach((name, column) => {
    if ((fields as readonly string[]).includes(name)) mapping[name as (typeof fields)[number]] = column;
  });
  return { header, mapping, ...base, ...extra };
}

describe('buildTransactions', () => {
  it('fills the table in columns, customers numbered in order of appearance, ids trimmed', () => {
    const { table, rejects } = buildTransactions(
      [[' C1 ', '2024-03-10', '100'], ['C2', '2024-06-15', '200.5'], ['C1', '2025-02-01', '-20']],
      options(['customerId', 'date', 'amount']),
    );
    expect(rejects).toEqual([]);
    expect(table.length).toBe(3);
    expect(table.customerIds).toEqual(['C1', 'C2']);
    expect(Array.from(table.customer)).toEqual([0, 1, 0]);
    expect(Array.from(table.day)).toEqual([epochDay(2024, 3, 10), epochDay(2024, 6, 15), epochDay(2025, 2, 1)]);
    expect(Array.from(table.amount)).toEqual([100, 200.5, -20]);
    expect(Array.from(table.order)).toEqual([-1, -1, -1]);
    expect(table.margin).toBeNull();
    expect(table.channel).toBeNull();
  });

  it('takes quantity × unit price where there is no amount, or its cell is empty', () => {
    const withoutAmount = buildTransactions([['C1', '2024-01-01', '3', '2.5']], options(['customerId', 'date', 'quantity', 'unitPrice']));
    expect(Array.from(withoutAmount.table.amount)).toEqual([7.5]);
    const both = buildTransactions(
      [['C1', '2024-01-01', '10', '3', '2.5'], ['C1', '2024-01-01', '', '4', '2']],
      options(['customerId', 'date', 'amount', 'quantity', 'unitPrice']),
    );
    expect(Array.from(both.table.amount)).toEqual([10, 8]);
  });

  it('nets out cancellations: C invoices and cancelled statuses count negative, negatives stay', () => {
    const { table } = buildTransactions(
      [
        ['C1', '2024-01-01', '10', '536365', 'completed'],
        ['C1', '2024-01-02', '10', 'C536379', ''],
        ['C1', '2024-01-03', '-10', 'C536380', ''],
        ['C1', '2024-01-04', '10', '536381', 'Devuelto'],
        ['C1', '2024-01-05', '-4', '536382', ''],
        ['C1', '2024-01-06', '10', '536365', 'anulada'],
      ],
      options(['customerId', 'date', 'amount', 'orderId', 'status'], { cancellationPrefix: true }),
    );
    expect(Array.from(table.amount)).toEqual([10, -10, -10, -10, -4, -10]);
    expect(Array.from(table.order)).toEqual([0, 1, 2, 3, 4, 0]);
  });

  it('leaves C invoices alone when the file does not use that convention', () => {
    const { table } = buildTransactions([['C1', '2024-01-01', '10', 'C1']], options(['customerId', 'date', 'amount', 'orderId']));
    expect(Array.from(table.amount)).toEqual([10]);
  });

  it('numbers channels and leaves -1 where a row has none', () => {
    const { table } = buildTransactions(
      [['C1', '2024-01-01', '1', 'web'], ['C1', '2024-01-01', '1', ''], ['C2', '2024-01-01', '1', 'tienda'], ['C2', '2024-01-01', '1', ' web ']],
      options(['customerId', 'date', 'amount', 'channel']),
    );
    expect(table.channels).toEqual(['web', 'tienda']);
    expect(Array.from(table.channel!)).toEqual([0, -1, 1, 0]);
  });

  it.each([
    ['line cost', ['customerId', 'date', 'amount', 'cost'], ['C1', '2024-01-01', '100', '60'], {}, 40],
    ['unit cost × quantity', ['customerId', 'date', 'quantity', 'unitPrice', 'cost'], ['C1', '2024-01-01', '4', '25', '15'], { unitCost: true }, 40],
    ['margin money', ['customerId', 'date', 'amount', 'margin'], ['C1', '2024-01-01', '100', '35'], {}, 35],
    ['margin percent', ['customerId', 'date', 'amount', 'margin'], ['C1', '2024-01-01', '200', '30'], { marginKind: 'percent' }, 60],
    ['margin fraction', ['customerId', 'date', 'amount', 'margin'], ['C1', '2024-01-01', '200', '0.3'], { marginKind: 'fraction' }, 60],
    ['cost of a cancelled line', ['customerId', 'date', 'amount', 'cost', 'status'], ['C1', '2024-01-01', '100', '60', 'refunded'], {}, -40],
    ['cost of a return', ['customerId', 'date', 'amount', 'cost'], ['C1', '2024-01-01', '-100', '60'], {}, -40],
    ['unit cost of a negative quantity', ['customerId', 'date', 'quantity', 'unitPrice', 'cost'], ['C1', '2024-01-01', '-2', '25', '15'], { unitCost: true }, -20],
    ['margin of a return', ['customerId', 'date', 'amount', 'margin'], ['C1', '2024-01-01', '-100', '35'], {}, -35],
    ['a loss-making sale', ['customerId', 'date', 'amount', 'margin'], ['C1', '2024-01-01', '100', '-5'], {}, -5],
  ] as const)('margin from %s', (_name, header, row, extra, margin) => {
    const { table } = buildTransactions([[...row]], options([...header], extra));
    expect(table.margin![0]).toBe(margin);
  });

  it('gives NaN margin to a row whose cost cell is empty or unreadable, and keeps the row', () => {
    const { table, rejects } = buildTransactions(
      [['C1', '2024-01-01', '100', ''], ['C1', '2024-01-01', '100', 'n/a']],
      options(['customerId', 'date', 'amount', 'cost']),
    );
    expect(rejects).toEqual([]);
    expect(Array.from(table.margin!)).toEqual([NaN, NaN]);
  });

  it.each([
    ['no customer', ['  ', '2024-01-01', '1'], 'missing-customer', 'customerId', '  '],
    ['no date', ['C1', '', '1'], 'missing-date', 'date', ''],
    ['an unreadable date', ['C1', '2024-02-30', '1'], 'bad-date', 'date', '2024-02-30'],
    ['a date before 1900', ['C1', '1899-12-31', '1'], 'absurd-date', 'date', '1899-12-31'],
    ['a date over a year ahead', ['C1', '2027-01-16', '1'], 'absurd-date', 'date', '2027-01-16'],
    ['no amount', ['C1', '2024-01-01', ''], 'missing-amount', 'amount', ''],
    ['an unreadable amount', ['C1', '2024-01-01', '12 euros'], 'bad-amount', 'amount', '12 euros'],
  ] as const)('rejects a row with %s', (_name, row, code, column, value) => {
    const { table, rejects } = buildTransactions([['C9', '2024-01-01', '5'], [...row]], options(['customerId', 'date', 'amount']), [7, 9]);
    expect(table.length).toBe(1);
    expect(rejects).toEqual([{ row: 9, code, column, value, cells: [...row] }]);
  });

  it.each([
    [['C1', '2024-01-01', '', '2'], 'missing-amount', 'quantity'],
    [['C1', '2024-01-01', '3', ''], 'missing-amount', 'unitPrice'],
    [['C1', '2024-01-01', 'x', '2'], 'bad-amount', 'quantity'],
    [['C1', '2024-01-01', '3', 'x'], 'bad-amount', 'unitPrice'],
  ])('rejects %j: %s in %s', (row, code, column) => {
    const { rejects } = buildTransactions([row], options(['customerId', 'date', 'quantity', 'unitPrice']));
    expect(rejects[0]).toMatchObject({ row: 2, code, column });
  });

  it('accepts a date exactly a year after today', () => {
    const { table } = buildTransactions([['C1', '2027-01-15', '1']], options(['customerId', 'date', 'amount']));
    expect(table.length).toBe(1);
  });

  it('grows past the expected size', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [`C${i % 7}`, '2024-01-01', String(i)]);
    const { table } = buildTransactions(rows, options(['customerId', 'date', 'amount'], { expectedRows: 1 }));
    expect(table.length).toBe(100);
    expect(table.amount.length).toBe(100);
    expect(table.amount.reduce((a, b) => a + b, 0)).toBe((99 * 100) / 2);
  });

  it('reads decimal commas and dd/mm dates with the formats given', () => {
    const { table } = buildTransactions(
      [['C1', '13/02/2024', '1.234,56'], ['C1', '01/02/2024', '(12,50)']],
      options(['customerId', 'date', 'amount'], { decimal: ',', dateOrder: 'dmy' }),
    );
    expect(Array.from(table.amount)).toEqual([1234.56, -12.5]);
    expect(Array.from(table.day)).toEqual([epochDay(2024, 2, 13), epochDay(2024, 2, 1)]);
  });
});
