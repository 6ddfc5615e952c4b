import type { ColumnMapping, CustomerField, DatasetKind, TransactionField } from '../dataset';
import { CUSTOMER_HEADERS, TRANSACTION_HEADERS, matchHeader } from './header-words';

/** What the kind of a file was decided on, for the review to say why («20 filas por cliente…»). */
export interface KindEvidence {
  kind: DatasetKind;
  /** Rows per distinct customer id: over the whole file once read, over the sample before. */
  rowsPerId: number | null;
  /** Header of the column read as the customer id of a sale. */
  idColumn: string | null;
  /** Whether the file has a date of sale and an amount (or quantity × price). */
  dateAndAmount: boolean;
  /** Headers of the contact and profile columns (email, phone, address, birth date…). */
  contactColumns: string[];
  /** Headers that name a column only a sales file has, and only a customers file has. */
  headerWords: { transactions: number; customers: number };
  /** False when the signs disagree or are few: the review asks before the data are used. */
  strong: boolean;
}

/** Ways to reach a person and facts about them: what a list of people has and a sales export rarely does. */
const CONTACT_FIELDS: readonly CustomerField[] = ['email', 'phone', 'address', 'postalCode', 'birthDate', 'age', 'sex'];
/** Above this score either way the kind is clear; the score adds the signs below, ±2 at most each. */
const STRONG_SCORE = 3;

export interface KindSigns {
  header: readonly string[] | null;
  transactions: ColumnMapping<TransactionField>;
  customers: ColumnMapping<CustomerField>;
  rowsPerId: number | null;
}

/**
 * Sales or customers, from every sign together: ids that repeat (many rows per customer is
 * sales, one is a list), a date and an amount, contact columns, and header words in Spanish or
 * English. A sales file needs a customer, a date and an amount; without them it is a list.
 */
export function weighKind(signs: KindSigns): KindEvidence {
  const { header, transactions: t, customers: c, rowsPerId } = signs;
  const name = (column: number | undefined) => (column === undefined ? null : (header?.[column] ?? columnName(column)));
  const dateAndAmount = t.date !== undefined && (t.amount !== undefined || (t.quantity !== undefined && t.unitPrice !== undefined));
  const contactColumns = CONTACT_FIELDS.flatMap((field) => (c[field] === undefined ? [] : [name(c[field])!]));
  const headerWords = countHeaderWords(header ?? []);

  let score = dateAndAmount ? 2 : -2;
  if (rowsPerId !== null && t.customerId !== undefined) {
    if (rowsPerId >= 1.5) score += 2;
    else if (rowsPerId >= 1.1) score += 1;
    else if (rowsPerId < 1.02) score -= 2;
  }
  if (contactColumns.length >= 3) score -= 1;
  score += Math.max(-2, Math.min(2, headerWords.transactions - headerWords.customers));

  const canBeSales = dateAndAmount && t.customerId !== undefined;
  const kind: DatasetKind = score > 0 && canBeSales ? 'transactions' : 'customers';
  const repeats = rowsPerId !== null && rowsPerId >= 1.5;
  const strong = kind === 'transactions' ? score >= STRONG_SCORE : score <= -STRONG_SCORE || (!dateAndAmount && !repeats);
  return { kind, rowsPerId, idColumn: name(t.customerId), dateAndAmount, contactColumns, headerWords, strong };
}

/** Rows per distinct non-empty value of one column. */
export function rowsPerValue(rows: readonly (readonly string[])[], column: number | undefined): number | null {
  if (column === undefined) return null;
  const seen = new Set<string>();
  let filled = 0;
  for (const row of rows) {
    const value = (row[column] ?? '').trim();
    if (!value) continue;
    filled++;
    seen.add(value);
  }
  return seen.size === 0 ? null : filled / seen.size;
}

function countHeaderWords(header: readonly string[]): { transactions: number; customers: number } {
  const words = { transactions: 0, customers: 0 };
  for (const cell of header) {
    const sales = matchHeader(cell, TRANSACTION_HEADERS)?.exact === true;
    const list = matchHeader(cell, CUSTOMER_HEADERS)?.exact === true;
    if (sales && !list) words.transactions++;
    else if (list && !sales) words.customers++;
  }
  return words;
}

function columnName(column: number): string {
  return String.fromCharCode(65 + (column % 26));
}
