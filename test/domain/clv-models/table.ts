import type { TransactionTable } from '../../../src/domain/dataset';

/** A transaction table from [customer id, day, amount] rows, customers numbered as first met. */
export function tableOf(rows: [string, number, number][]): TransactionTable {
  const ids: string[] = [];
  const customer = rows.map(([id]) => {
    const k = ids.indexOf(id);
    return k >= 0 ? k : ids.push(id) - 1;
  });
  return {
    length: rows.length,
    customerIds: ids,
    customer: Uint32Array.from(customer),
    day: Int32Array.from(rows, (r) => r[1]),
    amount: Float64Array.from(rows, (r) => r[2]),
    order: new Int32Array(rows.length).fill(-1),
    margin: null,
    channel: null,
    channels: [],
  };
}
