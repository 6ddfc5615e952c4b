import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/domain/csv/import-csv';
import { isoToEpochDay } from '../../../src/domain/dates';
import { diagnose } from '../../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../../src/domain/metrics/params';

// A file already reduced to one row per customer and day (README, "Beyond a tab"): the orders
// column is a count, not an order id.
const TODAY = isoToEpochDay('2026-06-01')!;
const T = isoToEpochDay('2025-12-31')!;

function read(text: string) {
  const result = importCsv(text, { today: TODAY, language: 'es' });
  if (!result.ok || result.value.data.kind !== 'transactions') throw new Error(`not read as transactions: ${JSON.stringify(result)}`);
  return { ...result.value, table: result.value.data.transactions };
}

const figures = (text: string) => diagnose({ transactions: read(text).table, customers: null }, { ...DEFAULT_PARAMS, analysisDate: T });

describe('an orders column', () => {
  it.each([
    ['orders', 'customer,date,orders,amount'],
    ['pedidos', 'cliente;fecha;pedidos;importe'],
    ['Nº de pedidos', 'cliente;fecha;Nº de pedidos;importe'],
    ['order_count', 'customer_id,order_date,order_count,total'],
    ['num_invoices', 'CustomerID,InvoiceDate,num_invoices,Amount'],
  ])('a header "%s" is a count of orders, not an order id', (_, header) => {
    const delimiter = header.includes(';') ? ';' : ',';
    const { detected } = read(`${header}\nA${delimiter}2025-03-01${delimiter}2${delimiter}30\nB${delimiter}2025-03-02${delimiter}1${delimiter}10\n`);
    expect(detected.mapping.transactions.mapping).toMatchObject({ orders: 2, amount: 3 });
    expect(detected.mapping.transactions.mapping.orderId).toBeUndefined();
  });

  it('counts the orders each row stands for, in frequency, RFM and the periods', () => {
    const text = [
      'customer,date,orders,amount',
      'OLD,2024-06-01,1,10', // previous period
      'A,2025-03-01,3,90',
      'A,2025-03-01,0,-20', // a return the same day, in its own row
      'A,2025-05-01,1,15',
      'B,2025-04-01,1,40',
      'B,2024-11-01,2,50', // previous period
    ].join('\n');
    const { figures: f, customers } = figures(text);
    expect(f.orders).toBe(5);
    expect(f.orders_prev).toBe(3);
    expect(f.active_customers).toBe(2);
    expect(f.revenue).toBe(125);
    expect(f.purchase_frequency).toBe(2.5);
    expect(f.average_order_value).toBe(25);
    expect(customers.find((c) => c.id === 'A')).toMatchObject({ orders: 4, currentOrders: 4, revenue: 85 });
    expect(customers.find((c) => c.id === 'B')).toMatchObject({ orders: 3, currentOrders: 1 });
  });

  it('reads a day of returns only (0 orders, negative) as no purchase', () => {
    const text = ['customer,date,orders,amount', 'A,2025-03-01,1,50', 'R,2025-03-02,0,-30'].join('\n');
    const { figures: f } = figures(text);
    expect(f.customers_total).toBe(2);
    expect(f.customers_no_purchase).toBe(1);
    expect(f.active_customers).toBe(1);
    expect(f.orders).toBe(1);
    expect(f.revenue).toBe(20);
  });

  it('keeps a purchase day that starts no new order (an order begun the day before) as a purchase', () => {
    const text = ['customer,date,orders,amount', 'A,2025-03-01,1,50', 'A,2025-03-02,0,5', 'A,2025-03-03,0,0'].join('\n');
    const { customers } = figures(text);
    expect(customers[0]).toMatchObject({ orders: 1, lastDay: isoToEpochDay('2025-03-03') });
  });

  it.each([
    ['1.5', 'bad-orders'],
    ['-1', 'bad-orders'],
    ['', 'bad-orders'],
    ['dos', 'bad-orders'],
  ])('rejects an orders cell "%s" with its line and column', (value, code) => {
    const { rejects, counts } = read(['customer,date,orders,amount', 'A,2025-03-01,1,10', `B,2025-03-02,${value},20`].join('\n'));
    expect(counts.used).toBe(1);
    expect(rejects).toEqual([expect.objectContaining({ row: 3, code, column: 'orders', value })]);
  });

  it('rejects orders on a negative row: a net day would hide the purchase', () => {
    const { rejects } = read(['customer,date,orders,amount', 'A,2025-03-01,1,10', 'A,2025-03-02,2,-50'].join('\n'));
    expect(rejects).toEqual([expect.objectContaining({ row: 3, code: 'orders-sign', column: 'orders', value: '2' })]);
  });

  it('leaves a file without an orders column as before: one order per customer and day', () => {
    const { figures: f } = figures(['customer,date,amount', 'A,2025-03-01,10', 'A,2025-03-01,5', 'A,2025-03-02,5'].join('\n'));
    expect(f.orders).toBe(2);
  });
});
