import type { CustomerTable, TransactionTable } from '../dataset';
import { readCustomerAttributes, type CustomerAttributes } from './customer-attributes';
import { joinCustomers, type CustomerJoin } from './customer-join';
import { groupRows, type GroupedRows } from './group-rows';

/** The work that depends on the data only, not on the parameters: done once per pair of tables. */
export interface PreparedData {
  join: CustomerJoin;
  rows: GroupedRows | null;
  attributes: CustomerAttributes | null;
}

const NONE = {};
const cache = new WeakMap<object, WeakMap<object, PreparedData>>();

/**
 * Joins and regroups the tables, remembering the result for these table objects, so that a
 * change of parameters recomputes the figures without regrouping a million rows. Tables are
 * treated as immutable: a new import is a new object.
 */
export function prepare(transactions: TransactionTable | null, customers: CustomerTable | null): PreparedData {
  const txKey = transactions ?? NONE;
  const custKey = customers ?? NONE;
  let inner = cache.get(txKey);
  const hit = inner?.get(custKey);
  if (hit) return hit;
  const join = joinCustomers(transactions, customers);
  const prepared: PreparedData = {
    join,
    rows: transactions ? groupRows(transactions, join.fromTransactions, join.size) : null,
    attributes: customers ? readCustomerAttributes(customers, join) : null,
  };
  if (!inner) cache.set(txKey, (inner = new WeakMap()));
  inner.set(custKey, prepared);
  return prepared;
}
