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

const FIELDS = [
  'firstDay', 'lastDay', 'recencyDays', 'orders', 'revenue', 'currentRevenue', 'currentOrders', 'activePrevious', 'r', 'f', 'm',
  'segment', 'abc', 'type', 'nearTypeBorder', 'clv', 'strategicValue', 'shareOfWallet', 'pyramid', 'churnReason', 'churnCategory',
] as const satisfies readonly (keyof CustomerResult)[];

type Field = (typeof FIELDS)[number];
// Every field of a customer but its id is a column: a field added to CustomerResult must be added here.
type Missing = Exclude<keyof CustomerResult, Field | 'id'>;
const everyField: Missing extends never ? true : Missing = true;
void everyField;

const WIDTH = FIELDS.length;

/** The customers as columns, and the buffers to transfer with them. */
export function toColumns(customers: readonly CustomerResult[]): { columns: CustomerColumns; transfer: ArrayBuffer[] } {
  const n = customers.length;
  const numbers = new Float64Array(n * WIDTH);
  const nulls = new Uint8Array(n * WIDTH);
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const customer = customers[i];
    ids[i] = customer.id;
    for (let k = 0; k < WIDTH; k++) {
      const value = customer[FIELDS[k]];
      const at = i * WIDTH + k;
      if (value === null) nulls[at] = 1;
      else if (typeof value === 'boolean') numbers[at] = value ? 1 : 0;
      else if (typeof value === 'number') numbers[at] = value;
      else {
        let index = textIndex.get(value as string);
        if (index === undefined) {
          index = texts.push(value as string) - 1;
          textIndex.set(value as string, index);
        }
        numbers[at] = index;
      }
    }
  }
  return { columns: { ids, numbers, nulls, texts }, transfer: [numbers.buffer, nulls.buffer] };
}

/** The customers of a part, each built from its row (one object literal, so all share one shape). */
export function fromColumns({ ids, numbers: v, nulls, texts }: CustomerColumns): CustomerResult[] {
  const customers = new Array<CustomerResult>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const at = i * WIDTH;
    const num = (k: number) => (nulls[at + k] ? null : v[at + k]);
    const text = <T extends string>(k: number) => (nulls[at + k] ? null : (texts[v[at + k]] as T));
    customers[i] = {
      id: ids[i],
      firstDay: num(0),
      lastDay: num(1),
      recencyDays: num(2),
      orders: v[at + 3],
      revenue: v[at + 4],
      currentRevenue: v[at + 5],
      currentOrders: v[at + 6],
      activePrevious: v[at + 7] === 1,
      r: num(8),
      f: num(9),
      m: num(10),
      segment: text(11),
      abc: text(12),
      type: text(13),
      nearTypeBorder: v[at + 14] === 1,
      clv: num(15),
      strategicValue: num(16),
      shareOfWallet: num(17),
      pyramid: text(18),
      churnReason: text(19),
      churnCategory: text(20),
    };
  }
  return customers;
}
