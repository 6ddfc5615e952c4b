import type { CustomerResult } from '../domain/metrics/diagnosis';
import { epochDayToIso } from '../domain/dates';
import { csvCell } from '../domain/quality/export-csv';
import { localeOf } from '../i18n/words';
import { chartWords, type ChartLocale, type ChartWords } from './chart-text';
import type { CustomerSelection } from './selection';

/** The columns of the customer list, in order; the CSV adds the first and last purchase dates. */
export const LIST_COLUMNS = [
  'id', 'pyramid', 'segment', 'abc', 'type', 'recencyDays', 'orders', 'revenue', 'currentRevenue', 'clv', 'strategicValue',
] as const;

export type ListColumn = (typeof LIST_COLUMNS)[number] | 'churnReason';

/** The columns a selection's list shows: a list of people who left by reason also shows each reason as written. */
export function listColumns(selection: CustomerSelection): readonly ListColumn[] {
  return selection.kind === 'churn' ? ['id', 'churnReason', ...LIST_COLUMNS.slice(1)] : LIST_COLUMNS;
}
export type SortDirection = 'ascending' | 'descending';

const NUMERIC = new Set<ListColumn>(['recencyDays', 'orders', 'revenue', 'currentRevenue', 'clv', 'strategicValue']);
const MONEY = new Set<ListColumn>(['revenue', 'currentRevenue', 'clv', 'strategicValue']);

export function isNumericColumn(column: ListColumn): boolean {
  return NUMERIC.has(column);
}

/** A category cell in words (the plan's language); '' where the customer has none. */
function label(c: CustomerResult, column: ListColumn, words: ChartWords): string {
  switch (column) {
    case 'pyramid':
      return c.pyramid ? words.t(`pyramid.${c.pyramid}`) : '';
    case 'segment':
      return c.segment ? words.t(`rfm.segment.${c.segment}`) : '';
    case 'abc':
      return c.abc ?? '';
    case 'type':
      return c.type ? words.t(`types.${c.type}`) : '';
    case 'churnReason':
      return c.churnReason ?? '';
    default:
      return c.id;
  }
}

/** The number behind a numeric cell; null where the data give none. */
export function cellNumber(c: CustomerResult, column: ListColumn): number | null {
  return NUMERIC.has(column) ? (c[column as 'orders'] as number | null) : null;
}

/** A cell as the list shows it. */
export function cellText(c: CustomerResult, column: ListColumn, words: ChartWords): string {
  if (!NUMERIC.has(column)) return label(c, column, words);
  const n = cellNumber(c, column);
  if (n === null) return '—';
  return MONEY.has(column) ? words.money(n) : words.count(n);
}

/**
 * The customers sorted by one column (a new array; ties keep the diagnosis' order). Empty values
 * go last in both directions; texts compare in the plan's language with numbers inside them
 * read as numbers (C2 before C10).
 */
export function sortCustomers(
  customers: readonly CustomerResult[],
  column: ListColumn,
  direction: SortDirection,
  locale: ChartLocale,
): CustomerResult[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const index = customers.map((_, i) => i);
  if (NUMERIC.has(column)) {
    const values = customers.map((c) => cellNumber(c, column));
    index.sort((a, b) => {
      const x = values[a];
      const y = values[b];
      if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
      return sign * (x - y) || a - b;
    });
  } else {
    const words = chartWords(locale);
    const collator = new Intl.Collator(localeOf(locale.language), { numeric: true, sensitivity: 'base' });
    const keys = customers.map((c) => label(c, column, words));
    index.sort((a, b) => {
      const x = keys[a];
      const y = keys[b];
      if (x === '' || y === '') return x === y ? a - b : x === '' ? 1 : -1;
      return sign * collator.compare(x, y) || a - b;
    });
  }
  return index.map((i) => customers[i]);
}

/** What a selection lists, as a title («Segmento «Campeones»»). */
export function selectionName(selection: CustomerSelection, locale: ChartLocale): string {
  const words = chartWords(locale);
  switch (selection.kind) {
    case 'pyramid':
      return words.t('selection.pyramid', { name: words.t(`pyramid.${selection.level}`) });
    case 'abc':
      return words.t('selection.abc', { name: words.t('abc.class', { abc: selection.abc }) });
    case 'rfm':
      return words.t('selection.rfm', { name: words.t(`rfm.segment.${selection.segment}`) });
    case 'type':
      return words.t('selection.type', { name: words.t(`types.${selection.type}`) });
    case 'type-border':
      return words.t('selection.type-border');
    case 'churn':
      return words.t('selection.churn', { name: words.t(`churn.category.${selection.category}`) });
    case 'value':
      return words.t('selection.value', { name: words.t(`value.quadrant.${selection.quadrant}`) });
    case 'data-level':
      return words.t('selection.data-level', { k: selection.level });
  }
}

/**
 * The list as CSV for a campaign tool or a spreadsheet: a header in the plan's language, then one
 * row per customer with the first and last purchase as ISO dates. Spanish plans get `;`, decimal
 * commas and a byte-order mark (Excel in Spanish opens it in columns); English ones `,` and points.
 * Cells that a spreadsheet would run as a formula (= + - @) are neutralised.
 */
export function customersCsv(
  customers: readonly CustomerResult[],
  locale: ChartLocale,
  columns: readonly ListColumn[] = LIST_COLUMNS,
): string {
  const words = chartWords(locale);
  const spanish = locale.language === 'es';
  const delimiter = spanish ? ';' : ',';
  const number = (n: number | null) => (n === null ? '' : spanish ? String(n).replace('.', ',') : String(n));
  const day = (d: number | null) => (d === null ? '' : epochDayToIso(d));
  const header = [
    ...columns.map((c) => words.t(`list.column.${c}`)),
    words.t('list.column.firstDay'),
    words.t('list.column.lastDay'),
  ];
  const lines = [header.map((h) => csvCell(h, delimiter)).join(delimiter)];
  for (const c of customers) {
    const cells = columns.map((column) => (NUMERIC.has(column) ? number(cellNumber(c, column)) : label(c, column, words)));
    cells.push(day(c.firstDay), day(c.lastDay));
    lines.push(cells.map((cell) => csvCell(cell, delimiter)).join(delimiter));
  }
  return (spanish ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}
