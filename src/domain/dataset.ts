import type { EpochDay } from './dates';

/** What one column of an imported file means. */
export type TransactionField =
  | 'customerId' | 'date' | 'amount' | 'quantity' | 'unitPrice' | 'orderId' | 'orders'
  | 'cost' | 'margin' | 'channel' | 'product' | 'status';

export type CustomerField =
  | 'id' | 'name' | 'surname' | 'fullName' | 'email' | 'phone' | 'address' | 'city' | 'postalCode'
  | 'province' | 'country' | 'birthDate' | 'age' | 'sex' | 'education' | 'occupation'
  | 'status' | 'churnFlag' | 'churnDate' | 'churnReason' | 'satisfaction' | 'loyalty'
  | 'shareOfWallet' | 'categorySpend' | 'campaign' | 'response' | 'origin'
  | 'paymentMethod' | 'optIn' | 'registeredAt';

export type DatasetKind = 'transactions' | 'customers';

/** Column index of each mapped field; an unmapped field is absent. */
export type ColumnMapping<F extends string> = Partial<Record<F, number>>;

/**
 * Usable transaction rows in columns, so that a million rows stay a few typed arrays.
 * Row i: customer `customerIds[customer[i]]` bought `amount[i]` on `day[i]`.
 */
export interface TransactionTable {
  length: number;
  /** Distinct customer ids as written in the file (trimmed); index = customer number. */
  customerIds: string[];
  customer: Uint32Array;
  day: Int32Array;
  /** Net amount of the row: returns and cancellations are negative. */
  amount: Float64Array;
  /** Order number of the row, or -1 where the file has no order id (then an order is a distinct customer and day). */
  order: Int32Array;
  /**
   * Orders each row stands for, from an orders column (a file already reduced to one row per
   * customer and day, see the README); absent or null without one. Rows with a count carry no order number.
   */
  ordersInRow?: Uint32Array | null;
  /**
   * Gross margin amount per row, where the file has a cost or margin column; else null.
   * NaN on a row whose cost or margin cell is empty or unreadable.
   */
  margin: Float64Array | null;
  /** Channel number per row into `channels`, or -1; null where there is no channel column. */
  channel: Int32Array | null;
  channels: string[];
}

/** A customers file: raw cells, one row per customer, lead or prospect. */
export interface CustomerTable {
  header: string[];
  rows: string[][];
  /** Line number in the source file (1-based, header included) of each row. */
  rowNumbers: number[];
  mapping: ColumnMapping<CustomerField>;
}

/** Why a row could not be used; the UI turns the code into a sentence in the user's language. */
export type RejectCode =
  | 'missing-customer' | 'missing-date' | 'bad-date' | 'absurd-date' | 'missing-amount'
  | 'bad-amount' | 'ragged-row' | 'empty-row'
  /** An orders count that is not a whole number of 0 or more; orders on a negative row. */
  | 'bad-orders' | 'orders-sign'
  /** A customers row with neither id, name nor email. */
  | 'missing-identity';

export interface RejectedRow {
  /** 1-based line number in the source file. */
  row: number;
  code: RejectCode;
  /** Header of the column at fault, where one is. */
  column?: string;
  value?: string;
  /** The row's cells as read, so rejected rows can be downloaded, fixed and imported again. */
  cells?: string[];
}

export type DayRange = { first: EpochDay; last: EpochDay };
