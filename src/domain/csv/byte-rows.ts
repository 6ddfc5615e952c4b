import type { EpochDay } from '../dates';
import { readDateBytes, readNumberBytes } from './byte-cells';
import { ByteKeyTable, hashBytes } from './byte-key-table';
import { NEEDS_TEXT, scanLine, UNFINISHED, type LineFields } from './byte-line';
import { MAX_ORDERS_IN_ROW } from './build-transactions';
import { dayOfFields, type DateFields, type DateOrder } from './date-format';
import { isCancelledStatus } from './transaction-conventions';

/** What a sales file's rows are read for, when they can be read from bytes (see `ImportRun.readsBytes`). */
export interface ByteRowPlan {
  delimiter: number;
  /** Lines end in CR LF rather than LF. */
  crlf: boolean;
  /** Fields of a row. */
  width: number;
  /** Column of each field read, -1 where the file has none. */
  columns: {
    customer: number; date: number; amount: number; quantity: number; price: number; order: number; channel: number;
    cost: number; margin: number; status: number; orders: number;
  };
  /** The decimal mark's byte. */
  decimal: number;
  dateOrder: DateOrder;
  pivot: number;
  first: EpochDay;
  last: EpochDay;
  /** Order ids `C` + digits are cancellations: such rows go to the text readers. */
  cancellationPrefix: boolean;
}

/** Where the rows go: numbered keys and plain rows, or, for a line not read here, its cells. */
export interface ByteRowSink {
  customerNumber(id: string): number;
  orderNumber(id: string): number;
  channelNumber(name: string): number;
  /** A row kept: its margin NaN and orders 0 where the file has no such columns. */
  add(customer: number, day: EpochDay, amount: number, order: number, channel: number, margin: number, orders: number): void;
  /** The margin of a line from the number in its cost or margin column (see `createTransactionBuilder`). */
  margin(number: number, value: number, quantity: number): number;
  /** A line not read here, split as the text parser splits it, on its line. */
  row(cells: string[], line: number): void;
}

export interface ByteRowReader {
  /**
   * Reads the rows of the next part of the file (the last line waits for the next part, unless
   * `last`). Returns null, or, from a line only the quote-aware parser can read, the rest of
   * the bytes read so far, which then go to it with the rest of the file.
   */
  read(part: Uint8Array, last: boolean): Uint8Array | null;
  /** The line the next row starts on. */
  readonly line: number;
}

const LF = 10;
/** Bytes of a line beyond which the text parser takes over. */
const LONGEST_LINE = 16 << 20;
const KEPT = 0;
const CANCELLED = 1;

/**
 * Rows of a sales file read straight from its bytes, without a string per cell: the customer,
 * order and channel are numbered through byte-keyed tables, the date and amount read from their
 * digits. A line whose cells are not the plainest (spaces around an id, a written-out date, a
 * thousands mark, a blank line…) is decoded and split, and given to `sink.row` as the text
 * parser would give it, so the table, rejects and counts are the same. Fields wholly in quotes
 * are read too; a quote anywhere else stops the reader (see `scanLine`).
 */
export function createByteRowReader(
  plan: ByteRowPlan,
  sink: ByteRowSink,
  decode: (bytes: Uint8Array) => string,
  start: { line: number; carry: Uint8Array },
): ByteRowReader {
  const { columns } = plan;
  const delimiterText = String.fromCharCode(plan.delimiter);
  const customers = new ByteKeyTable();
  const orderIds = new ByteKeyTable();
  const channels = new ByteKeyTable();
  const statuses = new ByteKeyTable();
  const hasProduct = columns.quantity >= 0 && columns.price >= 0;
  const marginColumn = columns.cost >= 0 ? columns.cost : columns.margin;
  const found: LineFields = { starts: new Int32Array(plan.width), ends: new Int32Array(plan.width), count: 0, quoted: false, end: 0, next: 0 };
  const { starts, ends } = found;
  const fields: DateFields = { a: 0, b: 0, c: 0, lengthA: 0, lengthC: 0 };
  let line = start.line;
  let carry = start.carry;

  /** A key cell with something other than spaces at both ends: the text path would keep it whole. */
  const plain = (bytes: Uint8Array, column: number) => {
    const first = bytes[starts[column]];
    const last = bytes[ends[column] - 1];
    return ends[column] > starts[column] && first > 32 && first < 127 && last > 32 && last < 127;
  };
  /** The number of a key cell, -1 when empty, -2 when not plain. */
  const numberOf = (table: ByteKeyTable, bytes: Uint8Array, column: number, number: (text: string) => number) => {
    const from = starts[column];
    const to = ends[column];
    if (from === to) return -1;
    if (!plain(bytes, column)) return -2;
    const hash = hashBytes(bytes, from, to);
    let known = table.get(bytes, from, to, hash);
    if (known < 0) table.add(bytes, from, to, hash, (known = number(textOf(bytes, from, to))));
    return known;
  };
  /** A key's text: ASCII straight from its bytes, which any decoder of these encodings reads alike. */
  const textOf = (bytes: Uint8Array, from: number, to: number): string => {
    for (let k = from; k < to; k++) if (bytes[k] > 127) return decode(bytes.subarray(from, to));
    return String.fromCharCode.apply(null, bytes.subarray(from, to) as unknown as number[]);
  };
  const numberIn = (bytes: Uint8Array, column: number) => readNumberBytes(bytes, starts[column], ends[column], plan.decimal);

  /** Adds the row of the fields found; false when it must be read as text. */
  const addRow = (bytes: Uint8Array): boolean => {
    if (!readDateBytes(bytes, starts[columns.date], ends[columns.date], fields)) return false;
    const day = dayOfFields(fields, plan.dateOrder, plan.pivot);
    if (!(day >= plan.first && day <= plan.last)) return false;
    const quantity = hasProduct ? numberIn(bytes, columns.quantity) : NaN;
    let amount = columns.amount >= 0 ? numberIn(bytes, columns.amount) : quantity * numberIn(bytes, columns.price);
    if (amount !== amount) return false;
    if (columns.order >= 0 && plan.cancellationPrefix && (bytes[starts[columns.order]] | 32) === 99) return false;
    if (columns.status >= 0 && statusOf(bytes) === CANCELLED) amount = -Math.abs(amount);
    let orders = 0;
    if (columns.orders >= 0) {
      orders = numberIn(bytes, columns.orders);
      if (!Number.isInteger(orders) || orders < 0 || orders > MAX_ORDERS_IN_ROW) return false;
      if (orders > 0 && (amount < 0 || Object.is(amount, -0))) return false;
    }
    let margin = NaN;
    if (marginColumn >= 0) {
      const number = numberIn(bytes, marginColumn);
      if (number !== number || (columns.cost >= 0 && hasProduct && quantity !== quantity)) return false;
      margin = sink.margin(number, amount, quantity);
    }
    // Keys are numbered only once the row is sure to be kept, as the text path numbers them.
    if (!plain(bytes, columns.customer)) return false;
    const order = columns.order >= 0 && columns.orders < 0 ? numberOf(orderIds, bytes, columns.order, sink.orderNumber) : -1;
    if (order === -2) return false;
    const channel = columns.channel >= 0 ? numberOf(channels, bytes, columns.channel, sink.channelNumber) : -1;
    if (channel === -2) return false;
    sink.add(numberOf(customers, bytes, columns.customer, sink.customerNumber), day, amount, order, channel, margin, orders);
    return true;
  };

  /** Whether a status cell says the line was cancelled, worked out once per status written. */
  const statusOf = (bytes: Uint8Array): number => {
    const from = starts[columns.status];
    const to = ends[columns.status];
    const hash = hashBytes(bytes, from, to);
    let known = statuses.get(bytes, from, to, hash);
    if (known < 0) statuses.add(bytes, from, to, hash, (known = isCancelledStatus(decode(bytes.subarray(from, to))) ? CANCELLED : KEPT));
    return known;
  };

  /** The cells of a line as the text parser splits them (its quotes are only whole fields'). */
  const cellsOf = (bytes: Uint8Array, from: number, to: number): string[] => {
    const cells = decode(bytes.subarray(from, to)).split(delimiterText);
    if (!found.quoted) return cells;
    return cells.map((cell) => (cell.length >= 2 && cell.charCodeAt(0) === 34 ? cell.slice(1, -1) : cell));
  };

  /** Reads the lines of `bytes` from `from`; returns where it stopped, and whether for a line it cannot read. */
  const readLines = (bytes: Uint8Array, from: number, last: boolean): { at: number; needsText: boolean } => {
    let at = from;
    while (at < bytes.length || (last && at === bytes.length)) {
      const next = scanLine(bytes, at, last, plan, found);
      if (next === UNFINISHED) return { at, needsText: false };
      if (next === NEEDS_TEXT) return { at, needsText: true };
      if (found.count !== plan.width || !addRow(bytes)) sink.row(cellsOf(bytes, at, found.end), line);
      line++;
      at = next;
    }
    return { at: bytes.length, needsText: false };
  };

  return {
    get line() {
      return line;
    },
    read(part, last) {
      let from = 0;
      if (carry.length > 0) {
        // The line cut between parts is read from a copy of its two pieces, not of the part.
        const lf = part.indexOf(LF);
        // A line longer than any row (a file built to hurt) would be copied again with every part.
        if (lf < 0 && carry.length + part.length > LONGEST_LINE) return concatenate(carry, part);
        from = lf < 0 ? part.length : lf + 1;
        const joined = new Uint8Array(carry.length + from);
        joined.set(carry);
        joined.set(part.subarray(0, from), carry.length);
        const done = readLines(joined, 0, last && from === part.length);
        carry = joined.subarray(done.at);
        if (done.needsText) return concatenate(carry, part.subarray(from));
        if (from === part.length) return null;
      }
      const done = readLines(part, from, last);
      carry = part.slice(done.at);
      return done.needsText ? carry : null;
    },
  };
}

function concatenate(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
