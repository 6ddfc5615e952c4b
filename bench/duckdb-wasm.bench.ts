/**
 * DuckDB-WASM, measured as the alternative design of issue 17 (not shipped): an existing engine,
 * loaded only for a large file, reading the picked File by ranges in headless Chromium and
 * computing customers, A1, A2, retained (churn), revenue and orders in one query. Prints, per
 * size, the floor (Node's read + TextDecoder of the same file), the query over the file, loading
 * it into a table and a query on that table (what a parameter change would cost), the peak
 * memory of all processes of this bench's Chromium, and what the engine adds to the build.
 * Opt-in (it takes minutes): `BENCH_DUCKDB_WASM=1 npm run bench`, or `npm run bench -- duckdb`.
 */
import { execSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { findChromium } from '../test/e2e/chromium-path';
import { importCsv } from '../src/domain/csv/import-csv';
import { isoToEpochDay } from '../src/domain/dates';
import { diagnose } from '../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../src/domain/metrics/params';
import { generateTransactionsCsv } from './generate-transactions';

const SIZES = [
  { rows: 1_000_000, customers: 50_000 },
  { rows: 5_000_000, customers: 250_000 },
];
const COLUMNS = "{'customer_id': 'VARCHAR', 'email': 'VARCHAR', 'name': 'VARCHAR', 'date': 'DATE', 'amount': 'DECIMAL(18, 2)', 'channel': 'VARCHAR'}";

/** Per customer: a purchase (amount ≥ 0) in the current / previous 12 months up to T, revenue and orders (customer-days) of the current period. */
const FIGURES = (source: string) => `
  WITH s AS (SELECT customer_id AS c, "date" AS d, amount AS a FROM ${source}),
  t AS (SELECT MAX(d) AS t FROM s),
  per AS (
    SELECT c,
      BOOL_OR(a >= 0 AND d > t - INTERVAL 12 MONTH) AS active,
      BOOL_OR(a >= 0 AND d <= t - INTERVAL 12 MONTH AND d > t - INTERVAL 24 MONTH) AS active_prev,
      COALESCE(SUM(a) FILTER (WHERE d > t - INTERVAL 12 MONTH), 0) AS revenue,
      COUNT(DISTINCT d) FILTER (WHERE a >= 0 AND d > t - INTERVAL 12 MONTH) AS orders
    FROM s, t GROUP BY c
  )
  SELECT COUNT(*) AS customers, COUNT(*) FILTER (WHERE active) AS a1, COUNT(*) FILTER (WHERE active_prev) AS a2,
    COUNT(*) FILTER (WHERE active AND active_prev) AS retained, CAST(SUM(revenue) AS DOUBLE) AS revenue, CAST(SUM(orders) AS BIGINT) AS orders
  FROM per`;
const OVER_FILE = FIGURES(`read_csv('{file}', header = true, columns = ${COLUMNS})`);
const LOAD_TABLE = `CREATE OR REPLACE TABLE sales AS SELECT customer_id, "date", amount FROM read_csv('{file}', header = true, columns = ${COLUMNS})`;
const OVER_TABLE = FIGURES('sales');

type Figures = { customers: number; a1: number; a2: number; retained: number; revenue: number; orders: number };
type Api = { load(): Promise<{ ms: number; bundle: string }>; run(sql: string): Promise<{ ms: number; row: Figures }> };

/** Resident memory of a process and all its descendants (ps), sampled until stopped; the peak in MB. */
function samplePeakTreeMemory(rootPid: number, intervalMs = 100) {
  let peak = 0;
  const sample = () => {
    const rows = execSync('ps -e -o pid=,ppid=,rss=', { encoding: 'utf8' }).trim().split('\n').map((line) => line.trim().split(/\s+/).map(Number));
    const inTree = new Set([rootPid]);
    let size = 0;
    while (inTree.size > size) {
      size = inTree.size;
      for (const [pid, ppid] of rows) if (inTree.has(ppid)) inTree.add(pid);
    }
    peak = Math.max(peak, rows.filter(([pid]) => inTree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    /** The peak so far, and from now on a new peak. */
    mark: () => {
      sample();
      const before = Math.round(peak);
      peak = 0;
      return before;
    },
    stop: () => (clearInterval(timer), sample(), Math.round(peak)),
  };
}

/** Node's read + TextDecoder of the file: the floor every time here is set against. */
function floorSeconds(path: string): number {
  const started = performance.now();
  const text = new TextDecoder().decode(readFileSync(path));
  if (text.length === 0) throw new Error('empty file');
  return (performance.now() - started) / 1000;
}

/** The same query in native DuckDB (`@duckdb/node-api`, every core), for scale: what a power user would run. */
async function nativeSeconds(path: string): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const started = performance.now();
    await connection.runAndReadAll(OVER_FILE.replaceAll('{file}', path));
    return (performance.now() - started) / 1000;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Writes the generated file in slices, so that 5M rows never sit in one string here. */
async function writeSales(path: string, rows: number, customers: number): Promise<number> {
  const out = createWriteStream(path);
  const write = (text: string) => new Promise<void>((done, fail) => out.write(text, (error) => (error ? fail(error) : done())));
  const slice = 1_000_000;
  for (let from = 0; from < rows; from += slice) {
    const text = generateTransactionsCsv(Math.min(slice, rows - from), customers, 42 + from, 'comma');
    await write(from === 0 ? text : text.slice(text.indexOf('\n') + 1));
  }
  await new Promise((done) => out.end(done));
  return statSync(path).size;
}

/** The query's figures must be Fideliza's own for the same file, or the timing compares different work. */
function checkAgainstFideliza(path: string, f: Figures): void {
  const read = importCsv(readFileSync(path, 'utf8'), { today: isoToEpochDay('2030-01-01')!, language: 'es' });
  if (!read.ok || read.value.data.kind !== 'transactions') throw new Error('Fideliza did not read the file as sales');
  const own = diagnose({ transactions: read.value.data.transactions, customers: null }, DEFAULT_PARAMS).figures;
  const pairs = [[f.customers, own.customers_total], [f.a1, own.active_customers], [f.a2, own.active_customers_prev], [f.orders, own.orders]];
  const same = pairs.every(([a, b]) => a === b) && Math.abs(f.revenue - (own.revenue ?? NaN)) < 0.01;
  console.log(`    the same figures as Fideliza's own import and diagnosis in Node: ${same ? 'yes' : `NO (${JSON.stringify(own)})`}`);
  if (!same) process.exitCode = 1;
}

const root = resolve(import.meta.dirname, 'duckdb-page');
const outDir = mkdtempSync(join(tmpdir(), 'fideliza-duckdb-bench-'));
const dataDir = mkdtempSync(join(tmpdir(), 'fideliza-duckdb-data-'));
await build({ configFile: false, root, base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 } });
const server = await preview({ configFile: false, root, base: './', build: { outDir }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('preview server has no port');
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium: install Debian’s chromium or set CHROMIUM_PATH.');

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
const assets = readdirSync(join(outDir, 'assets')).map((name) => {
  const bytes = readFileSync(join(outDir, 'assets', name));
  return { name, size: bytes.length, gzip: gzipSync(bytes).length };
});
console.log('DuckDB-WASM (measured, not shipped): what the build would add, all loaded on demand');
for (const a of assets.filter((a) => !a.name.includes('mvp'))) console.log(`  ${a.name}: ${kb(a.size)} (${kb(a.gzip)} gzipped)`);
const loaded = assets.filter((a) => !a.name.includes('mvp'));
console.log(`  engine for a large file (eh bundle: page glue with Arrow + worker + wasm): ${kb(loaded.reduce((s, a) => s + a.size, 0))}, ${kb(loaded.reduce((s, a) => s + a.gzip, 0))} gzipped`);

try {
  for (const { rows, customers } of SIZES) {
    const path = join(dataDir, `ventas-${rows}.csv`);
    const size = await writeSales(path, rows, customers);
    const floor = floorSeconds(path);
    const native = await nativeSeconds(path);
    // A browser server, so that its process (and only this bench's Chromium) is known.
    const chromiumServer = await chromium.launchServer({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    const browser = await chromium.connect(chromiumServer.wsEndpoint());
    const memory = samplePeakTreeMemory(chromiumServer.process().pid!);
    try {
      const page = await browser.newPage();
      page.on('pageerror', (error) => console.error('page error:', error));
      await page.goto(`http://127.0.0.1:${address.port}/`);
      await page.waitForSelector('body[data-ready="yes"]', { state: 'attached' });
      const atRest = memory.mark();
      const api = <K extends keyof Api>(name: K, ...args: Parameters<Api[K]>) =>
        page.evaluate(([n, a]) => ((globalThis as unknown as { __duckdb: Record<string, (...x: unknown[]) => unknown> }).__duckdb[n](...a)), [name, args] as const) as ReturnType<Api[K]>;
      const load = await api('load');
      await page.locator('#file').setInputFiles(path);
      // Each twice: the first run also compiles the engine's hot code (WebAssembly tiers up).
      const overFileCold = await api('run', OVER_FILE);
      const overFile = await api('run', OVER_FILE);
      const intoTable = await api('run', LOAD_TABLE);
      await api('run', OVER_TABLE);
      const overTable = await api('run', OVER_TABLE);
      const peak = memory.stop();
      const f = overFile.row;
      const x = (ms: number) => `${(ms / 1000).toFixed(2)} s (${(ms / 1000 / floor).toFixed(1)}× the floor)`;
      console.log(`\n  load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
      console.log(`  ${rows.toLocaleString('en')} rows (${(size / 1e6).toFixed(0)} MB, ${customers.toLocaleString('en')} customers), floor (Node read + TextDecoder) ${floor.toFixed(2)} s`);
      console.log(`    native DuckDB in Node, same query: ${native.toFixed(2)} s (${(native / floor).toFixed(1)}× the floor)`);
      console.log(`    engine loaded (${load.bundle} bundle: fetch, compile, worker) in ${(load.ms / 1000).toFixed(2)} s`);
      console.log(`    one query over the file: ${x(overFile.ms)}; the first time, ${x(overFileCold.ms)}`);
      console.log(`    file into a table: ${x(intoTable.ms)}; the query on the table (a parameter change): ${(overTable.ms / 1000).toFixed(2)} s`);
      console.log(`    peak memory of all this Chromium's processes: ${peak} MB (${atRest} MB with the page open, before the engine)`);
      console.log(`    figures: ${f.customers} customers, A1 ${f.a1}, A2 ${f.a2}, churn ${((f.a2 - f.retained) / f.a2).toFixed(4)}, revenue ${f.revenue.toFixed(2)}, orders ${f.orders}`);
      if (JSON.stringify(overTable.row) !== JSON.stringify(f)) throw new Error(`the table gave other figures: ${JSON.stringify(overTable.row)}`);
      if (rows <= 1_000_000) checkAgainstFideliza(path, f);
    } finally {
      memory.stop();
      await browser.close();
      await chromiumServer.close();
      rmSync(path, { force: true });
    }
  }
} finally {
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
