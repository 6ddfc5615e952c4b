/**
 * CSV ingestion benchmark: text → TransactionTable with importCsv, in Node.
 * Run: npx tsx bench/ingest.bench.ts [--runs 3]
 * Each case runs in its own process so its peak memory is its own.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { importCsv } from '../src/domain/csv/import-csv';
import { importBlob } from '../src/workers/stream-import';
import { epochDay } from '../src/domain/dates';
import { generateTransactionsCsv, type TransactionCsvStyle } from './generate-transactions';

const CASES: { rows: number; style: TransactionCsvStyle }[] = [
  { rows: 100_000, style: 'comma' },
  { rows: 100_000, style: 'semicolon' },
  { rows: 1_000_000, style: 'comma' },
  { rows: 1_000_000, style: 'semicolon' },
];
const CUSTOMERS = 50_000;
const SEED = 20_240_310;
const MB = 1024 * 1024;

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

async function runCase(rows: number, style: TransactionCsvStyle, runs: number): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  let start = performance.now();
  const text = generateTransactionsCsv(rows, CUSTOMERS, SEED, style);
  const generateMs = performance.now() - start;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  // The table's typed arrays live outside the JS heap, in array buffers.
  const keptBefore = heapBefore + process.memoryUsage().arrayBuffers;
  let heapAfter = 0;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let summary = '';
  let kept: unknown = null;
  for (let run = 0; run < runs; run++) {
    start = performance.now();
    const cpu = process.cpuUsage();
    const result = importCsv(text, { today: epochDay(2026, 1, 1), language: 'es' });
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    heapAfter = Math.max(heapAfter, process.memoryUsage().heapUsed);
    if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error).slice(0, 300)}`);
    kept = result;
    const { counts, detected, data } = result.value;
    const customers = data.kind === 'transactions' ? data.transactions.customerIds.length : 0;
    summary = `used ${counts.used}, rejected ${counts.rejected}, customers ${customers}, detected ${JSON.stringify(detected.delimiter)} ${detected.decimal} ${detected.dateOrder}`;
    kept = run < runs - 1 ? null : kept;
    gc?.();
  }
  const retained = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - keptBefore;
  if (!kept) throw new Error('no result kept');
  const bytes = new TextEncoder().encode(text);
  start = performance.now();
  const fromBytes = importCsv(bytes, { today: epochDay(2026, 1, 1), language: 'es' });
  const bytesMs = performance.now() - start;
  if (!fromBytes.ok) throw new Error('import from bytes failed');
  // As the worker reads a picked file: in parts, the rows straight from the bytes where they allow it.
  const partTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    start = performance.now();
    const inParts = await importBlob(new Blob([bytes]), { today: epochDay(2026, 1, 1), language: 'es' });
    partTimes.push(performance.now() - start);
    if (!inParts.ok || inParts.value.counts.used !== fromBytes.value.counts.used) throw new Error('the file read in parts differs');
  }
  const ms = median(times);
  console.log(
    [
      `${(rows / 1000).toLocaleString('en')}k rows`.padEnd(11),
      style.padEnd(10),
      `${(text.length / MB).toFixed(1)} MB`.padStart(9),
      `gen ${(generateMs / 1000).toFixed(2)} s`.padStart(11),
      `import ${(ms / 1000).toFixed(2)} s`.padStart(14),
      `(runs: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')}; cpu ${(median(cpuTimes) / 1000).toFixed(2)} s)`,
      `${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s`.padStart(17),
      `from bytes ${(bytesMs / 1000).toFixed(2)} s, in parts ${(median(partTimes) / 1000).toFixed(2)} s`,
      `heap +${((heapAfter - heapBefore) / MB).toFixed(0)} MB on return, +${(retained / MB).toFixed(0)} MB kept after GC`,
      `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    ].join('  '),
  );
  console.log(`${''.padEnd(23)}${summary}`);
}

const single = argument('case');
const runs = Number(argument('runs') ?? 3);
if (single) {
  const [rows, style] = single.split(':');
  await runCase(Number(rows), style as TransactionCsvStyle, runs);
} else {
  console.log(`CSV ingestion (importCsv, text → TransactionTable), Node ${process.version}, ${CUSTOMERS.toLocaleString('en')} customers, median of ${runs}`);
  for (const { rows, style } of CASES) {
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', ...process.execArgv, fileURLToPath(import.meta.url), '--case', `${rows}:${style}`, '--runs', String(runs)],
      { stdio: 'inherit' },
    );
    if (child.status !== 0) process.exitCode = 1;
  }
}
