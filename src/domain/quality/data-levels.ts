import type { CustomerField, CustomerTable } from '../dataset';
import type { Figures } from '../metric-ids';
import { columnValidator } from './column-roles';
import { customerKey } from '../metrics/text-normalise';
import { fieldCell } from './customer-cells';

/** A data level 1–5 as seed 003 defines it; 0 is a customer below level 1. */
export type DataLevel = 0 | 1 | 2 | 3 | 4 | 5;

/** What a level of data makes possible, as a code the UI translates. */
export type DataLevelUse = 'mailing' | 'telemarketing' | 'segmentation' | 'campaign-roi' | 'loyalty-measurement';

/** One thing a customer's record must have; each level adds some to the one below. */
export type LevelRequirement =
  | 'name' | 'address' | 'city-or-postal-code' | 'phone' | 'demographic' | 'campaign-response'
  | 'purchases' | 'payment-method';

export const DATA_LEVEL_USES: Readonly<Record<Exclude<DataLevel, 0>, DataLevelUse>> = {
  1: 'mailing',
  2: 'telemarketing',
  3: 'segmentation',
  4: 'campaign-roi',
  5: 'loyalty-measurement',
};

/** The requirements each level adds (index = level; level 0 needs nothing). */
export const LEVEL_REQUIREMENTS: readonly (readonly LevelRequirement[])[] = [
  [],
  ['name', 'address', 'city-or-postal-code'],
  ['phone'],
  ['demographic'],
  ['campaign-response'],
  ['purchases', 'payment-method'],
];

/** The columns that can meet each requirement (any one of them, filled and valid). */
export const REQUIREMENT_FIELDS: Readonly<Record<LevelRequirement, readonly CustomerField[]>> = {
  name: ['fullName', 'name', 'surname'],
  address: ['address'],
  'city-or-postal-code': ['city', 'postalCode'],
  phone: ['phone'],
  demographic: ['birthDate', 'age', 'sex', 'education', 'occupation'],
  'campaign-response': ['campaign', 'response', 'origin'],
  purchases: ['id'],
  'payment-method': ['paymentMethod'],
};

export interface MissingRequirement {
  requirement: LevelRequirement;
  /** Customers below the level who lack it. */
  customers: number;
  /** Whether the table has a column for it at all (if not, the fix is adding one). */
  mapped: boolean;
}

export interface LevelLift {
  level: Exclude<DataLevel, 0>;
  /** Customers whose level is below this one. */
  below: number;
  /** What those customers lack, among the requirements of this level and those under it; most common first. */
  missing: MissingRequirement[];
}

export interface DataLevelReport {
  /** Level of each row of the table. */
  levels: Uint8Array;
  /** Customers at exactly each level, index 0–5. */
  counts: number[];
  /** Customers at this level or above, index 0–5 (atLeast[0] = all customers). */
  atLeast: number[];
  lift: LevelLift[];
}

export interface DataLevelOptions {
  /** ISO alpha-2 country of the plan, for phone and postal-code checks. Default ES. */
  country?: string;
}

/**
 * Each customer's data level: the highest level whose requirements, and those of every level
 * below it, the record meets (cumulative, METRICS.md "Data level"). A requirement is met when one
 * of its columns is filled with a valid value (a phone must be a phone); "purchases" when the
 * customer's id is in `purchasers` (ids with at least one transaction, compared trimmed and
 * case-insensitively, as the diagnosis joins the two files: "c1" in the sales file is "C1").
 * Empty table: every count is 0 and `lift` lists levels with `below` 0.
 */
export function dataLevels(table: CustomerTable, purchasers: ReadonlySet<string>, options: DataLevelOptions = {}): DataLevelReport {
  const country = options.country ?? 'ES';
  const meets = requirementCheckers(table, purchasers, country);
  const rows = table.rows.length;
  const levels = new Uint8Array(rows);
  const counts = [0, 0, 0, 0, 0, 0];
  const lacking = LEVEL_REQUIREMENTS.map(() => new Map<LevelRequirement, number>());
  for (let row = 0; row < rows; row++) {
    const unmet = new Set<LevelRequirement>();
    for (const requirements of LEVEL_REQUIREMENTS) for (const r of requirements) if (!meets[r](row)) unmet.add(r);
    let level = 0;
    while (level < 5 && LEVEL_REQUIREMENTS[level + 1].every((r) => !unmet.has(r))) level++;
    levels[row] = level;
    counts[level]++;
    for (let target = level + 1; target <= 5; target++) {
      for (let l = 1; l <= target; l++) {
        for (const r of LEVEL_REQUIREMENTS[l]) if (unmet.has(r)) lacking[target].set(r, (lacking[target].get(r) ?? 0) + 1);
      }
    }
  }
  const atLeast = counts.map((_, level) => counts.slice(level).reduce((a, b) => a + b, 0));
  const lift = ([1, 2, 3, 4, 5] as const).map((level) => ({
    level,
    below: rows - atLeast[level],
    missing: [...lacking[level]]
      .map(([requirement, customers]) => ({ requirement, customers, mapped: isMapped(table, requirement) }))
      .sort((a, b) => b.customers - a.customers || a.requirement.localeCompare(b.requirement)),
  }));
  return { levels, counts, atLeast, lift };
}

/** `data_level_k` = customers at level k or above (the cumulative count METRICS.md shows). */
export function dataLevelFigures(report: DataLevelReport): Figures {
  return {
    data_level_1: report.atLeast[1],
    data_level_2: report.atLeast[2],
    data_level_3: report.atLeast[3],
    data_level_4: report.atLeast[4],
    data_level_5: report.atLeast[5],
  };
}

function isMapped(table: CustomerTable, requirement: LevelRequirement): boolean {
  return REQUIREMENT_FIELDS[requirement].some((field) => table.mapping[field] !== undefined);
}

function requirementCheckers(
  table: CustomerTable,
  purchasers: ReadonlySet<string>,
  country: string,
): Record<LevelRequirement, (row: number) => boolean> {
  const purchaserKeys = new Set([...purchasers].map(customerKey));
  const usable = (field: CustomerField): ((row: number) => boolean) => {
    const column = table.mapping[field];
    if (column === undefined) return () => false;
    const valid = columnValidator(table, column, country);
    return (row) => {
      const cell = (table.rows[row][column] ?? '').trim();
      return cell !== '' && valid(cell, row);
    };
  };
  const anyOf = (requirement: LevelRequirement): ((row: number) => boolean) => {
    const checks = REQUIREMENT_FIELDS[requirement].map(usable);
    return (row) => checks.some((check) => check(row));
  };
  return {
    name: anyOf('name'),
    address: anyOf('address'),
    'city-or-postal-code': anyOf('city-or-postal-code'),
    phone: anyOf('phone'),
    demographic: anyOf('demographic'),
    'campaign-response': anyOf('campaign-response'),
    purchases: (row) => {
      const id = customerKey(fieldCell(table, row, 'id'));
      return id !== '' && purchaserKeys.has(id);
    },
    'payment-method': anyOf('payment-method'),
  };
}
