import type { PredictiveWords } from '../../../charts/predictive-words';
import type { TimeUnit } from '../../../domain/clv-models/time-unit';
import { epochDayToIso } from '../../../domain/dates';
import { csvCell } from '../../../domain/quality/export-csv';
import type { CustomerPredictions } from '../../../workers/clv-requests';

/** The columns of a list of predicted customers, on screen and in the CSV. */
export const PREDICTION_COLUMNS = ['id', 'alive', 'x', 'lastDay', 'spent', 'expected', 'spend', 'clv', 'simple'] as const;
export type PredictionColumn = (typeof PREDICTION_COLUMNS)[number];

/** A column's heading; the expected purchases name their horizon («Compras esperadas (52 semanas)»). */
export function columnTitle(words: PredictiveWords, column: PredictionColumn, horizon: number, unit: TimeUnit): string {
  return column === 'expected'
    ? words.t('predictive.column.expected', { n: words.number(horizon, 2), unit: words.unitName(unit) })
    : words.t(`predictive.column.${column}`);
}

/** The unrounded value of one cell: a number, a day, the id, or null where there is none (no simple CLV). */
export function cellValue(
  p: CustomerPredictions, row: number, column: PredictionColumn, simpleClv: (id: string) => number | null,
): number | string | null {
  switch (column) {
    case 'id': return p.ids[row];
    case 'alive': return p.probabilityAlive[row];
    case 'x': return p.x[row];
    case 'lastDay': return p.lastDay[row];
    case 'spent': return p.totalSpend[row];
    case 'expected': return p.expectedPurchases[row];
    case 'spend': return p.expectedSpend[row];
    case 'clv': return p.clv[row];
    case 'simple': return simpleClv(p.ids[row]);
  }
}

/**
 * The rows as CSV with unrounded figures and ISO dates: Spanish plans get `;`, decimal commas and
 * a byte-order mark (Excel in Spanish opens it in columns), English ones `,` and points. Cells a
 * spreadsheet would run as a formula are neutralised.
 */
export function predictionsCsv(
  p: CustomerPredictions, rows: readonly number[], simpleClv: (id: string) => number | null, words: PredictiveWords,
): string {
  const spanish = words.language === 'es';
  const delimiter = spanish ? ';' : ',';
  const text = (column: PredictionColumn, value: number | string | null): string => {
    if (value === null) return '';
    if (typeof value === 'string') return value;
    if (column === 'lastDay') return epochDayToIso(value);
    return spanish ? String(value).replace('.', ',') : String(value);
  };
  const header = PREDICTION_COLUMNS.map((c) => columnTitle(words, c, p.notes.horizon, p.notes.unit));
  const lines = [header.map((h) => csvCell(h, delimiter)).join(delimiter)];
  for (const row of rows) {
    lines.push(PREDICTION_COLUMNS.map((c) => csvCell(text(c, cellValue(p, row, c, simpleClv)), delimiter)).join(delimiter));
  }
  return (spanish ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}
