import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/domain/csv/import-csv';
import { epochDay } from '../../../src/domain/dates';
import { diagnose } from '../../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../../src/domain/metrics/params';

// A retail export: invoices starting with C are cancellations. R1 only cancelled, R2 only returns
// (negative lines), R3 only a free order of 0, R4 a free order cancelled, the rest real buyers.
const lines = [
  'InvoiceNo,CustomerID,InvoiceDate,Amount',
  'C1001,R1,2025-03-01,25.00',
  '1002,R2,2025-04-01,-12.50',
  '1003,R2,2025-05-01,-3.00',
  '1004,R3,2025-06-01,0',
  'C1005,R4,2025-06-02,0',
  ...Array.from({ length: 30 }, (_, i) => `${2000 + i},B${i % 10},2025-${String(1 + (i % 12)).padStart(2, '0')}-15,${10 + i}.00`),
];

function figuresOf(csv: string) {
  const read = importCsv(csv, { today: epochDay(2026, 1, 1), language: 'en' });
  if (!read.ok) throw new Error(read.error.code);
  expect(read.value.data.kind).toBe('transactions');
  if (read.value.data.kind !== 'transactions') throw new Error('not sales');
  expect(read.value.detected.cancellationPrefix).toBe(true);
  return diagnose({ transactions: read.value.data.transactions, customers: null }, DEFAULT_PARAMS).figures;
}

describe('purchases and returns (METRICS.md, «Purchase»)', () => {
  const f = figuresOf(lines.join('\n'));

  it('a row of 0 is a purchase: the free order makes R3 active and counts as an order', () => {
    expect(f.active_customers).toBe(11);
    expect(f.orders).toBe(31);
  });

  it('customers whose rows are all returns or cancellations stand on their own line', () => {
    expect(f.customers_total).toBe(14);
    expect(f.customers_no_purchase).toBe(3);
  });

  it('the pyramid plus that line adds up to the total', () => {
    const pyramid = (f.pyramid_active ?? 0) + (f.pyramid_inactive ?? 0) + (f.pyramid_potential ?? 0) + (f.pyramid_probable ?? 0);
    expect(pyramid + (f.customers_no_purchase ?? 0)).toBe(f.customers_total);
  });

  it('returns still reduce revenue', () => {
    const buyers = Array.from({ length: 30 }, (_, i) => 10 + i).reduce((a, b) => a + b, 0);
    expect(f.revenue).toBeCloseTo(buyers - 25 - 12.5 - 3, 6);
  });
});
