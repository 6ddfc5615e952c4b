import Papa from 'papaparse';
import type { Strategy, StrategyFamily } from '../strategies/strategy';
import type { Action, ActionStatus } from './action';

export type ActionCsvColumn =
  | 'id' | 'strategy' | 'family' | 'name' | 'owner' | 'start' | 'end' | 'budget' | 'status' | 'predecessor';

export const ACTION_CSV_COLUMNS: readonly ActionCsvColumn[] = [
  'id', 'strategy', 'family', 'name', 'owner', 'start', 'end', 'budget', 'status', 'predecessor',
];

export interface ActionsCsvOptions {
  /** Column titles in the user's language; the column ids when absent. */
  headers?: Partial<Record<ActionCsvColumn, string>>;
  /** ';' with a decimal comma suits spreadsheets in Spanish. Default ','. */
  delimiter?: ',' | ';';
  decimalComma?: boolean;
  /** Words for the family and status cells; their ids when absent. */
  familyLabel?: (family: StrategyFamily) => string;
  statusLabel?: (status: ActionStatus) => string;
}

/**
 * Text cells starting with = + - @ (or a tab or carriage return) would run as formulas in
 * a spreadsheet: they get a leading apostrophe. Papa's own default pattern misses cells
 * with a line break, hence ours.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The action plan as CSV (RFC 4180 quoting, CRLF), one row per action, budgets unrounded. */
export function actionsToCsv(
  actions: readonly Action[],
  strategies: readonly Pick<Strategy, 'id' | 'name' | 'family'>[],
  options: ActionsCsvOptions = {},
): string {
  const byId = new Map(strategies.map((s) => [s.id, s]));
  const budget = (value: number) => (options.decimalComma ? String(value).replace('.', ',') : value);
  const rows = actions.map((a) => {
    const strategy = byId.get(a.strategyId);
    const cells: Record<ActionCsvColumn, string | number> = {
      id: a.id,
      strategy: strategy?.name ?? '',
      family: strategy ? (options.familyLabel?.(strategy.family) ?? strategy.family) : '',
      name: a.name,
      owner: a.owner,
      start: a.start,
      end: a.end,
      budget: budget(a.budget),
      status: options.statusLabel?.(a.status) ?? a.status,
      predecessor: a.predecessorId ?? '',
    };
    return ACTION_CSV_COLUMNS.map((column) => cells[column]);
  });
  const header = ACTION_CSV_COLUMNS.map((column) => options.headers?.[column] ?? column);
  return Papa.unparse([header, ...rows], {
    delimiter: options.delimiter ?? ',',
    newline: '\r\n',
    escapeFormulae: FORMULA_START,
  });
}
