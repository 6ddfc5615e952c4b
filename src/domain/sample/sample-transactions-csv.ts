import type { RejectCode } from '../dataset';
import type { SampleLine } from './sample-orders';
import { csvText, decimalComma, spanishDate } from './spanish-csv';

export const TRANSACTION_HEADER = ['pedido', 'fecha', 'id_cliente', 'local', 'canal', 'categoría', 'importe', 'coste', 'estado'];

/** The rows planted in the sales file that an import must refuse, with the reason it should give. */
export const PLANTED_TRANSACTION_REJECTS: readonly RejectCode[] = ['missing-customer', 'bad-date', 'missing-customer', 'bad-amount'];

/**
 * The sales file as the tills export it: one row per order line, returns as a later row of the
 * same order marked «Devuelto» (the import counts them negative). Four faulty rows are planted
 * at fixed places, in the order of `PLANTED_TRANSACTION_REJECTS`: two counter sales keyed
 * without a card, a date that does not exist (31 February) and an amount with a letter O for a zero.
 */
export function transactionsCsv(lines: readonly SampleLine[]): string {
  const rows = lines.map(lineRow);
  const planted = PLANTED_TRANSACTION_REJECTS.map((code, k) => {
    const at = Math.floor(((k + 1) * rows.length) / (PLANTED_TRANSACTION_REJECTS.length + 1));
    return { at, row: faulty(rows[at], code) };
  });
  for (const { at, row } of [...planted].reverse()) rows.splice(at, 0, row);
  return csvText(TRANSACTION_HEADER, rows);
}

function lineRow(line: SampleLine): string[] {
  return [
    line.orderId,
    spanishDate(line.day),
    line.customerId,
    line.shop,
    line.channel,
    line.category,
    decimalComma(line.amount),
    decimalComma(line.cost),
    line.returned ? 'Devuelto' : 'Completado',
  ];
}

function faulty(model: readonly string[], code: RejectCode): string[] {
  const row = [...model];
  if (code === 'missing-customer') row[2] = '';
  else if (code === 'bad-date') row[1] = `31/02/${row[1].slice(6)}`;
  else if (code === 'bad-amount') row[6] = '1O,50';
  return row;
}
