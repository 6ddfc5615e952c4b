import type { EpochDay } from '../dates';
import { readDateBytes, readNumberBytes } from './byte-cells';
import { ByteKeyTable, hashBytes } from './byte-key-table';
import { dayOfFields, type DateFields, type DateOrder } from './date-format';

/** What a sales file's rows are read for, when they can be read from bytes (see `ImportRun.readsBytes`). */
export interface ByteRowPlan {
  delimiter: number;
  /** Lines end in CR LF rather than LF. */
  crlf: boolean;
  /** Fields of a row. */
  width: number;
  /** Column of each field read, -1 where the file has none. */
  columns: { customer: number; date: number; amount: number; quantity: number; price: number; order: number; channel: number };
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
  add(customer: number, day: EpochDay, amount: number, order: number, channel: number): void;
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
const CR = 13;
const QUOTE = 34;

/**
 * Rows of a sales file read straight from its bytes, without a string per cell: the customer,
 * order and channel are numbered through byte-keyed tables, the date and amount read from their
 * digits. A line whose cells are not the plainest (spaces around an id, a written-out date, a
 * thousands mark, a blank line…) is decoded and split, and given to `sink.row` as the text
 * parser would give it, so the table, rejects and counts are the same. A quote stops the reader.
 */
export function createByteRowReader(
  plan: ByteRowPlan,
  sink: ByteRowSink,
  decode: (bytes: Uint8Array) => string,
  start: { line: number; carry: Uint8Array },
): ByteRowReader {
  const { delimiter, crlf, width, columns } = plan;
  const delimiterText = String.fromCharCode(delimiter);
  const customers = new ByteKeyTable();
  const orders = new ByteKeyTable();
  const channels = new ByteKeyTable();
  const fieldStarts = new Int32Array(width + 1);
  const fields: DateFields = { a: 0, b: 0, c: 0, lengthA: 0, lengthC: 0 };
  let line = start.line;
  let carry = start.carry;

  const plain = (bytes: Uint8Array, start: number, end: number) => {
    const first = bytes[start];
    const last = bytes[end - 1];
    return first > 32 && first < 127 && last > 32 && last < 127;
  };
  /** The number of a key cell: -1 when empty, -2 when it has spaces or other characters at either end. */
  const numberOf = (table: ByteKeyTable, bytes: Uint8Array, column: number, number: (text: string) => number) => {
    const start = fieldStarts[column];
    const end = fieldStarts[column + 1] - 1;
    if (start === end) return -1;
    if (!plain(bytes, start, end)) return -2;
    const hash = hashBytes(bytes, start, end);
    let found = table.get(bytes, start, end, hash);
    if (found < 0) table.add(bytes, start, end, hash, (found = number(decode(bytes.subarray(start, end)))));
    return found;
  };
  const numberIn = (bytes: Uint8Array, column: number) => readNumberBytes(bytes, fieldStarts[column], fieldStarts[column + 1] - 1, plan.decimal);

  /** Adds the row of the fields found; false when it must be read as text. */
  const readFields = (bytes: Uint8Array): boolean => {
    const dateColumn = columns.date;
    if (!readDateBytes(bytes, fieldStarts[dateColumn], fieldStarts[dateColumn + 1] - 1, fields)) return false;
    const day = dayOfFields(fields, plan.dateOrder, plan.pivot);
    if (!(day >= plan.first && day <= plan.last)) return false;
    const amount = columns.amount >= 0 ? numberIn(bytes, columns.amount) : numberIn(bytes, columns.quantity) * numberIn(bytes, columns.price);
    if (amount !== amount) return false;
    if (columns.order >= 0 && plan.cancellationPrefix && (bytes[fieldStarts[columns.order]] | 32) === 99) return false;
    // Keys are numbered only once the row is sure to be kept, as the text path numbers them.
    const idStart = fieldStarts[columns.customer];
    const idEnd = fieldStarts[columns.customer + 1] - 1;
    if (idStart === idEnd || !plain(bytes, idStart, idEnd)) return false;
    const order = columns.order >= 0 ? numberOf(orders, bytes, columns.order, sink.orderNumber) : -1;
    if (order === -2) return false;
    const channel = columns.channel >= 0 ? numberOf(channels, bytes, columns.channel, sink.channelNumber) : -1;
    if (channel === -2) return false;
    sink.add(numberOf(customers, bytes, columns.customer, sink.customerNumber), day, amount, order, channel);
    return true;
  };

  /** Reads the lines of `bytes` from `from`; returns where it stopped, and whether for a line it cannot read. */
  const readLines = (bytes: Uint8Array, from: number, last: boolean): { at: number; needsText: boolean } => {
    const length = bytes.length;
    const starts = fieldStarts;
    const quote = bytes.indexOf(QUOTE, from);
    let at = from;
    while (at < length || (last && at === length)) {
      let count = 0;
      let k = at;
      starts[0] = at;
      for (; k < length; k++) {
        const c = bytes[k];
        if (c === delimiter) {
          if (++count < width) starts[count] = k + 1;
        } else if (c === LF) break;
      }
      if (quote >= at && quote < k) return { at, needsText: true };
      if (k === length && !last) return { at, needsText: false };
      let end = k;
      if (crlf && k < length) {
        if (k === at || bytes[k - 1] !== CR) return { at, needsText: true };
        end = k - 1;
      }
      if (count === width - 1) starts[width] = end + 1;
      if (count !== width - 1 || !readFields(bytes)) sink.row(decode(bytes.subarray(at, end)).split(delimiterText), line);
      line++;
      at = k + 1;
    }
    return { at: length, needsText: false };
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
