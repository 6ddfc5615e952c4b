import type {
  ColumnMapping, CustomerField, CustomerTable, RejectedRow, TransactionField, TransactionTable,
} from '../dataset';
import type { Result } from '../result';
import type {
  ImportCounts, ImportData, ImportDetected, ImportError, ImportOptions, ImportQuestion, ImportResult, ImportView, ImportWarning,
} from './import-types';
import { createCustomerBuilder } from './build-customers';
import { createTransactionBuilder, type TransactionBuilder } from './build-transactions';
import type { ByteRowPlan, ByteRowSink } from './byte-rows';
import { detectDateOrder, plausibleDays, twoDigitYearPivot, type DateOrder } from './date-format';
import type { EpochDay } from '../dates';
import type { TextEncodingName } from './decode-bytes';
import type { MisreadLines } from './mixed-encoding';
import { detectDecimalSeparator, makeNumberParser, type DecimalSeparator } from './number-format';
import { rowsPerValue, weighKind, type KindEvidence } from './kind-evidence';
import { sniff, type Delimiter, type Newline } from './sniff';
import { suggestMapping } from './suggest-mapping';
import {
  detectCancellationPrefix, detectMarginKind, isUnitCostHeader, type MarginKind,
} from './transaction-conventions';

const PREVIEW_ROWS = 20;
const SUGGEST_ROWS = 1000;
const TRANSACTION_NUMBERS: readonly TransactionField[] = ['amount', 'quantity', 'unitPrice', 'cost', 'margin'];
const CUSTOMER_NUMBERS: readonly CustomerField[] = ['age', 'satisfaction', 'loyalty', 'shareOfWallet', 'categorySpend'];
const CUSTOMER_DATES: readonly CustomerField[] = ['birthDate', 'churnDate', 'registeredAt'];

/** How the text was decoded, where it came from bytes. */
export interface TextFacts {
  encoding: TextEncodingName | null;
  bom: boolean;
  misread: MisreadLines | null;
}

/** What the whole text is known by before its rows are read: its start, its length and rows from further on. */
export interface TextOutline {
  /** The start of the text (all of it when short): what the detectors read. */
  head: string;
  /** Characters (or, from a file read in parts, bytes) of the whole text, to size the tables once. */
  length: number;
  /** Rows of the expected width from slices spread over the rest of the text (see `spreadSample`). */
  spread: (delimiter: Delimiter, newline: Newline, width: number) => string[][];
}

/**
 * One import under way: detection done, rows added one by one as they are parsed (from one
 * string or from a file read in parts), then the result. The same steps whatever feeds the rows,
 * so a file read in parts gives the same tables, rejects and counts as its whole text.
 */
export interface ImportRun {
  readonly delimiter: Delimiter;
  readonly newline: Newline;
  readonly view: ImportView;
  /** Rows parsed so far (data rows and blank lines, not the header). */
  readonly counts: ImportCounts;
  /** Every row of the text in order, with the 1-based line it starts on. */
  row(cells: string[], line: number): void;
  /**
   * After the last row: the kind the whole file turns out to be, when it is not the kind read
   * (the caller reads the file again as that one, or keeps this result if that fails).
   */
  end(endsWithNewline: boolean): KindEvidence | null;
  /** The result, once `end` was called; `misread` replaces what was known of the lines in another encoding. */
  result(misread?: MisreadLines | null): Result<ImportResult, ImportError>;
  /**
   * How the rows from `line` on can be read straight from the bytes (`createByteRowReader`),
   * or null when this file's rows need the text path: not sales, another encoding or line
   * break, or the header or first line not yet passed.
   */
  readsBytes(line: number): { plan: ByteRowPlan; sink: ByteRowSink } | null;
}

/**
 * Detects how the text is written and what it holds (delimiter, header, kind, columns, decimal
 * separator, date order, conventions) and prepares the table builder. Fails with a code (and,
 * once the text is readable, what the user needs to fix it) when it cannot be a table of the kind.
 */
export function beginImport(outline: TextOutline, facts: TextFacts, options: ImportOptions, decided?: KindEvidence): Result<ImportRun, ImportError> {
  const sniffed = sniff(outline.head, { delimiter: options.delimiter, hasHeader: options.hasHeader, firstLine: options.firstLine });
  if (!sniffed.ok) return sniffed;
  const { delimiter, newline, hasHeader, firstLine } = sniffed.value;
  const width = hasHeader ? withoutTrailingBlanks(sniffed.value.rows[0]).length : sniffed.value.fieldCount;
  const header = hasHeader ? sniffed.value.rows[0].slice(0, width).map((name) => name.trim()) : columnLetters(width);
  const body = hasHeader ? sniffed.value.rows.slice(1) : sniffed.value.rows;
  const sample = [...body, ...outline.spread(delimiter, newline, width)];
  const values = (columns: readonly (number | undefined)[]) =>
    columns.flatMap((column) => (column === undefined ? [] : sample.map((row) => row[column] ?? '')));

  const suggestion = suggestMapping(hasHeader ? header : null, body.slice(0, SUGGEST_ROWS));
  const kind = options.kind ?? suggestion.kind;
  const chosenByPerson = options.kind !== undefined && decided === undefined;
  const transactionMapping = options.mapping?.transactions ?? suggestion.transactions.mapping;
  const customerMapping = options.mapping?.customers ?? suggestion.customers.mapping;
  const numberColumns = kind === 'transactions'
    ? TRANSACTION_NUMBERS.map((field) => transactionMapping[field])
    : CUSTOMER_NUMBERS.map((field) => customerMapping[field]);
  const dateColumns = kind === 'transactions' ? [transactionMapping.date] : CUSTOMER_DATES.map((field) => customerMapping[field]);

  const decimalGuess = detectDecimalSeparator(values(numberColumns), delimiter === ';' ? ',' : '.');
  const decimal = options.decimal ?? decimalGuess.decimal;
  const dateFallback = options.language === 'es' ? 'dmy' : 'mdy';
  const dateGuess = detectDateOrder(values(dateColumns), dateFallback) ?? { order: dateFallback, ambiguous: false };
  const dateOrder = options.dateOrder ?? dateGuess.order;

  const conventions = transactionConventions(transactionMapping, header, sample, decimal, options.marginKind);
  const detected: ImportDetected = {
    ...facts, delimiter, newline, hasHeader, firstLine, sheet: options.sheet ?? null,
    decimal, decimalAmbiguous: options.decimal === undefined && decimalGuess.ambiguous,
    dateOrder, dateOrderAmbiguous: options.dateOrder === undefined && dateGuess.ambiguous,
    kind, kindConfidence: chosenByPerson ? 1 : suggestion.kindConfidence,
    evidence: decided ?? suggestion.evidence,
    mapping: {
      ...suggestion,
      transactions: { ...suggestion.transactions, mapping: transactionMapping },
      customers: { ...suggestion.customers, mapping: customerMapping },
    },
    ...conventions,
  };
  const view: ImportView = { detected, header, preview: body.slice(0, PREVIEW_ROWS) };

  const missing = kind === 'transactions' ? missingTransactionField(transactionMapping) : missingCustomerField(customerMapping);
  if (missing) return { ok: false, error: { code: 'missing-required-column', kind, field: missing, view } };

  const expectedRows = Math.ceil((outline.length / Math.max(1, sampleChars(sniffed.value.rows))) * sniffed.value.rows.length * 1.05) + 16;
  const builder = kind === 'transactions'
    ? createTransactionBuilder({ header, mapping: transactionMapping, decimal, dateOrder, today: options.today, expectedRows, ...conventionOptions(conventions) })
    : createCustomerBuilder({ header, mapping: customerMapping });

  const shapeRejects: RejectedRow[] = [];
  const counts: ImportCounts = { rows: 0, used: 0, rejected: 0, blankLines: 0 };
  let headerSeen = !hasHeader;
  const row = (cells: string[], line: number) => {
    if (line < firstLine) return;
    if (cells.length === 1 && cells[0].trim() === '') {
      counts.blankLines++;
      return;
    }
    if (!headerSeen) {
      headerSeen = true;
      return;
    }
    counts.rows++;
    const shape = rowShape(cells, width);
    if (shape !== 'ok') {
      shapeRejects.push({ row: line, code: shape, cells: [...cells] });
      return;
    }
    if (cells.length > width) cells.length = width;
    if (builder.add(cells, line)) counts.used++;
  };

  let built: ReturnType<typeof builder.finish> | null = null;
  let rejects: RejectedRow[] = [];
  let evidence: KindEvidence | null = null;
  const end = (endsWithNewline: boolean): KindEvidence | null => {
    // The break that ends the last line opens no blank line.
    if (counts.blankLines > 0 && endsWithNewline) counts.blankLines--;
    built = builder.finish();
    rejects = mergeByRow(shapeRejects, built.rejects);
    counts.rejected = rejects.length;
    const rowsPerId = kind === 'transactions'
      ? perCustomer(built.table as TransactionTable)
      : rowsPerValue((built.table as CustomerTable).rows, transactionMapping.customerId);
    evidence = decided ?? weighKind({ header: hasHeader ? header : null, transactions: transactionMapping, customers: customerMapping, rowsPerId });
    return !chosenByPerson && decided === undefined && evidence.kind !== kind ? evidence : null;
  };

  const result = (misread?: MisreadLines | null): Result<ImportResult, ImportError> => {
    if (!built || !evidence) throw new Error('result() before end()');
    if (misread !== undefined) detected.misread = misread;
    detected.evidence = evidence;
    if (!chosenByPerson) detected.kindConfidence = evidence.strong ? 0.9 : 0.5;
    if (counts.used === 0) return { ok: false, error: { code: 'no-usable-rows', view, rejects, counts } };

    const data: ImportData = kind === 'transactions'
      ? { kind, transactions: (built.table as TransactionTable) }
      : { kind, customers: (built.table as CustomerTable) };
    const warnings: ImportWarning[] = [];
    const names = (columns: readonly (number | undefined)[]) => columns.filter((c) => c !== undefined).map((c) => header[c]);
    if (detected.dateOrderAmbiguous && options.language !== 'es') warnings.push({ code: 'ambiguous-date-order', columns: names(dateColumns) });
    if (detected.decimalAmbiguous && values(numberColumns).some((v) => /\d[.,]\d/.test(v))) {
      warnings.push({ code: 'ambiguous-decimal', columns: names(numberColumns) });
    }
    const question: ImportQuestion | null = counts.used * 2 < counts.rows
      ? { code: 'few-usable-rows', used: counts.used, rows: counts.rows }
      : !chosenByPerson && !evidence.strong ? { code: 'weak-kind' } : null;
    return { ok: true, value: { ...view, data, rejects, counts, warnings, question } };
  };

  const readsBytes = (line: number) => {
    if (kind !== 'transactions' || !headerSeen || line < firstLine || newline === '\r') return null;
    if (facts.encoding !== 'utf-8' && facts.encoding !== 'windows-1252') return null;
    const plan = byteRowPlan(transactionMapping, { delimiter, newline, width, decimal, dateOrder, today: options.today, ...conventions });
    if (!plan) return null;
    const transactions = builder as TransactionBuilder;
    const sink: ByteRowSink = {
      ...transactions.keys,
      add(customer, day, amount, order, channel, margin, orders) {
        counts.rows++;
        counts.used++;
        transactions.addParsed(customer, day, amount, order, channel, margin, orders);
      },
      margin: transactions.marginFrom,
      row,
    };
    return { plan, sink };
  };

  return { ok: true, value: { delimiter, newline, view, counts, row, end, result, readsBytes } };
}

/** The byte reader's plan for sales read by the columns it knows, or null. */
function byteRowPlan(
  mapping: ColumnMapping<TransactionField>,
  file: { delimiter: Delimiter; newline: Newline; width: number; decimal: DecimalSeparator; dateOrder: DateOrder; today: EpochDay; cancellationPrefix: boolean },
): ByteRowPlan | null {
  const { amount, quantity, unitPrice } = mapping;
  if (amount === undefined && (quantity === undefined || unitPrice === undefined)) return null;
  const column = (c: number | undefined) => c ?? -1;
  return {
    delimiter: file.delimiter.charCodeAt(0),
    crlf: file.newline === '\r\n',
    width: file.width,
    columns: {
      customer: column(mapping.customerId), date: column(mapping.date), amount: column(amount),
      quantity: column(quantity), price: column(unitPrice), order: column(mapping.orderId), channel: column(mapping.channel),
      cost: column(mapping.cost), margin: column(mapping.margin), status: column(mapping.status), orders: column(mapping.orders),
    },
    decimal: file.decimal.charCodeAt(0),
    dateOrder: file.dateOrder,
    pivot: twoDigitYearPivot(file.today),
    ...plausibleDays(file.today),
    cancellationPrefix: file.cancellationPrefix,
  };
}

function perCustomer(table: TransactionTable): number | null {
  return table.customerIds.length === 0 ? null : table.length / table.customerIds.length;
}

function transactionConventions(
  mapping: ColumnMapping<TransactionField>,
  header: readonly string[],
  sample: readonly string[][],
  decimal: DecimalSeparator,
  marginOverride: MarginKind | undefined,
): Pick<ImportDetected, 'marginKind' | 'unitCost' | 'cancellationPrefix'> {
  const column = (field: TransactionField) => {
    const c = mapping[field];
    return c === undefined ? null : sample.map((row) => row[c] ?? '');
  };
  const parse = makeNumberParser(decimal);
  const margins = column('margin');
  let marginKind: MarginKind | null = null;
  if (margins) {
    const amounts = column('amount')?.map(parse) ?? [];
    const quantities = column('quantity')?.map(parse);
    const prices = column('unitPrice')?.map(parse);
    const lineAmounts = sample.map((_, i) => (Number.isFinite(amounts[i]) ? amounts[i] : (quantities?.[i] ?? NaN) * (prices?.[i] ?? NaN)));
    marginKind = marginOverride ?? detectMarginKind(margins, parse, lineAmounts);
  }
  const orders = column('orderId');
  return {
    marginKind,
    unitCost: mapping.cost !== undefined && isUnitCostHeader(header[mapping.cost] ?? ''),
    cancellationPrefix: orders ? detectCancellationPrefix(orders) : false,
  };
}

function conventionOptions(c: Pick<ImportDetected, 'marginKind' | 'unitCost' | 'cancellationPrefix'>) {
  return { marginKind: c.marginKind ?? undefined, unitCost: c.unitCost, cancellationPrefix: c.cancellationPrefix };
}

function missingTransactionField(mapping: ColumnMapping<TransactionField>): TransactionField | null {
  if (mapping.customerId === undefined) return 'customerId';
  if (mapping.date === undefined) return 'date';
  if (mapping.amount === undefined && (mapping.quantity === undefined || mapping.unitPrice === undefined)) return 'amount';
  return null;
}

/** A customers file needs one column that tells customers apart: id, name or email. */
function missingCustomerField(mapping: ColumnMapping<CustomerField>): CustomerField | null {
  const identified = (['id', 'email', 'name', 'surname', 'fullName'] as const).some((field) => mapping[field] !== undefined);
  return identified ? null : 'id';
}

/** A row with fewer fields than the header, or more with something in them, is ragged. */
function rowShape(cells: readonly string[], width: number): 'ok' | 'ragged-row' | 'empty-row' {
  if (cells.length < width) return 'ragged-row';
  for (let k = width; k < cells.length; k++) if (cells[k].trim() !== '') return 'ragged-row';
  for (let k = 0; k < width; k++) if (cells[k].trim() !== '') return 'ok';
  return 'empty-row';
}

function withoutTrailingBlanks(row: readonly string[]): string[] {
  let end = row.length;
  while (end > 1 && row[end - 1].trim() === '') end--;
  return row.slice(0, end);
}

/** Spreadsheet column names: A … Z, AA, AB … */
function columnLetters(width: number): string[] {
  return Array.from({ length: width }, (_, i) => {
    let name = '';
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
  });
}

function sampleChars(rows: readonly string[][]): number {
  let chars = 0;
  for (const row of rows) for (const cell of row) chars += cell.length + 1;
  return chars;
}

function mergeByRow(a: RejectedRow[], b: RejectedRow[]): RejectedRow[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: RejectedRow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].row <= b[j].row) ? a[i++] : b[j++]);
  return out;
}
