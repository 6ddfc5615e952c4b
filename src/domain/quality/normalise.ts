import type { CustomerField, CustomerTable } from '../dataset';
import { normaliseAddress } from './address';
import { applyCellEdits, type CellEdit, type CellEditError } from './cell-edits';
import { columnDateOrder } from './column-roles';
import { fieldsByColumn, rowCountry } from './customer-cells';
import { dateCellToIso, type DateOrder } from './date-cell';
import { normaliseEmail } from './email';
import { titleCaseName } from './person-name';
import { normalisePhone } from './phone';
import { normalisePostalCode } from './postal-code';
import type { Result } from '../result';
import { collapseSpaces } from './text';

/** A normalisation rule; the user can switch each off before applying. */
export type NormaliseRule = 'spaces' | 'name-case' | 'email' | 'phone' | 'postal-code' | 'street-type' | 'date-iso';

export const NORMALISE_RULES: readonly NormaliseRule[] = ['spaces', 'name-case', 'email', 'phone', 'postal-code', 'street-type', 'date-iso'];

/** A proposed change of one cell, with the rules that produced it in the order they ran. */
export interface NormaliseChange extends CellEdit {
  rules: NormaliseRule[];
}

export interface NormaliseOptions {
  /** ISO alpha-2 country of the plan: the phone code and postal-code format of rows without a country. Default ES. */
  country?: string;
  /** Rules to run; all by default. */
  rules?: readonly NormaliseRule[];
}

type Step = { rule: NormaliseRule; apply: (cell: string, row: number) => string };

const NAME_FIELDS: ReadonlySet<CustomerField> = new Set(['name', 'surname', 'fullName', 'city', 'province']);
const DATE_FIELDS: ReadonlySet<CustomerField> = new Set(['birthDate', 'churnDate', 'registeredAt']);

/**
 * The changes normalisation would make, without making them (a preview; apply them with
 * `applyNormalisation`). Every cell: spaces trimmed and collapsed. Names, surnames, cities and
 * provinces: Spanish-aware case. Emails: lower case, no spaces. Phones: `+` country code and
 * digits. Postal codes: padded. Addresses: street type in full. Dates: `yyyy-mm-dd`. A value a rule
 * cannot read (a phone with letters, an impossible date) is left as it is. Running it on its own
 * output proposes nothing (idempotent).
 */
export function proposeNormalisation(table: CustomerTable, options: NormaliseOptions = {}): NormaliseChange[] {
  const country = options.country ?? 'ES';
  const enabled = new Set(options.rules ?? NORMALISE_RULES);
  const fields = fieldsByColumn(table);
  const changes: NormaliseChange[] = [];
  const stepsByColumn = new Map<number, Step[]>();
  const stepsOf = (column: number): Step[] => {
    let steps = stepsByColumn.get(column);
    if (!steps) {
      steps = columnSteps(table, column, fields[column] ?? null, country).filter((step) => enabled.has(step.rule));
      stepsByColumn.set(column, steps);
    }
    return steps;
  };
  table.rows.forEach((cells, row) => {
    cells.forEach((before, column) => {
      let after = before;
      const rules: NormaliseRule[] = [];
      for (const step of stepsOf(column)) {
        const next = step.apply(after, row);
        if (next !== after) rules.push(step.rule);
        after = next;
      }
      if (after !== before) changes.push({ row, column, before, after, rules });
    });
  });
  return changes;
}

/**
 * A new table with the chosen changes made (all those proposed, or the ones the user kept). Undo
 * with `revertCellEdits(table, changes)`. Fails, changing nothing, if the table changed since the preview.
 */
export function applyNormalisation(table: CustomerTable, changes: readonly NormaliseChange[]): Result<CustomerTable, CellEditError> {
  return applyCellEdits(table, changes);
}

/**
 * What `rule` alone makes of some cells of the table (the cell itself where the rule does not
 * apply to its column), to show each rule's own effect in a preview. Date order and row
 * countries are read from the whole table, as `proposeNormalisation` reads them.
 */
export function applyRule(
  table: CustomerTable,
  rule: NormaliseRule,
  cells: readonly { row: number; column: number }[],
  options: Pick<NormaliseOptions, 'country'> = {},
): string[] {
  const fields = fieldsByColumn(table);
  const steps = new Map<number, Step[]>();
  return cells.map(({ row, column }) => {
    let own = steps.get(column);
    if (!own) steps.set(column, (own = columnSteps(table, column, fields[column] ?? null, options.country ?? 'ES').filter((step) => step.rule === rule)));
    const cell = table.rows[row]?.[column] ?? '';
    return own.reduce((value, step) => step.apply(value, row), cell);
  });
}

function columnSteps(table: CustomerTable, column: number, field: CustomerField | null, country: string): Step[] {
  const steps: Step[] = [{ rule: 'spaces', apply: collapseSpaces }];
  if (field && NAME_FIELDS.has(field)) steps.push({ rule: 'name-case', apply: titleCaseName });
  if (field === 'email') steps.push({ rule: 'email', apply: normaliseEmail });
  if (field === 'phone') {
    steps.push({ rule: 'phone', apply: (cell, row) => normalisePhone(cell, rowCountry(table, row, country)) ?? cell });
  }
  if (field === 'postalCode') {
    steps.push({ rule: 'postal-code', apply: (cell, row) => normalisePostalCode(cell, rowCountry(table, row, country)) });
  }
  if (field === 'address') steps.push({ rule: 'street-type', apply: normaliseAddress });
  if (field && DATE_FIELDS.has(field)) {
    const order: DateOrder = columnDateOrder(table, column, country);
    const other: DateOrder = order === 'dmy' ? 'mdy' : 'dmy';
    // A date only the other order can read ("05/13/1990" in a day-first column) is read that way,
    // so that a second run finds nothing left to change.
    steps.push({ rule: 'date-iso', apply: (cell) => dateCellToIso(cell, order) ?? dateCellToIso(cell, other) ?? cell });
  }
  return steps;
}
