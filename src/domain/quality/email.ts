/**
 * The address shape browsers accept for `<input type="email">` (WHATWG), plus a top-level domain
 * of letters and no dots at the ends of, or doubled in, the local part. ASCII only: `muñoz@…`
 * is rejected, as most mail systems would.
 */
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,63}$/;

/** True when the cell, trimmed, is a usable e-mail address. */
export function isValidEmail(cell: string): boolean {
  return EMAIL.test(cell.trim());
}

/** Lower case with every space removed: "  Ana.Garcia @Gmail.com" → "ana.garcia@gmail.com". */
export function normaliseEmail(cell: string): string {
  return cell.replace(/\s+/g, '').toLowerCase();
}

/** The normalised address when it has one `@` with text on both sides (a key for duplicates), else null. */
export function emailKey(cell: string): string | null {
  const email = normaliseEmail(cell);
  const at = email.indexOf('@');
  if (at <= 0 || at === email.length - 1 || email.indexOf('@', at + 1) !== -1) return null;
  return email;
}
