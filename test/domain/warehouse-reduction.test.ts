// @vitest-environment node
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purchaseDays } from '../../src/domain/clv-models/purchase-days';
import { importCsv } from '../../src/domain/csv/import-csv';
import type { TransactionTable } from '../../src/domain/dataset';
import { isoToEpochDay } from '../../src/domain/dates';
import { diagnose } from '../../src/domain/metrics/diagnose';
import type { Diagnosis } from '../../src/domain/metrics/diagnosis';
import { DEFAULT_PARAMS, type AnalysisParams } from '../../src/domain/metrics/params';
import { invoiceLinesCsv } from '../generators/invoice-lines';

// The README's DuckDB query reduces a table of invoice lines to one row per customer and day;
// imported through Fideliza's own pipeline, the reduced file must give the raw file's figures.

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const OUTPUT_NAME = "'ventas-por-cliente-y-dia.csv'";

/** The first ```sql block after the README heading `### <dialect>`. */
function readmeSql(dialect: string): string {
  const heading = README.indexOf(`\n### ${dialect}\n`);
  if (heading < 0) throw new Error(`README has no "### ${dialect}" heading`);
  const match = /```sql\n([\s\S]*?)```/.exec(README.slice(heading));
  if (!match) throw new Error(`README has no sql block under "### ${dialect}"`);
  return match[1];
}

/** Row counts differ by design: the reduced file has fewer rows for the same figures. */
const ROW_COUNTS = new Set(['rows_used', 'rows_rejected', 'rows_normalised', 'records_initial', 'records_final']);
const TODAY = isoToEpochDay('2026-06-01')!;
const PARAMS: Record<string, Partial<AnalysisParams>> = {
  'T = the latest date, P = 12': {},
  'T = 2025-03-31, P = 6 (rows after T)': { analysisDate: isoToEpochDay('2025-03-31')!, periodMonths: 6 },
};

function table(text: string): TransactionTable {
  const read = importCsv(text, { today: TODAY, language: 'es' });
  if (!read.ok || read.value.data.kind !== 'transactions') throw new Error(`not read as sales: ${JSON.stringify(read.ok ? read.value.detected : read.error)}`);
  expect(read.value.rejects).toEqual([]);
  return read.value.data.transactions;
}

/** Everything the planner sees but row counts and the note about rows after T. */
function seen(diagnosis: Diagnosis) {
  const { figures, notes, basis: _rowsRead, ...rest } = diagnosis;
  return {
    ...rest,
    figures: Object.fromEntries(Object.entries(figures).filter(([id]) => !ROW_COUNTS.has(id))),
    notes: notes.filter((note) => note.code !== 'rows-after-analysis-date'),
  };
}

/**
 * Deep equality where money may differ in the last bits: the raw file's lines and the reduced
 * file's daily sums are added in different groupings. Integers (counts, days, scores) must match.
 */
function expectSame(actual: unknown, expected: unknown, path = 'diagnosis'): void {
  if (typeof expected === 'number' && typeof actual === 'number' && !(Number.isInteger(expected) && Number.isInteger(actual))) {
    const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
    if (!(Math.abs(actual - expected) <= tolerance)) expect.fail(`${path}: ${actual} instead of ${expected}`);
    return;
  }
  if (ArrayBuffer.isView(expected) || ArrayBuffer.isView(actual)) {
    expectSame(Array.from(actual as ArrayLike<unknown>), Array.from(expected as ArrayLike<unknown>), path);
    return;
  }
  if (typeof expected !== 'object' || expected === null || typeof actual !== 'object' || actual === null) {
    if (!Object.is(actual, expected)) expect.fail(`${path}: ${JSON.stringify(actual)} instead of ${JSON.stringify(expected)}`);
    return;
  }
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const key of keys) expectSame((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
}

/** The predictive models' input: each customer's purchase days and the day's net spend. */
function purchaseDaysById(transactions: TransactionTable) {
  const { offsets, day, spend } = purchaseDays(transactions);
  return Object.fromEntries(
    transactions.customerIds.map((id, c) => [id, Array.from(day.subarray(offsets[c], offsets[c + 1]), (d, k) => [d, spend[offsets[c] + k]])]),
  );
}

let dir = '';
let raw: TransactionTable;
let reduced: TransactionTable;
let reducedText = '';

/** Runs `sql` (which writes to OUTPUT_NAME) on the raw lines in DuckDB; returns the file it wrote. */
async function runDuckDb(rawPath: string, sql: string, name: string): Promise<string> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(
      `CREATE TABLE sales AS SELECT * FROM read_csv('${rawPath}', header = true, all_varchar = false, ` +
        `columns = {'customer_id': 'VARCHAR', 'order_id': 'VARCHAR', 'sold_at': 'TIMESTAMP', 'amount': 'DECIMAL(18, 2)'})`,
    );
    const out = join(dir, name);
    expect(sql.split(OUTPUT_NAME)).toHaveLength(2);
    await connection.run(sql.replace(OUTPUT_NAME, `'${out}'`));
    return readFileSync(out, 'utf8');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fideliza-reduction-'));
  const rawText = invoiceLinesCsv({ customers: 600, seed: 17, from: '2022-01-01', to: '2025-12-31' });
  const rawPath = join(dir, 'lineas.csv');
  writeFileSync(rawPath, rawText);
  reducedText = await runDuckDb(rawPath, readmeSql('DuckDB'), 'reducido.csv');
  raw = table(rawText);
  reduced = table(reducedText);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a warehouse table reduced by the README’s DuckDB query', () => {
  it('is a file of one row per customer, day and kind (purchases, returns), read with its orders column', () => {
    expect(reducedText.split('\n')[0]).toBe('customer,date,orders,amount');
    expect(reduced.ordersInRow).not.toBeNull();
    expect(reduced.length).toBeLessThan(raw.length / 2);
    expect(new Set(reduced.customerIds)).toEqual(new Set(raw.customerIds));
  });

  it.each(Object.entries(PARAMS))('gives the raw table’s figures, customers and series: %s', (_, change) => {
    const params = { ...DEFAULT_PARAMS, ...change };
    const fromRaw = diagnose({ transactions: raw, customers: null }, params);
    const fromReduced = diagnose({ transactions: reduced, customers: null }, params);
    expect(fromRaw.figures.orders).toBeGreaterThan(0);
    expect(fromRaw.figures.customers_no_purchase).toBeGreaterThan(0);
    expectSame(seen(fromReduced), seen(fromRaw));
  });

  it('gives the predictive models the same purchase days and spend', () => {
    expectSame(purchaseDaysById(reduced), purchaseDaysById(raw), 'purchase days');
  });

  // No PostgreSQL or BigQuery here: their texts, run in DuckDB with their own types, must write the same rows.
  it.each([
    ['PostgreSQL', (sql: string) => sql.replace('TO STDOUT WITH (FORMAT csv, HEADER);', `TO ${OUTPUT_NAME} (HEADER);`)],
    ['BigQuery (GoogleSQL)', (sql: string) => `COPY (${sql.replace('`my-project.shop.sales`', 'sales')}) TO ${OUTPUT_NAME} (HEADER);`],
  ])('has a %s text that is the same query', async (dialect, asDuckDb) => {
    const rows = (text: string) => text.trim().split('\n').map((line) => line.split(',').map((cell, k) => (k === 3 && /\d/.test(cell) ? Number(cell) : cell)));
    const text = await runDuckDb(join(dir, 'lineas.csv'), asDuckDb(readmeSql(dialect)), `${dialect.split(' ')[0]}.csv`);
    expect(rows(text)).toEqual(rows(reducedText));
  });

  it('would not, netted per customer and day without orders: the comparison can tell', async () => {
    const naive = readmeSql('DuckDB')
      .replace(/GROUP BY customer, day, purchase/, 'GROUP BY customer, day')
      .replace(/COUNT\(DISTINCT[\s\S]*?AS orders,/, '')
      .replace(', orders DESC', '');
    const naiveTable = table(await runDuckDb(join(dir, 'lineas.csv'), naive, 'neto.csv'));
    const params = { ...DEFAULT_PARAMS };
    const figures = (transactions: TransactionTable) => diagnose({ transactions, customers: null }, params).figures;
    expect(figures(naiveTable).orders).not.toBe(figures(raw).orders);
    expect(figures(naiveTable).active_customers).not.toBe(figures(raw).active_customers);
  });
});
