import type { CustomerField, CustomerTable } from '../dataset';

/**
 * A 53-bit hash of cells (cyrb53 over the cells joined by a unit separator), in base 36: 53 bits
 * keep two different rows of a 100,000-row list from sharing a hash (a 32-bit hash would, more
 * likely than not).
 */
export function rowHash(cells: readonly string[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const text = cells.join('\u001f');
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The fields that tell a customer apart, in a fixed order (not the file's). */
const IDENTITY_FIELDS: readonly CustomerField[] = ['id', 'email', 'fullName', 'name', 'surname'];

/**
 * The hash of what identifies the customer of a row: its id, e-mail and name cells as written
 * (an unmapped field counts as absent, not as empty). It does not change when columns are
 * moved, added, or corrected elsewhere in the row (a phone, an address), so a row is found again
 * in a new version of the file; a corrected name or e-mail makes it another row.
 */
export function identityHash(table: CustomerTable, row: number): string {
  const cells = table.rows[row];
  return rowHash(IDENTITY_FIELDS.map((field) => {
    const column = table.mapping[field];
    return column === undefined ? '\u0000' : (cells[column] ?? '');
  }));
}
