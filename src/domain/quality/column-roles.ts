import type { CustomerField, CustomerTable } from '../dataset';
import { COUNTRY_RULES } from './countries';
import { rowCountry, fieldsByColumn } from './customer-cells';
import { detectDateOrder, parseDateCell, type DateOrder } from './date-cell';
import { isValidEmail } from './email';
import { isNumberCell } from './number-cell';
import { isValidPhone } from './phone';
import { isValidPostalCode } from './postal-code';

/** What a column's values are checked against. `text` columns are valid whenever filled. */
export type ColumnRole = 'email' | 'phone' | 'postalCode' | 'date' | 'number' | 'text';

const FIELD_ROLES: Partial<Record<CustomerField, ColumnRole>> = {
  email: 'email',
  phone: 'phone',
  postalCode: 'postalCode',
  birthDate: 'date',
  churnDate: 'date',
  registeredAt: 'date',
  age: 'number',
  satisfaction: 'number',
  shareOfWallet: 'number',
  categorySpend: 'number',
};

export function roleOfField(field: CustomerField | null): ColumnRole {
  return (field && FIELD_ROLES[field]) || 'text';
}

/** The day/month order of a date column, read from its values; the plan country's habit otherwise. */
export function columnDateOrder(table: CustomerTable, column: number, planCountry: string): DateOrder {
  const fallback = COUNTRY_RULES[planCountry]?.dateOrder ?? 'dmy';
  return detectDateOrder(
    table.rows.map((row) => row[column] ?? ''),
    fallback,
  );
}

/**
 * A check of one filled cell of `column` by the column's role (phones and postal codes by the
 * row's country). Call it only on filled cells: it says nothing about emptiness.
 */
export function columnValidator(table: CustomerTable, column: number, planCountry: string): (cell: string, row: number) => boolean {
  const role = roleOfField(fieldsByColumn(table)[column] ?? null);
  switch (role) {
    case 'email':
      return (cell) => isValidEmail(cell);
    case 'phone':
      return (cell, row) => isValidPhone(cell, rowCountry(table, row, planCountry));
    case 'postalCode':
      return (cell, row) => isValidPostalCode(cell, rowCountry(table, row, planCountry));
    case 'date': {
      const order = columnDateOrder(table, column, planCountry);
      return (cell) => parseDateCell(cell, order) !== null;
    }
    case 'number':
      return (cell) => isNumberCell(cell);
    case 'text':
      return () => true;
  }
}
