import type { ColumnMapping, RejectCode, RejectedRow, TransactionField, TransactionTable } from '../dataset';
import type { EpochDay } from '../dates';
import { makeDateParser, plausibleDays, type DateOrder } from './date-format';
import { makeNumberParser, type DecimalSeparator } from './number-format';
import { isCancellationId, isCancelledStatus, marginOf, type MarginKind } from './transaction-conventions';

export interface TransactionBuildOptions {
  header: readonly string[];
  mapping: ColumnMapping<TransactionField>;
  decimal: DecimalSeparator;
  dateOrder: DateOrder;
  /** Dates more than a year after this day (or before 1900) are rejected as absurd. */
  today: EpochDay;
  /** How the margin column is written; default money. */
  marginKind?: MarginKind;
  /** The cost column is per unit: multiply by the quantity. */
  unitCost?: boolean;
  /** Order ids `C` + digits are cancellations (see `detectCancellationPrefix`). */
  cancellationPrefix?: boolean;
  /** Rows expected, to size the arrays once. */
  expectedRows?: number;
}

export interface TransactionBuilder {
  /** Adds one row of cells found on `line`; false when it was rejected. */
  add(cells: readonly string[], line: number): boolean;
  /**
   * Adds a row read elsewhere (see `byte-rows.ts`): numbers from `keys`, a day in range, a finite
   * amount, its margin (from `marginFrom`) and orders count where the file has those columns.
   */
  addParsed(customer: number, day: EpochDay, amount: number, order: number, channel: number, margin: number, orders: number): void;
  marginFrom(number: number, value: number, quantity: number): number;
  /** The number of a customer id, order id or channel name (trimmed), given on first sight. */
  keys: { customerNumber(id: string): number; orderNumber(id: string): number; channelNumber(name: string): number };
  finish(): { table: TransactionTable; rejects: RejectedRow[] };
}

/**
 * Turns rows into a `TransactionTable`, one row at a time. The amount is the amount column, or
 * quantity × unit price where there is none (or its cell is empty). A cancelled line (order
 * id `C…` where the file uses that convention, or a status such as "anulado", "devuelto",
 * "refunded") counts negative; negative amounts are kept. Margin comes from a cost column
 * (amount − cost) or a margin column; an empty or unreadable margin cell gives NaN. A row
 * without customer id, or with a missing, unreadable or absurd date or amount, is rejected
 * with its line, column, code and value. An orders column (a file reduced to one row per customer
 * and day) gives each row's order count, a whole number of 0 or more (0 on a negative row, returns;
 * 0 on a purchase that starts no new order); whether a row is a purchase still follows its sign.
 */
export function createTransactionBuilder(options: TransactionBuildOptions): TransactionBuilder {
  const { header, mapping } = options;
  const parseNumber = makeNumberParser(options.decimal);
  const parseDate = makeDateParser(options.dateOrder, options.today);
  const { first, last } = plausibleDays(options.today);
  const marginKind = options.marginKind ?? 'amount';
  const col = (field: TransactionField) => mapping[field] ?? -1;
  const [customerCol, dateCol, amountCol, quantityCol, priceCol] = [col('customerId'), col('date'), col('amount'), col('quantity'), col('unitPrice')];
  const [orderCol, costCol, marginCol, channelCol, statusCol] = [col('orderId'), col('cost'), col('margin'), col('channel'), col('status')];
  const ordersCol = col('orders');
  const hasProduct = quantityCol >= 0 && priceCol >= 0;
  const hasMargin = costCol >= 0 || marginCol >= 0;
  const cancellationPrefix = options.cancellationPrefix === true;

  let capacity = Math.max(16, options.expectedRows ?? 1024);
  let length = 0;
  let customer = new Uint32Array(capacity);
  let day = new Int32Array(capacity);
  let amount = new Float64Array(capacity);
  let order = new Int32Array(capacity);
  let margin = hasMargin ? new Float64Array(capacity) : null;
  let channel = channelCol >= 0 ? new Int32Array(capacity) : null;
  let ordersInRow = ordersCol >= 0 ? new Uint32Array(capacity) : null;
  const customerIndex = new Map<string, number>();
  const customerIds: string[] = [];
  const orderIndex = new Map<string, number>();
  const channelIndex = new Map<string, number>();
  const channels: string[] = [];
  const rejects: RejectedRow[] = [];

  const grow = () => {
    capacity *= 2;
    const extend = <T extends Uint32Array | Int32Array | Float64Array>(from: T, to: T): T => (to.set(from), to);
    customer = extend(customer, new Uint32Array(capacity));
    day = extend(day, new Int32Array(capacity));
    amount = extend(amount, new Float64Array(capacity));
    order = extend(order, new Int32Array(capacity));
    if (margin) margin = extend(margin, new Float64Array(capacity));
    if (channel) channel = extend(channel, new Int32Array(capacity));
    if (ordersInRow) ordersInRow = extend(ordersInRow, new Uint32Array(capacity));
  };

  const reject = (cells: readonly string[], line: number, code: RejectCode, column: number): false => {
    rejects.push({ row: line, code, column: column >= 0 ? header[column] : undefined, value: column >= 0 ? (cells[column] ?? '') : undefined, cells: [...cells] });
    return false;
  };
  const cell = (cells: readonly string[], column: number): string => (column >= 0 ? (cells[column] ?? '') : '');

  const add = (cells: readonly string[], line: number): boolean => {
    const id = trimmed(cell(cells, customerCol));
    if (id.length === 0) return reject(cells, line, 'missing-customer', customerCol);

    const dateText = cell(cells, dateCol);
    if (isBlank(dateText)) return reject(cells, line, 'missing-date', dateCol);
    const rowDay = parseDate(dateText);
    if (rowDay !== rowDay) return reject(cells, line, 'bad-date', dateCol);
    if (rowDay < first || rowDay > last) return reject(cells, line, 'absurd-date', dateCol);

    let value: number;
    const amountText = cell(cells, amountCol);
    let quantity = NaN;
    if (hasProduct) quantity = parseNumber(cell(cells, quantityCol));
    if (!isBlank(amountText)) {
      value = parseNumber(amountText);
      if (!Number.isFinite(value)) return reject(cells, line, 'bad-amount', amountCol);
    } else if (hasProduct) {
      const priceText = cell(cells, priceCol);
      if (isBlank(cell(cells, quantityCol))) return reject(cells, line, 'missing-amount', quantityCol);
      if (isBlank(priceText)) return reject(cells, line, 'missing-amount', priceCol);
      if (!Number.isFinite(quantity)) return reject(cells, line, 'bad-amount', quantityCol);
      const price = parseNumber(priceText);
      if (!Number.isFinite(price)) return reject(cells, line, 'bad-amount', priceCol);
      value = quantity * price;
    } else {
      return reject(cells, line, 'missing-amount', amountCol);
    }

    const orderId = orderCol >= 0 ? trimmed(cell(cells, orderCol)) : '';
    const cancelled = (cancellationPrefix && isCancellationId(orderId)) || (statusCol >= 0 && isCancelledStatus(cell(cells, statusCol)));
    // −0 for a cancelled line of 0: it takes nothing from revenue and is no purchase.
    if (cancelled) value = -Math.abs(value);
    let count = 0;
    if (ordersInRow) {
      const countText = cell(cells, ordersCol);
      count = parseNumber(countText);
      if (isBlank(countText) || !Number.isInteger(count) || count < 0 || count > MAX_ORDERS_IN_ROW) return reject(cells, line, 'bad-orders', ordersCol);
      // Purchases and returns of one day come in separate rows: a return (negative) carries no orders.
      if (count > 0 && (value < 0 || Object.is(value, -0))) return reject(cells, line, 'orders-sign', ordersCol);
    }

    const orderNumber = !ordersInRow && orderId.length > 0 ? keys.orderNumber(orderId) : -1;
    const rowChannel = channel ? keys.channelNumber(trimmed(cell(cells, channelCol))) : -1;
    const rowMargin = hasMargin ? marginFrom(parseNumber(cell(cells, costCol >= 0 ? costCol : marginCol)), value, quantity) : NaN;
    addParsed(keys.customerNumber(id), rowDay, value, orderNumber, rowChannel, rowMargin, count);
    return true;
  };

  const addParsed = (customerNumber: number, rowDay: EpochDay, value: number, orderNumber: number, channelNumber: number, rowMargin: number, count: number) => {
    if (length === capacity) grow();
    customer[length] = customerNumber;
    day[length] = rowDay;
    amount[length] = value;
    order[length] = orderNumber;
    if (channel) channel[length] = channelNumber;
    if (margin) margin[length] = rowMargin;
    if (ordersInRow) ordersInRow[length] = count;
    length++;
  };

  const customerNumber = numbering(customerIndex, customerIds);

  const orderNumber = (id: string): number => {
    let number = orderIndex.get(id);
    if (number === undefined) orderIndex.set(id, (number = orderIndex.size));
    return number;
  };

  const numberOfChannel = numbering(channelIndex, channels);
  const channelNumber = (name: string): number => (name.length === 0 ? -1 : numberOfChannel(name));

  /**
   * Margin of a line of net amount `value`, from the number in its cost or margin column (and its
   * quantity, for a cost per unit); a line that counts negative has a negative margin.
   */
  const marginFrom = (number: number, value: number, quantity: number): number => {
    if (costCol >= 0) {
      let lineCost = options.unitCost && Number.isFinite(quantity) ? number * quantity : number;
      if (value < 0 && lineCost > 0) lineCost = -lineCost;
      return value - lineCost;
    }
    const stated = marginOf(number, marginKind, value);
    return value < 0 && stated > 0 ? -stated : stated;
  };

  const finish = () => ({
    table: {
      length,
      customerIds,
      customer: customer.slice(0, length),
      day: day.slice(0, length),
      amount: amount.slice(0, length),
      order: order.slice(0, length),
      margin: margin ? margin.slice(0, length) : null,
      channel: channel ? channel.slice(0, length) : null,
      channels,
      ordersInRow: ordersInRow ? ordersInRow.slice(0, length) : null,
    },
    rejects,
  });

  const keys = { customerNumber, orderNumber, channelNumber };
  return { add, addParsed, keys, marginFrom, finish };
}

/** Numbers for texts in order of first sight: `names[number]` is the text of `number`. */
function numbering(index: Map<string, number>, names: string[]): (name: string) => number {
  return (name) => {
    let number = index.get(name);
    if (number === undefined) {
      number = names.length;
      index.set(name, number);
      names.push(name);
    }
    return number;
  };
}

/** Larger counts in one customer's day are a misread column (an id, an amount), not orders. */
export const MAX_ORDERS_IN_ROW = 1_000_000;

function isSpace(c: number): boolean {
  return c <= 32 || (c > 126 && /\s/.test(String.fromCharCode(c)));
}

/** `text.trim()` without a call or a copy for the usual cell that has nothing to trim. */
function trimmed(text: string): string {
  const n = text.length;
  if (n === 0 || (!isSpace(text.charCodeAt(0)) && !isSpace(text.charCodeAt(n - 1)))) return text;
  return text.trim();
}

function isBlank(text: string): boolean {
  return trimmed(text).length === 0;
}

/**
 * `createTransactionBuilder` over rows already in memory. `lineNumbers[i]` is the source line
 * of `rows[i]`; by default the rows follow a one-line header (line i + 2).
 */
export function buildTransactions(
  rows: readonly (readonly string[])[],
  options: TransactionBuildOptions,
  lineNumbers?: readonly number[],
): { table: TransactionTable; rejects: RejectedRow[] } {
  const builder = createTransactionBuilder({ ...options, expectedRows: options.expectedRows ?? rows.length });
  rows.forEach((row, i) => builder.add(row, lineNumbers?.[i] ?? i + 2));
  return builder.finish();
}
