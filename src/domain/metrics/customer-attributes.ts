import type { CustomerField, CustomerTable } from '../dataset';
import type { CustomerJoin } from './customer-join';
import {
  CHURN_YES, LOYAL_YES, readMoney, readScore, readShare, readStatus, readYesNo, type CustomerStatus,
} from './customer-cells';

/** What the customers file says about each unified customer (NaN or null where it says nothing). */
export interface CustomerAttributes {
  /** Fields the file maps to a column. */
  mapped: ReadonlySet<CustomerField>;
  inFile: Uint8Array;
  status: (CustomerStatus | null)[];
  /** 1 lost, 0 not lost, -1 unknown: from the churn flag, else the churn date, else a former-client status. */
  churned: Int8Array;
  satisfaction: Float64Array;
  /** Loyalty as yes/no (1, 0, -1 unknown)… */
  loyal: Int8Array;
  /** …or as a score on some scale (NaN where a yes/no or nothing). */
  loyaltyScore: Float64Array;
  shareOfWallet: Float64Array;
  categorySpend: Float64Array;
  churnReason: (string | null)[];
}

export function readCustomerAttributes(table: CustomerTable, join: CustomerJoin): CustomerAttributes {
  const n = join.size;
  const mapped = new Set(Object.keys(table.mapping) as CustomerField[]);
  const a: CustomerAttributes = {
    mapped,
    inFile: new Uint8Array(n),
    status: new Array<CustomerStatus | null>(n).fill(null),
    churned: new Int8Array(n).fill(-1),
    satisfaction: new Float64Array(n).fill(NaN),
    loyal: new Int8Array(n).fill(-1),
    loyaltyScore: new Float64Array(n).fill(NaN),
    shareOfWallet: new Float64Array(n).fill(NaN),
    categorySpend: new Float64Array(n).fill(NaN),
    churnReason: new Array<string | null>(n).fill(null),
  };
  for (let u = 0; u < n; u++) {
    const r = join.fileRow[u];
    if (r < 0) continue;
    const row = table.rows[r];
    const cell = (field: CustomerField) => {
      const col = table.mapping[field];
      return col === undefined ? '' : (row[col] ?? '').trim();
    };
    a.inFile[u] = 1;
    a.status[u] = readStatus(cell('status'));
    a.churned[u] = churnedFrom(cell('churnFlag'), cell('churnDate'), mapped, a.status[u]);
    a.satisfaction[u] = readScore(cell('satisfaction')) ?? NaN;
    const loyalText = cell('loyalty');
    const loyal = readYesNo(loyalText, LOYAL_YES);
    if (loyal !== null) a.loyal[u] = loyal ? 1 : 0;
    else a.loyaltyScore[u] = readScore(loyalText) ?? NaN;
    a.shareOfWallet[u] = readShare(cell('shareOfWallet')) ?? NaN;
    a.categorySpend[u] = readMoney(cell('categorySpend')) ?? NaN;
    a.churnReason[u] = cell('churnReason') || null;
  }
  return a;
}

function churnedFrom(flag: string, date: string, mapped: ReadonlySet<CustomerField>, status: CustomerStatus | null): -1 | 0 | 1 {
  if (mapped.has('churnFlag')) {
    const lost = readYesNo(flag, CHURN_YES);
    if (lost !== null) return lost ? 1 : 0;
  }
  if (mapped.has('churnDate')) return date && readYesNo(date) !== false ? 1 : 0;
  if (status === 'former') return 1;
  return status === 'client' ? 0 : -1;
}
