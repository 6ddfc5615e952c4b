import type { ColumnMapping, CustomerField, CustomerTable, TransactionTable } from '../../../src/domain/dataset';
import { isoToEpochDay } from '../../../src/domain/dates';

/** [customer, ISO date, amount, order id?, margin?] */
export type Row = readonly [customer: string, isoDate: string, amount: number, orderId?: string | null, margin?: number];

/** A TransactionTable as CSV import would build it: ids and order ids numbered in order of appearance. */
export function transactionTable(rows: readonly Row[]): TransactionTable {
  const customerIds: string[] = [];
  const customerIndex = new Map<string, number>();
  const orderIndex = new Map<string, number>();
  const n = rows.length;
  const table: TransactionTable = {
    length: n,
    customerIds,
    customer: new Uint32Array(n),
    day: new Int32Array(n),
    amount: new Float64Array(n),
    order: new Int32Array(n),
    margin: rows.some((r) => r[4] !== undefined) ? new Float64Array(n) : null,
    channel: null,
    channels: [],
  };
  rows.forEach(([customer, iso, amount, orderId, margin], i) => {
    const id = customer.trim();
    if (!customerIndex.has(id)) {
      customerIndex.set(id, customerIds.length);
      customerIds.push(id);
    }
    const day = isoToEpochDay(iso);
    if (day === null) throw new Error(`bad test date ${iso}`);
    table.customer[i] = customerIndex.get(id)!;
    table.day[i] = day;
    table.amount[i] = amount;
    if (orderId == null) table.order[i] = -1;
    else {
      if (!orderIndex.has(orderId)) orderIndex.set(orderId, orderIndex.size);
      table.order[i] = orderIndex.get(orderId)!;
    }
    if (table.margin) table.margin[i] = margin ?? 0;
  });
  return table;
}

/** A CustomerTable whose header names are CustomerField names (mapped to their columns). */
export function customerTable(header: readonly CustomerField[], rows: readonly (readonly string[])[]): CustomerTable {
  const mapping: ColumnMapping<CustomerField> = {};
  header.forEach((field, col) => (mapping[field] = col));
  return {
    header: [...header],
    rows: rows.map((r) => [...r]),
    rowNumbers: rows.map((_, i) => i + 2),
    mapping,
  };
}

export const day = (iso: string): number => {
  const d = isoToEpochDay(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
};
