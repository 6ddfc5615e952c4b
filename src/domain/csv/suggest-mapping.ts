import type { ColumnMapping, CustomerField, DatasetKind, TransactionField } from '../dataset';
import { CUSTOMER_HEADERS, TRANSACTION_HEADERS, matchHeader, type HeaderMatch } from './header-words';
import { profileColumn, type ColumnProfile } from './profile-column';
import { contradicts, isPostalCodes } from './value-contradictions';
import { rowsPerValue, weighKind, type KindEvidence } from './kind-evidence';

export interface ColumnSuggestion<F extends string> {
  field: F;
  column: number;
  /** 0–1: 0.95 for a known header whose values fit; under 0.5 for a guess from values alone. */
  confidence: number;
  source: 'header' | 'values';
}

export interface KindMapping<F extends string> {
  mapping: ColumnMapping<F>;
  suggestions: ColumnSuggestion<F>[];
}

export interface MappingSuggestion {
  transactions: KindMapping<TransactionField>;
  customers: KindMapping<CustomerField>;
  kind: DatasetKind;
  kindConfidence: number;
  /** The signs the kind was decided on, from the sample (the import weighs them again on the whole file). */
  evidence: KindEvidence;
}

/** What the values of a field must mostly look like; a header whose values don't loses confidence. */
const VALUE_CHECKS: Partial<Record<TransactionField | CustomerField, (p: ColumnProfile) => number>> = {
  date: (p) => p.date,
  amount: (p) => p.number,
  quantity: (p) => p.number,
  unitPrice: (p) => p.number,
  orders: (p) => p.number,
  cost: (p) => p.number,
  margin: (p) => p.number,
  email: (p) => p.email,
  birthDate: (p) => p.date,
  churnDate: (p) => p.date,
  age: (p) => p.number,
};

/**
 * Suggests what each column means, for a transactions file and for a customers file at once,
 * from the header (Spanish or English, accents, case, `_` and spaces ignored) and from the
 * values of a sample (an `@` means email, dates, money, phone numbers, postal codes); then
 * which kind of file it is. Each field goes to one column at most, the most confident first.
 */
export function suggestMapping(header: readonly string[] | null, rows: readonly string[][]): MappingSuggestion {
  const width = Math.max(header?.length ?? 0, ...rows.map((row) => row.length), 0);
  const profiles = Array.from({ length: width }, (_, column) => profileColumn(rows.map((row) => row[column] ?? '')));
  const transactionHeaders: (HeaderMatch<TransactionField> | null)[] = [];
  const customerHeaders: (HeaderMatch<CustomerField> | null)[] = [];
  for (let column = 0; column < width; column++) {
    let t = header ? matchHeader(header[column] ?? '', TRANSACTION_HEADERS) : null;
    let c = header ? matchHeader(header[column] ?? '', CUSTOMER_HEADERS) : null;
    // A header that is exactly a customer word is not a partial transaction word, and back.
    if (c?.exact && t && !t.exact) t = null;
    if (t?.exact && c && !c.exact) c = null;
    transactionHeaders.push(t);
    customerHeaders.push(c);
  }
  const names = (column: number) => header?.[column] ?? '';
  // A column whose header is exactly a customer word (postal code, birth date, phone) is that, not sales data.
  // An id or an email column can only be the customer of a sale.
  const customerColumns = new Map(customerHeaders.flatMap((c, column) => (c?.exact ? [[column, IDENTIFYING.has(c.field)] as const] : [])));
  const fits = <F extends TransactionField | CustomerField>(s: ColumnSuggestion<F>) => !contradicts(s.field, names(s.column), profiles[s.column]);
  const transactions = assign(
    [...fromHeaders(transactionHeaders, profiles), ...transactionGuesses(profiles, customerColumns)].filter(fits),
  );
  if (transactions.mapping.unitPrice !== undefined && transactions.mapping.amount === undefined && transactions.mapping.quantity === undefined) {
    // A price with no quantity is what the line cost: the amount.
    const price = transactions.suggestions.find((s) => s.field === 'unitPrice')!;
    price.field = 'amount';
    transactions.mapping = { ...transactions.mapping, amount: price.column };
    delete transactions.mapping.unitPrice;
  }
  const customers = assign([...fromHeaders(customerHeaders, profiles), ...customerGuesses(profiles)].filter(fits));
  const evidence = weighKind({
    header, transactions: transactions.mapping, customers: customers.mapping,
    rowsPerId: rowsPerValue(rows, transactions.mapping.customerId),
  });
  return { transactions, customers, kind: evidence.kind, kindConfidence: evidence.strong ? 0.9 : 0.5, evidence };
}

function fromHeaders<F extends string>(matches: readonly (HeaderMatch<F> | null)[], profiles: readonly ColumnProfile[]): ColumnSuggestion<F>[] {
  const out: ColumnSuggestion<F>[] = [];
  matches.forEach((match, column) => {
    if (!match) return;
    const check = VALUE_CHECKS[match.field as TransactionField | CustomerField];
    const fit = check && profiles[column].filled > 0 ? check(profiles[column]) : 1;
    out.push({ field: match.field, column, confidence: match.confidence * (fit >= 0.5 ? 1 : 0.5), source: 'header' });
  });
  return out;
}

/** Customer fields that may also be the customer of a sale. */
const IDENTIFYING: ReadonlySet<CustomerField> = new Set(['id', 'email', 'name', 'fullName']);

/** Birth dates are not sales dates: a date column of older years is not guessed as the date of a sale. */
const OLDEST_SALES_YEAR = 1990;

function transactionGuesses(profiles: readonly ColumnProfile[], customerColumns: ReadonlyMap<number, boolean>): ColumnSuggestion<TransactionField>[] {
  const out: ColumnSuggestion<TransactionField>[] = [];
  profiles.forEach((p, column) => {
    const identifying = customerColumns.get(column);
    if (p.filled === 0 || identifying === false) return;
    const guess = (field: TransactionField, confidence: number) => out.push({ field, column, confidence, source: 'values' });
    if (identifying) {
      guess('customerId', p.email >= 0.8 ? 0.35 : 0.3);
      return;
    }
    if (p.date >= 0.8) {
      if (!(p.medianYear < OLDEST_SALES_YEAR)) guess('date', 0.45);
    } else if (p.email >= 0.8) guess('customerId', 0.35);
    else if (p.number >= 0.9 && p.phone < 0.5 && !isPostalCodes(p)) guess('amount', p.decimal >= 0.3 ? 0.4 : 0.3);
    else if (p.number + p.date < 0.5 && p.distinct < 0.9) guess('customerId', 0.3);
    if (column === 0 && p.date < 0.5 && p.decimal < 0.3) guess('customerId', 0.25);
  });
  return out;
}

function customerGuesses(profiles: readonly ColumnProfile[]): ColumnSuggestion<CustomerField>[] {
  const out: ColumnSuggestion<CustomerField>[] = [];
  profiles.forEach((p, column) => {
    if (p.filled === 0) return;
    const guess = (field: CustomerField, confidence: number) => out.push({ field, column, confidence, source: 'values' });
    if (p.email >= 0.8) guess('email', 0.8);
    else if (p.phone >= 0.8) guess('phone', 0.6);
    else if (p.postalCode >= 0.9) guess('postalCode', 0.45);
    else if (p.date >= 0.8) guess(p.medianYear < 2000 ? 'birthDate' : 'registeredAt', 0.35);
    if (column === 0 && p.distinct >= 0.95) guess('id', 0.3);
  });
  return out;
}

/** Greedy one-to-one: the most confident pair first, each field and each column used once. */
function assign<F extends string>(candidates: ColumnSuggestion<F>[]): KindMapping<F> {
  const sorted = [...candidates].sort((a, b) => b.confidence - a.confidence || a.column - b.column);
  const mapping: ColumnMapping<F> = {};
  const suggestions: ColumnSuggestion<F>[] = [];
  const usedColumns = new Set<number>();
  for (const candidate of sorted) {
    if (mapping[candidate.field] !== undefined || usedColumns.has(candidate.column)) continue;
    mapping[candidate.field] = candidate.column;
    usedColumns.add(candidate.column);
    suggestions.push({ ...candidate });
  }
  suggestions.sort((a, b) => a.column - b.column);
  return { mapping, suggestions };
}
