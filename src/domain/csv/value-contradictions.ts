import type { CustomerField, TransactionField } from '../dataset';
import { CUSTOMER_HEADERS, matchHeader } from './header-words';
import type { ColumnProfile } from './profile-column';

const MONEY: ReadonlySet<string> = new Set(['amount', 'quantity', 'unitPrice', 'cost', 'margin', 'categorySpend']);
const DATES: ReadonlySet<string> = new Set(['date', 'birthDate', 'churnDate', 'registeredAt']);
/** Below this many filled sample cells the values say too little to overrule a header. */
const MIN_FILLED = 5;

/** Yes/no answers: a service taken or not, a box ticked. */
const isYesNo = (p: ColumnProfile) => p.yesNo >= 0.5;
/** Whole five-digit codes, with no decimals: postal codes, not money. */
export const isPostalCodes = (p: ColumnProfile) => p.fiveDigits >= 0.9 && p.decimal === 0;

/**
 * Whether the values of a column rule out a meaning its header or a guess suggests: a yes/no
 * column is never a phone, an amount or a date; a postal-code header or five-digit codes are never
 * an amount; a phone or email header over values that are not phones or emails is not one.
 */
export function contradicts(field: TransactionField | CustomerField, header: string, p: ColumnProfile): boolean {
  if (p.filled === 0) return false;
  if (MONEY.has(field)) {
    if (matchHeader(header, CUSTOMER_HEADERS)?.field === 'postalCode') return true;
    return isYesNo(p) || isPostalCodes(p) || (p.filled >= MIN_FILLED && p.number === 0);
  }
  if (DATES.has(field)) return isYesNo(p);
  switch (field) {
    case 'phone':
      return isYesNo(p) || (p.filled >= MIN_FILLED && p.phone < 0.3);
    case 'email':
      return p.filled >= MIN_FILLED && p.email < 0.3;
    case 'customerId':
    case 'id':
    case 'postalCode':
      return isYesNo(p);
    default:
      return false;
  }
}
