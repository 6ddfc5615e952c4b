import type { CustomerTable } from '../dataset';
import { readYesNo } from '../metrics/customer-cells';
import { customerKey } from '../metrics/text-normalise';
import { fieldCell, rowCountry } from '../quality/customer-cells';
import { isValidEmail, normaliseEmail } from '../quality/email';
import { normalisePhone } from '../quality/phone';

/** What a campaign tool needs of one person of the customers file. */
export interface Contact {
  id: string;
  /** A valid address, trimmed and lower-cased; '' when the row has none. */
  email: string;
  firstName: string;
  lastName: string;
  /** International form (+34612345678); '' when the row has none that can be read. */
  phone: string;
  address: string;
  city: string;
  postalCode: string;
  /** The row's answer to the opt-in column; null without one (or with an unreadable cell). */
  optIn: boolean | null;
}

export interface ContactBook {
  /** Whether the file has an opt-in column: then only those who said yes get marketing. */
  hasOptIn: boolean;
  byId: ReadonlyMap<string, Contact>;
}

/** First and last name from the name and surname columns, or a full name split after its first word. */
function names(table: CustomerTable, row: number): [string, string] {
  const first = fieldCell(table, row, 'name').trim();
  const last = fieldCell(table, row, 'surname').trim();
  if (first !== '' || last !== '') return [first, last];
  const words = fieldCell(table, row, 'fullName').trim().split(/\s+/).filter(Boolean);
  return [words[0] ?? '', words.slice(1).join(' ')];
}

/** Each identified person of the customers file, by their customer key (the first row of an id wins). */
export function contactBook(table: CustomerTable, planCountry = 'ES'): ContactBook {
  const byId = new Map<string, Contact>();
  table.rows.forEach((_, row) => {
    const id = fieldCell(table, row, 'id').trim();
    const key = customerKey(id);
    if (id === '' || byId.has(key)) return;
    const email = normaliseEmail(fieldCell(table, row, 'email'));
    const [firstName, lastName] = names(table, row);
    byId.set(key, {
      id,
      email: isValidEmail(email) ? email : '',
      firstName,
      lastName,
      phone: normalisePhone(fieldCell(table, row, 'phone'), rowCountry(table, row, planCountry)) ?? '',
      address: fieldCell(table, row, 'address').trim(),
      city: fieldCell(table, row, 'city').trim(),
      postalCode: fieldCell(table, row, 'postalCode').trim(),
      optIn: table.mapping.optIn === undefined ? null : readYesNo(fieldCell(table, row, 'optIn')),
    });
  });
  return { hasOptIn: table.mapping.optIn !== undefined, byId };
}
