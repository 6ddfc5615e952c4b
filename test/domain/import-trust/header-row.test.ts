import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/domain/csv/import-csv';
import { findTableStart } from '../../../src/domain/csv/header-row';
import { epochDay } from '../../../src/domain/dates';
import { erpReportCsv } from './files';

const options = { today: epochDay(2026, 1, 1), language: 'es' as const };

describe('a header below title lines', () => {
  it('finds the header of an ERP report under its title, date and blank lines', () => {
    const read = importCsv(erpReportCsv(), options);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.detected.firstLine).toBe(4);
    expect(read.value.header).toEqual(['Cliente', 'Fecha', 'Factura', 'Importe']);
    expect(read.value.preview[0]).toEqual(['CL100', '01/01/2024', 'F9000', '20,00']);
    expect(read.value.data.kind).toBe('transactions');
    expect(read.value.counts).toMatchObject({ rows: 120, used: 120, rejected: 0 });
  });

  it('finds it under title lines written without delimiters too, in a Windows file', () => {
    const text = erpReportCsv().replace(/;;;/g, '').split('\n').join('\r\n');
    const read = importCsv(new TextEncoder().encode(text), options);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.detected.firstLine).toBe(4);
    expect(read.value.counts.used).toBe(120);
  });

  it('lets the person move the header, and the preview follows', () => {
    const read = importCsv(erpReportCsv(), { ...options, firstLine: 5, hasHeader: false, kind: 'transactions', mapping: { transactions: { customerId: 0, date: 1, orderId: 2, amount: 3 } } });
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.detected.firstLine).toBe(5);
    expect(read.value.preview[0][0]).toBe('CL100');
    expect(read.value.counts.used).toBe(120);
    const moved = importCsv(erpReportCsv(), { ...options, firstLine: 2 });
    if (moved.ok) expect(moved.value.header[0]).toBe('Generado el 03/11/2025 por ERP Gestión');
    else if ('view' in moved.error) expect(moved.error.view.header[0]).toBe('Generado el 03/11/2025 por ERP Gestión');
    else throw new Error(moved.error.code);
  });

  it('keeps a file whose first row is the header where it is', () => {
    expect(findTableStart([['cliente', 'fecha', 'importe'], ['C1', '2025-01-01', '10']], 3)).toBe(0);
    const read = importCsv('cliente,fecha,importe\nC1,2025-01-01,10\nC2,2025-01-02,12', options);
    expect(read.ok && read.value.detected.firstLine).toBe(1);
  });
});
