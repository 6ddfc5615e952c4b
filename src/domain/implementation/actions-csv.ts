import Papa from 'papaparse';
import type { Strategy } from '../strategies/strategy';
import type { Action } from './action';

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
      family: strategy?.family ?? '',
      name: a.name,
      owner: a.owner,
      start: a.start,
      end: a.end,
      budget: budget(a.budget),
      status: a.status,
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
