import type { CustomerField, DatasetKind, TransactionField } from '../../domain/dataset';

/** The meanings a column can be given in the mapping table, per kind of file, in reading order. */
export const FIELDS_OF: { transactions: readonly TransactionField[]; customers: readonly CustomerField[] } = {
  transactions: ['customerId', 'date', 'amount', 'quantity', 'unitPrice', 'orderId', 'orders', 'cost', 'margin', 'channel', 'product', 'status'],
  customers: [
    'id', 'name', 'surname', 'fullName', 'email', 'phone', 'address', 'city', 'postalCode', 'province', 'country',
    'birthDate', 'age', 'sex', 'education', 'occupation', 'status', 'churnFlag', 'churnDate', 'churnReason',
    'satisfaction', 'loyalty', 'shareOfWallet', 'categorySpend', 'campaign', 'response', 'origin', 'paymentMethod',
    'optIn', 'registeredAt',
  ],
};

type Mapping = Partial<Record<string, number>>;

/** The mapping with `column` given to `field` (or to nothing), so that no column has two meanings. */
export function remap(mapping: Mapping, column: number, field: string | null): Mapping {
  const next: Mapping = {};
  for (const [name, index] of Object.entries(mapping)) {
    if (index !== column && name !== field) next[name] = index;
  }
  if (field) next[field] = column;
  return next;
}

export function fieldAt(mapping: Mapping, column: number): string | null {
  return Object.entries(mapping).find(([, index]) => index === column)?.[0] ?? null;
}

export type { DatasetKind };
