import { beforeAll, describe, expect, it } from 'vitest';
import { importCsv, type ImportResult } from '../../../src/domain/csv/import-csv';
import type { CustomerTable, TransactionTable } from '../../../src/domain/dataset';
import { epochDay, subtractMonths } from '../../../src/domain/dates';
import { CHURN_REASON_REFERENCE } from '../../../src/domain/metrics/churn-reasons';
import { diagnose } from '../../../src/domain/metrics/diagnose';
import type { Diagnosis } from '../../../src/domain/metrics/diagnosis';
import { DEFAULT_PARAMS } from '../../../src/domain/metrics/params';
import { dataLevels } from '../../../src/domain/quality/data-levels';
import { findDuplicates } from '../../../src/domain/quality/duplicates';
import { generateSampleData, type SampleData } from '../../../src/domain/sample/sample-data';
import { PLANTED_TRANSACTION_REJECTS } from '../../../src/domain/sample/sample-transactions-csv';
import { valueQuadrantCounts } from '../../../src/domain/strategies/value-quadrants';
import { FIGURE_GROUPS } from '../../../src/domain/metrics/figure-groups';

const LAST_DAY = epochDay(2026, 5, 19);
const TODAY = LAST_DAY + 1;

let data: SampleData;
let transactionsRead: ImportResult;
let customersRead: ImportResult;
let transactions: TransactionTable;
let customers: CustomerTable;
let diagnosis: Diagnosis;

/** The sales file read back by hand: date, customer, category, net amount, status. */
function salesRows(text: string) {
  return text.trim().split('\r\n').slice(1).map((line) => {
    const cells = line.split(';');
    const [d, m, y] = cells[1].split('/').map(Number);
    return { order: cells[0], day: epochDay(y, m, d), customer: cells[2], category: cells[5], amount: Number(cells[6].replace(',', '.')), status: cells[8] };
  }).filter((row) => Number.isFinite(row.day) && Number.isFinite(row.amount) && row.customer !== '');
}

beforeAll(() => {
  data = generateSampleData({ lastDay: LAST_DAY });
  const t = importCsv(data.transactions.text, { today: TODAY, language: 'es' });
  const c = importCsv(data.customers.text, { today: TODAY, language: 'es' });
  if (!t.ok || !c.ok) throw new Error('the sample files must import');
  transactionsRead = t.value;
  customersRead = c.value;
  if (t.value.data.kind !== 'transactions' || c.value.data.kind !== 'customers') throw new Error('kinds mixed up');
  transactions = t.value.data.transactions;
  customers = c.value.data.customers;
  diagnosis = diagnose({ transactions, customers }, { ...DEFAULT_PARAMS, marketSize: 45_000 });
}, 60_000);

describe('generateSampleData', () => {
  it('gives the same files for the same options and other files for another seed', () => {
    const again = generateSampleData({ lastDay: LAST_DAY, customerRows: 300 });
    expect(generateSampleData({ lastDay: LAST_DAY, customerRows: 300 })).toEqual(again);
    expect(generateSampleData({ lastDay: LAST_DAY, customerRows: 300, seed: 7 }).customers.text).not.toBe(again.customers.text);
  });

  it('writes about 2,000 customer rows and three years of sales ending on the last day', () => {
    expect(data.customers.text.trim().split('\r\n')).toHaveLength(2001);
    expect(data.people + data.duplicateRows).toBe(2000);
    const rows = salesRows(data.transactions.text);
    expect(rows.length).toBeGreaterThan(25_000);
    expect(rows.length).toBeLessThan(80_000);
    const days = rows.map((r) => r.day);
    expect(Math.max(...days)).toBeLessThanOrEqual(LAST_DAY);
    expect(Math.max(...days)).toBeGreaterThan(LAST_DAY - 7);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(subtractMonths(LAST_DAY, 36));
    expect(Math.min(...days)).toBeLessThan(subtractMonths(LAST_DAY, 36) + 7);
  });

  it('writes Spanish CSV: semicolons, decimal commas and dd/mm/yyyy dates', () => {
    const [header, first] = data.transactions.text.split('\r\n');
    expect(header).toBe('pedido;fecha;id_cliente;local;canal;categoría;importe;coste;estado');
    expect(first).toMatch(/^P-\d{4}-\d{6};\d{2}\/\d{2}\/\d{4};TS\d{5};[^;]+;(tienda|web|teléfono);[^;]+;\d+,\d{2};\d+,\d{2};Completado$/);
    expect(data.customers.text.split('\r\n')[0].split(';')).toContain('motivo_baja');
  });

  it('imports both files with every column recognised and only the planted rows refused', () => {
    expect(transactionsRead.detected.kind).toBe('transactions');
    expect(transactionsRead.rejects.map((r) => r.code)).toEqual(PLANTED_TRANSACTION_REJECTS);
    expect(Object.keys(transactionsRead.detected.mapping.transactions.mapping).sort()).toEqual(
      ['amount', 'channel', 'cost', 'customerId', 'date', 'orderId', 'product', 'status'],
    );
    expect(customersRead.detected.kind).toBe('customers');
    expect(customersRead.counts).toMatchObject({ rows: 2000, used: 2000, rejected: 0 });
    expect(Object.keys(customersRead.detected.mapping.customers.mapping)).toHaveLength(customersRead.header.length);
    expect(transactionsRead.detected.decimal).toBe(',');
    expect(transactionsRead.detected.dateOrder).toBe('dmy');
  });

  it('gives every figure of the diagnosis, with a typed market size', () => {
    const ids = FIGURE_GROUPS.flatMap((g) => g.figures.map((f) => f.id)).filter((id) => id !== 'rows_rejected');
    expect(ids.filter((id) => diagnosis.figures[id] === undefined)).toEqual([]);
    expect(diagnosis.figures.churn_rate).toBeGreaterThan(0.08);
    expect(diagnosis.figures.churn_rate).toBeLessThan(0.4);
    for (const id of ['type_prescriptor', 'type_cautivo', 'type_mercenario', 'type_opositor', 'abc_a', 'abc_b', 'abc_c', 'pyramid_inactive', 'pyramid_potential', 'pyramid_probable'] as const) {
      expect(diagnosis.figures[id], id).toBeGreaterThan(0);
    }
  });

  it('has data for every chart: RFM grid, ABC curve, cohorts, months, churn reasons, value quadrants', () => {
    expect(diagnosis.rfmGrid).not.toBeNull();
    expect(diagnosis.abcCurve).not.toBeNull();
    expect(diagnosis.cohorts).not.toBeNull();
    expect(diagnosis.monthly).not.toBeNull();
    const quadrants = valueQuadrantCounts(diagnosis.customers);
    expect(quadrants && Object.values(quadrants).every((n) => n > 0)).toBe(true);
  });

  it('gives churn reasons close to the seed’s reference shares', () => {
    const reasons = diagnosis.churnReasons;
    expect(reasons?.total).toBeGreaterThan(100);
    for (const { category, share } of reasons?.categories ?? []) {
      const reference = category === 'other' ? 0 : CHURN_REASON_REFERENCE[category];
      expect(Math.abs(share - reference), category).toBeLessThan(0.02);
    }
  });

  it('spreads the customers over the five data levels, fewer at each level', () => {
    const { atLeast } = dataLevels(customers, new Set(transactions.customerIds));
    for (let level = 1; level <= 5; level++) expect(atLeast[level]).toBeLessThan(atLeast[level - 1]);
    expect(atLeast[5]).toBeGreaterThan(200);
  });

  it('plants duplicates the quality engine can find', () => {
    const report = findDuplicates(customers);
    const idColumn = customers.mapping.id ?? 0;
    const planted = (row: number) => Number(customers.rows[row][idColumn].slice(2)) > data.people;
    const found = new Set(report.groups.flatMap((g) => g.members).filter(planted));
    expect(found.size).toBeGreaterThan(0.8 * data.duplicateRows);
  });

  it('follows the bakery’s year and week: a summer dip, the roscón at Twelfth Night, busy Saturdays, closed on Christmas Day', () => {
    const rows = salesRows(data.transactions.text);
    const byMonth = new Array(12).fill(0);
    const byWeekday = new Array(7).fill(0);
    let roscon56 = 0;
    let rosconOther = 0;
    for (const row of rows) {
      const date = new Date(row.day * 86_400_000);
      byMonth[date.getUTCMonth()] += row.amount;
      byWeekday[date.getUTCDay()]++;
      expect(date.getUTCMonth() === 11 && date.getUTCDate() === 25).toBe(false);
      if (row.category === 'Roscón de Reyes') {
        if (date.getUTCMonth() === 0 && date.getUTCDate() >= 5 && date.getUTCDate() <= 6) roscon56++;
        else rosconOther++;
      }
    }
    expect(byMonth[7]).toBeLessThan(0.8 * byMonth[9]);
    expect(byWeekday[6]).toBeGreaterThan(1.3 * byWeekday[1]);
    expect(roscon56 / 2).toBeGreaterThan(rosconOther / 16);
  });

  it('marks a few returns as a later row of the same order', () => {
    const rows = salesRows(data.transactions.text);
    const returns = rows.filter((r) => r.status === 'Devuelto');
    expect(returns.length).toBeGreaterThan(10);
    const sold = new Map(rows.filter((r) => r.status === 'Completado').map((r) => [r.order, r.day]));
    for (const r of returns) expect(sold.get(r.order)).toBeLessThanOrEqual(r.day);
  });
});
