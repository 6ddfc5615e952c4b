import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/domain/csv/import-csv';
import { epochDay } from '../../../src/domain/dates';
import { customerListCsv, orderExportCsv } from './files';

const options = { today: epochDay(2026, 1, 1), language: 'es' as const };

describe('kind of file from all the evidence', () => {
  it('a customer list with postal codes and birth dates is a customer list, and says why', () => {
    const read = importCsv(customerListCsv(), options);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.data.kind).toBe('customers');
    expect(read.value.counts).toMatchObject({ rows: 1080, used: 1080 });
    const { evidence } = read.value.detected;
    expect(evidence).toMatchObject({ kind: 'customers', dateAndAmount: false, strong: true });
    expect(evidence.contactColumns).toEqual(expect.arrayContaining(['email', 'telefono', 'codigo_postal', 'fecha_nacimiento']));
    expect(read.value.detected.mapping.transactions.mapping.amount).toBeUndefined();
    expect(read.value.question).toBeNull();
  });

  it('an order export with 20 rows per customer is sales, from the rows per id over the whole file', () => {
    const csv = orderExportCsv();
    const firstRows = csv.split('\n').slice(1, 301).map((line) => line.split(',')[0]);
    expect(new Set(firstRows).size).toBeGreaterThan(250); // the first rows look like one per customer
    const read = importCsv(csv, options);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.data.kind).toBe('transactions');
    expect(read.value.detected.evidence).toMatchObject({ kind: 'transactions', rowsPerId: 20, idColumn: 'customer_id', dateAndAmount: true, strong: true });
    expect(read.value.counts.used).toBe(6000);
    expect(read.value.question).toBeNull();
  });

  it('asks before using a file where fewer than half the rows are usable', () => {
    const lines = orderExportCsv(20, 5).split('\n');
    const broken = [lines[0], ...lines.slice(1).map((line, i) => (i % 3 ? line.replace(/,\d{4}-\d\d-\d\d,/, ',ayer,') : line))];
    const read = importCsv(broken.join('\n'), { ...options, kind: 'transactions' });
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.question).toEqual({ code: 'few-usable-rows', used: read.value.counts.used, rows: 100 });
    expect(read.value.counts.used).toBeLessThan(50);
  });

  it('asks when the signs are weak, and not once the person has chosen', () => {
    const weak = 'cliente,fecha,importe,email,ciudad\nC1,2025-01-02,10,a@b.es,Lugo\nC2,2025-01-03,12,c@d.es,Vigo\nC3,2025-02-01,9,e@f.es,Lugo';
    const read = importCsv(weak, options);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.detected.evidence.strong).toBe(false);
    expect(read.value.question).toEqual({ code: 'weak-kind' });
    const chosen = importCsv(weak, { ...options, kind: read.value.data.kind });
    if (!chosen.ok) throw new Error(chosen.error.code);
    expect(chosen.value.question).toBeNull();
  });
});
