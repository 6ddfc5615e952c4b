import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { rejectsToCsv } from '../../../src/domain/csv/rejects-to-csv';
import type { RejectedRow } from '../../../src/domain/dataset';

const rejects: RejectedRow[] = [
  { row: 3, code: 'bad-amount', column: 'importe', value: '=1+2', cells: ['C1', '2024-01-01', '=1+2'] },
  { row: 7, code: 'missing-customer', column: 'cliente', value: '', cells: ['', '2024-01-02', '-5'] },
  { row: 9, code: 'ragged-row', cells: ['@SUM(A1)', '+34 600, "x"'] },
];

describe('rejectsToCsv', () => {
  it('writes line, reason, column, value, then the cells, with formulas defused', () => {
    const csv = rejectsToCsv(rejects, { header: ['cliente', 'fecha', 'importe'] });
    const parsed = Papa.parse<string[]>(csv, { header: false }).data;
    expect(parsed).toEqual([
      ['row', 'reason', 'column', 'value', 'cliente', 'fecha', 'importe'],
      ['3', 'bad-amount', 'importe', "'=1+2", 'C1', '2024-01-01', "'=1+2"],
      ['7', 'missing-customer', 'cliente', '', '', '2024-01-02', "'-5"],
      ['9', 'ragged-row', '', '', "'@SUM(A1)", '\'+34 600, "x"'],
    ]);
  });

  it('defuses a formula that spans lines', () => {
    const csv = rejectsToCsv([{ row: 2, code: 'bad-date', value: '=HYPERLINK("x")\nmore' }]);
    expect(Papa.parse<string[]>(csv).data[1][3]).toBe('\'=HYPERLINK("x")\nmore');
  });

  it('translates labels and reasons and uses the delimiter asked for', () => {
    const csv = rejectsToCsv([rejects[1]], {
      delimiter: ';',
      labels: { row: 'fila', reason: 'motivo', column: 'columna', value: 'valor' },
      reason: (code) => (code === 'missing-customer' ? 'falta el cliente' : code),
    });
    expect(csv.split('\r\n')[0]).toBe('fila;motivo;columna;valor');
    expect(csv.split('\r\n')[1]).toBe("7;falta el cliente;cliente;;;2024-01-02;\"'-5\"");
  });
});
