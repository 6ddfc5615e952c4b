import type { CustomerResult } from '../domain/metrics/diagnosis';

/**
 * A part of the diagnosis' customers as columns the worker hands over rather than copies: every
 * field but the id as a number in one Float64Array (a customer per row of FIELDS), null flags in
 * one byte array, and each text field as an index into a short list of the texts that part uses.
 * Copied as objects, 250,000 customers meant millions of small objects and strings read on the
 * page, and garbage collections over 50 ms; read from columns, the texts of a kind are shared.
 */
export interface CustomerColumns {
  ids: string[];
  numbers: Float64Array;
  /** 1 where the field is null. */
  nulls: Uint8Array;
  texts: string[];
}

/** Each field's place in a customer's row: every field of a customer but its id. */
const FIELD = {
  firstDay: 0, lastDay: 1, recencyDays: 2, orders: 3, revenue: 4, currentRevenue: 5, currentOrders: 6, activePrevious: 7, r: 8, f: 9, m: 10,
  segment: 11, abc: 12, type: 13, nearTypeBorder: 14, clv: 15, strategicValue: 16, shareOfWallet: 17, pyramid: 18, churnReason: 19, churnCategory: 20,
} as const satisfies Record<Exclude<keyof CustomerResult, 'id'>, number>;

// A field added to CustomerResult must be given a place here.
type Missing = Exclude<keyof CustomerResult, keyof typeof FIELD | 'id'>;
const everyField: Missing extends never ? true : Missing = true;
void everyField;

const WIDTH = Object.keys(FIELD).length;

/** A part's columns being written: a number or null, and texts numbered in order of first sight. */
class ColumnWriter {
  readonly numbers: Float64Array<ArrayBuffer>;
  readonly nulls: Uint8Array<ArrayBuffer>;
  readonly texts: string[] = [];
  readonly #textIndex = new Map<string, number>();

  constructor(n: number) {
    this.numbers = new Float64Array(n * WIDTH);
    this.nulls = new Uint8Array(n * WIDTH);
  }

  number(at: number, value: number | null): void {
    if (value === null) this.nulls[at] = 1;
    else this.numbers[at] = value;
  }

  text(at: number, value: string | null): void {
    if (value === null) {
      this.nulls[at] = 1;
      return;
    }
    let index = this.#textIndex.get(value);
    if (index === undefined) {
      index = this.texts.push(value) - 1;
      this.#textIndex.set(value, index);
    }
    this.numbers[at] = index;
  }
}

/**
 * The customers as columns, and the buffers to transfer with them. Each field is read by its
 * name: reading them through a list of names (`customer[name]`) took 1.8 µs a customer.
 */
export function toColumns(customers: readonly CustomerResult[]): { columns: CustomerColumns; transfer: ArrayBuffer[] } {
  const n = customers.length;
  const out = new ColumnWriter(n);
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const c = customers[i];
    const at = i * WIDTH;
    ids[i] = c.id;
    out.number(at + FIELD.firstDay, c.firstDay);
    out.number(at + FIELD.lastDay, c.lastDay);
    out.number(at + FIELD.recencyDays, c.recencyDays);
    out.number(at + FIELD.orders, c.orders);
    out.number(at + FIELD.revenue, c.revenue);
    out.number(at + FIELD.currentRevenue, c.currentRevenue);
    out.number(at + FIELD.currentOrders, c.currentOrders);
    out.number(at + FIELD.activePrevious, c.activePrevious ? 1 : 0);
    out.number(at + FIELD.r, c.r);
    out.number(at + FIELD.f, c.f);
    out.number(at + FIELD.m, c.m);
    out.text(at + FIELD.segment, c.segment);
    out.text(at + FIELD.abc, c.abc);
    out.text(at + FIELD.type, c.type);
    out.number(at + FIELD.nearTypeBorder, c.nearTypeBorder ? 1 : 0);
    out.number(at + FIELD.clv, c.clv);
    out.number(at + FIELD.strategicValue, c.strategicValue);
    out.number(at + FIELD.shareOfWallet, c.shareOfWallet);
    out.text(at + FIELD.pyramid, c.pyramid);
    out.text(at + FIELD.churnReason, c.churnReason);
    out.text(at + FIELD.churnCategory, c.churnCategory);
  }
  const { numbers, nulls, texts } = out;
  return { columns: { ids, numbers, nulls, texts }, transfer: [numbers.buffer, nulls.buffer] };
}

/** A number of a row, or null. */
function numberAt(columns: CustomerColumns, at: number): number | null {
  return columns.nulls[at] ? null : columns.numbers[at];
}

/** A text of a row, or null. */
function textAt<T extends string>(columns: CustomerColumns, at: number): T | null {
  return columns.nulls[at] ? null : (columns.texts[columns.numbers[at]] as T);
}

/** The customers of a part, each built from its row (one object literal, so all share one shape). */
export function fromColumns(columns: CustomerColumns): CustomerResult[] {
  const { ids, numbers: v } = columns;
  const customers = new Array<CustomerResult>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const at = i * WIDTH;
    customers[i] = {
      id: ids[i],
      firstDay: numberAt(columns, at + FIELD.firstDay),
      lastDay: numberAt(columns, at + FIELD.lastDay),
      recencyDays: numberAt(columns, at + FIELD.recencyDays),
      orders: v[at + FIELD.orders],
      revenue: v[at + FIELD.revenue],
      currentRevenue: v[at + FIELD.currentRevenue],
      currentOrders: v[at + FIELD.currentOrders],
      activePrevious: v[at + FIELD.activePrevious] === 1,
      r: numberAt(columns, at + FIELD.r),
      f: numberAt(columns, at + FIELD.f),
      m: numberAt(columns, at + FIELD.m),
      segment: textAt(columns, at + FIELD.segment),
      abc: textAt(columns, at + FIELD.abc),
      type: textAt(columns, at + FIELD.type),
      nearTypeBorder: v[at + FIELD.nearTypeBorder] === 1,
      clv: numberAt(columns, at + FIELD.clv),
      strategicValue: numberAt(columns, at + FIELD.strategicValue),
      shareOfWallet: numberAt(columns, at + FIELD.shareOfWallet),
      pyramid: textAt(columns, at + FIELD.pyramid),
      churnReason: textAt(columns, at + FIELD.churnReason),
      churnCategory: textAt(columns, at + FIELD.churnCategory),
    };
  }
  return customers;
}
