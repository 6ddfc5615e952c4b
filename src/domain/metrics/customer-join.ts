import type { CustomerTable, TransactionTable } from '../dataset';
import { customerKey } from './text-normalise';

/**
 * The customers of both tables joined by key (id trimmed, case-insensitive), in one canonical
 * order — sorted by key — so that results do not depend on the order of the rows in the files.
 */
export interface CustomerJoin {
  size: number;
  /** Display id of each customer: the smallest spelling met in the files. */
  ids: string[];
  /** Unified customer number of each customer number of the transaction table. */
  fromTransactions: Uint32Array;
  /** First row of the customers file for each customer, or -1. */
  fileRow: Int32Array;
  /** Rows of the customers file with no id, email or name to join on. */
  fileRowsWithoutKey: number;
}

/** The id of a customers-file row, trimmed: id, else email, else full name, else name and surname. */
export function customerFileId(row: readonly string[], table: CustomerTable): string {
  const cell = (field: 'id' | 'email' | 'fullName' | 'name' | 'surname') => {
    const col = table.mapping[field];
    return col === undefined ? '' : (row[col] ?? '').trim();
  };
  return cell('id') || cell('email') || cell('fullName') || `${cell('name')} ${cell('surname')}`.trim();
}

export function joinCustomers(transactions: TransactionTable | null, customers: CustomerTable | null): CustomerJoin {
  const spelling = new Map<string, string>();
  const meet = (raw: string, key: string) => {
    const trimmed = raw.trim();
    const seen = spelling.get(key);
    if (seen === undefined || trimmed < seen) spelling.set(key, trimmed);
  };
  const txKeys = transactions ? transactions.customerIds.map((id) => customerKey(id)) : [];
  txKeys.forEach((key, i) => meet(transactions!.customerIds[i], key));
  const fileIds = customers ? customers.rows.map((row) => customerFileId(row, customers)) : [];
  const fileKeys = fileIds.map((id) => customerKey(id));
  fileKeys.forEach((key, i) => key && meet(fileIds[i], key));

  const keys = [...spelling.keys()].sort();
  const index = new Map<string, number>();
  keys.forEach((key, i) => index.set(key, i));

  const fromTransactions = new Uint32Array(txKeys.length);
  txKeys.forEach((key, i) => (fromTransactions[i] = index.get(key)!));
  const fileRow = new Int32Array(keys.length).fill(-1);
  let fileRowsWithoutKey = 0;
  fileKeys.forEach((key, row) => {
    if (!key) fileRowsWithoutKey++;
    else if (fileRow[index.get(key)!] < 0) fileRow[index.get(key)!] = row;
  });
  return { size: keys.length, ids: keys.map((key) => spelling.get(key)!), fromTransactions, fileRow, fileRowsWithoutKey };
}
