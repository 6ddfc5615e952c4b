/**
 * The page the DuckDB-WASM bench drives: loads DuckDB-WASM as an app would load it on demand
 * (the exception-handling bundle, in its own worker), then reads the picked file by ranges
 * (`BROWSER_FILEREADER`, never copied into the page) and computes the figures in one query.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

let db: duckdb.AsyncDuckDB | null = null;

async function load(): Promise<{ ms: number; bundle: string }> {
  const started = performance.now();
  const bundle = await duckdb.selectBundle({ mvp: { mainModule: mvpWasm, mainWorker: mvpWorker }, eh: { mainModule: ehWasm, mainWorker: ehWorker } });
  const worker = new Worker(bundle.mainWorker!);
  db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open({ query: { castBigIntToDouble: true } });
  return { ms: performance.now() - started, bundle: bundle.mainModule.includes('-eh') ? 'eh' : 'mvp' };
}

/** One run of `sql` (with `{file}` for the registered file's name) over the picked file. */
async function run(sql: string): Promise<{ ms: number; row: Record<string, unknown> }> {
  if (!db) throw new Error('not loaded');
  const file = (document.getElementById('file') as HTMLInputElement).files?.[0];
  if (!file) throw new Error('no file picked');
  const started = performance.now();
  await db.registerFileHandle('ventas.csv', file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
  const connection = await db.connect();
  try {
    const table = await connection.query(sql.replaceAll('{file}', 'ventas.csv'));
    const row = table.toArray()[0]?.toJSON() ?? {};
    return { ms: performance.now() - started, row };
  } finally {
    await connection.close();
    await db.dropFile('ventas.csv');
  }
}

(globalThis as unknown as { __duckdb: unknown }).__duckdb = { load, run };
document.body.dataset.ready = 'yes';
