import { normaliseHeader } from './header-words';

/** How a margin column is written: money per line, a percentage (`30`, `30 %`) or a fraction (`0.3`). */
export type MarginKind = 'amount' | 'percent' | 'fraction';

/**
 * Decides from a sample of (margin, amount) pairs, already read as numbers. A `%` sign means
 * percent. Otherwise a margin can't exceed its line's amount: when it does in more than a
 * tenth of the lines and every value is within ±100, it is a percentage; when every value is
 * within ±1 while lines are worth more than 5, it is a fraction; else money.
 */
export function detectMarginKind(margins: readonly string[], parse: (text: string) => number, amounts: readonly number[]): MarginKind {
  const filled = margins.filter((m) => m.trim() !== '');
  if (filled.length === 0) return 'amount';
  if (filled.filter((m) => m.includes('%')).length * 2 >= filled.length) return 'percent';
  let above = 0;
  let pairs = 0;
  let maxAbs = 0;
  const lineValues: number[] = [];
  margins.forEach((text, i) => {
    const margin = parse(text);
    const amount = amounts[i];
    if (!Number.isFinite(margin)) return;
    maxAbs = Math.max(maxAbs, Math.abs(margin));
    if (!Number.isFinite(amount)) return;
    pairs++;
    lineValues.push(Math.abs(amount));
    if (Math.abs(margin) > Math.abs(amount)) above++;
  });
  if (pairs === 0) return 'amount';
  lineValues.sort((a, b) => a - b);
  const medianAmount = lineValues[lineValues.length >> 1];
  if (maxAbs <= 1 && medianAmount > 5) return 'fraction';
  if (above > pairs / 10 && maxAbs <= 100) return 'percent';
  return 'amount';
}

/** The margin of a line from its margin cell read as `kind`. */
export function marginOf(value: number, kind: MarginKind, amount: number): number {
  if (kind === 'percent') return (amount * value) / 100;
  if (kind === 'fraction') return amount * value;
  return value;
}

const CANCELLATION_ID = /^[Cc]\d/;

/**
 * Whether invoice ids starting with `C` mark cancellations, as in the UCI Online Retail file
 * (`C536379` cancels): only when most ids don't start with C and some are C + digits, so a file
 * whose every id starts with C (`CO-2024-1`) is left alone.
 */
export function detectCancellationPrefix(orderIds: readonly string[]): boolean {
  let filled = 0;
  let startsWithC = 0;
  let prefixed = 0;
  for (const raw of orderIds) {
    const id = raw.trim();
    if (!id) continue;
    filled++;
    if (id[0] === 'C' || id[0] === 'c') startsWithC++;
    if (CANCELLATION_ID.test(id)) prefixed++;
  }
  return prefixed > 0 && startsWithC * 2 < filled;
}

export function isCancellationId(id: string): boolean {
  return CANCELLATION_ID.test(id.trim());
}

const CANCELLED_STEMS = ['anulad', 'cancelad', 'cancel', 'devuelt', 'devolucion', 'reembols', 'return', 'refund', 'rectificativ'];

/** A status that says the line was cancelled, returned or refunded (Spanish or English). */
export function isCancelledStatus(status: string): boolean {
  const words = status.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z]+/);
  return words.some((word) => CANCELLED_STEMS.some((stem) => word.startsWith(stem)));
}

/** A cost column named per unit ("coste unitario", "UnitCost") is multiplied by the quantity. */
export function isUnitCostHeader(header: string): boolean {
  const key = normaliseHeader(header);
  return /unit|unidad|porud/.test(key);
}
