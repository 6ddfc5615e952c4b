import { describe, expect, it } from 'vitest';
import { epochDay } from '../../src/domain/dates';
import { diagnose } from '../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../src/domain/metrics/params';
import type { SheetCell } from '../../src/domain/csv/sheet-to-csv';
import { importInput } from '../../src/workers/import-input';
import { writeOds, writeXlsx } from '../spreadsheets/write-workbook';

const options = { today: epochDay(2026, 1, 1), language: 'es' as const };

/** The same sales as typed cells and as the CSV Spanish Excel saves: `;`, decimal comma, dd/mm/yyyy. */
function sales(): { rows: SheetCell[][]; csv: string } {
  const rows: SheetCell[][] = [['Cliente', 'Fecha', 'Importe', 'Canal']];
  const csv = ['Cliente;Fecha;Importe;Canal'];
  for (let i = 0; i < 400; i++) {
    const date = new Date(Date.UTC(2024, 0, 1) + ((i * 37) % 700) * 86_400_000);
    const amount = Math.round((5 + ((i * 7919) % 3000) / 10) * 100) / 100 - (i % 50 === 0 ? 100 : 0);
    const customer = `C${i % 60}`;
    rows.push([customer, date, amount, i % 3 ? 'web' : 'tienda']);
    const d = `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
    csv.push(`${customer};${d};${amount.toFixed(2).replace('.', ',')};${i % 3 ? 'web' : 'tienda'}`);
  }
  return { rows, csv: csv.join('\r\n') };
}

async function figures(input: string | Uint8Array, sheet?: string) {
  const { result, sheets } = await importInput(input, { ...options, sheet });
  if (!result.ok) throw new Error(result.error.code);
  if (result.value.data.kind !== 'transactions') throw new Error('not sales');
  return { sheets, sheet: result.value.detected.sheet, figures: diagnose({ transactions: result.value.data.transactions, customers: null }, DEFAULT_PARAMS).figures };
}

describe('spreadsheets open directly', () => {
  const { rows, csv } = sales();
  const notes: SheetCell[][] = [['Notas del cliente'], ['Exportado a mano']];

  it('an .xlsx sheet gives the same figures as its CSV, dates from cell types and numbers as numbers', async () => {
    const fromCsv = await figures(new TextEncoder().encode(csv));
    const fromXlsx = await figures(writeXlsx([{ name: 'Ventas 2025', rows }, { name: 'Notas', rows: notes }]));
    expect(fromXlsx.sheets).toEqual(['Ventas 2025', 'Notas']);
    expect(fromXlsx.sheet).toBe('Ventas 2025');
    expect(fromXlsx.figures.revenue).toBeGreaterThan(0);
    expect(fromXlsx.figures).toEqual(fromCsv.figures);
  });

  it('an .ods sheet gives the same figures too', async () => {
    const fromCsv = await figures(csv);
    const fromOds = await figures(writeOds([{ name: 'Hoja1', rows }]));
    expect(fromOds.figures).toEqual(fromCsv.figures);
  });

  it('reads the sheet the person picks', async () => {
    const { result, sheets } = await importInput(writeXlsx([{ name: 'Notas', rows: [['a', 'b'], ['1', '2']] }, { name: 'Ventas', rows }]), { ...options, sheet: 'Ventas' });
    expect(sheets).toEqual(['Notas', 'Ventas']);
    expect(result.ok && result.value.detected.sheet).toBe('Ventas');
    expect(result.ok && result.value.counts.used).toBe(400);
  });

  it('gives an old binary .xls a clear message, and a damaged .xlsx another', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);
    const old = await importInput(xls, options);
    expect(old.result.ok || old.result.error).toEqual({ code: 'binary', format: 'xls' });
    const damaged = writeXlsx([{ name: 'Ventas', rows }]).slice(0, 2000);
    const broken = await importInput(damaged, options);
    expect(broken.result.ok || broken.result.error).toEqual({ code: 'unreadable-spreadsheet' });
  });
});
