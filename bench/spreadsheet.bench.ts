/**
 * Spreadsheet benchmark: the same 100,000 sales as an .xlsx, an .ods and a CSV file, each read
 * (in Node, as the worker does) and taken to the figures. The CSV time is the floor; the goal
 * for the .xlsx is at most 3× it. Run: npx tsx bench/spreadsheet.bench.ts [--rows 100000] [--runs 3]
 */
import { epochDay } from '../src/domain/dates';
import type { SheetCell } from '../src/domain/csv/sheet-to-csv';
import { diagnose } from '../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../src/domain/metrics/params';
import { importInput } from '../src/workers/import-input';
import { writeOds, writeXlsx } from '../test/spreadsheets/write-workbook';

const argument = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : undefined;
};
const ROWS = argument('rows') ?? 100_000;
const RUNS = argument('runs') ?? 3;
const CUSTOMERS = 8_000;
const GOAL = 3;

function sales(): { rows: SheetCell[][]; csv: string } {
  let seed = 20_251_206;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const rows: SheetCell[][] = [['cliente', 'fecha', 'pedido', 'importe', 'canal']];
  const lines = ['cliente,fecha,pedido,importe,canal'];
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < ROWS; i++) {
    const customer = `C${Math.floor(random() * CUSTOMERS)}`;
    const date = new Date(start + Math.floor(random() * 1000) * 86_400_000);
    const amount = Math.round((random() < 0.02 ? -1 : 1) * (5 + random() * 300) * 100) / 100;
    const channel = random() < 0.6 ? 'web' : 'tienda';
    rows.push([customer, date, `P${i}`, amount, channel]);
    lines.push(`${customer},${date.toISOString().slice(0, 10)},P${i},${amount},${channel}`);
  }
  return { rows, csv: lines.join('\n') };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

async function toFigures(bytes: Uint8Array): Promise<{ ms: number; revenue: number }> {
  const start = performance.now();
  const { result } = await importInput(bytes, { today: epochDay(2026, 1, 1), language: 'es' });
  if (!result.ok || result.value.data.kind !== 'transactions') throw new Error(`read failed: ${JSON.stringify(result.ok ? result.value.data.kind : result.error)}`);
  const figures = diagnose({ transactions: result.value.data.transactions, customers: null }, DEFAULT_PARAMS).figures;
  return { ms: performance.now() - start, revenue: figures.revenue ?? NaN };
}

/** The sheets and the CSV, built in a function so the rows themselves are garbage before timing starts. */
function files() {
  const { rows, csv } = sales();
  return {
    csv: new TextEncoder().encode(csv),
    xlsx: writeXlsx([{ name: 'Ventas', rows }, { name: 'Notas', rows: [['Exportado del TPV']] }]),
    ods: writeOds([{ name: 'Ventas', rows }]),
  };
}

const inputs = files();
const kinds = ['csv', 'xlsx', 'ods'] as const;
const times: Record<(typeof kinds)[number], number[]> = { csv: [], xlsx: [], ods: [] };
const revenue: Record<string, number> = {};
// Interleaved, so that each format runs under the same load on a shared machine; one warm-up round first.
for (let run = 0; run <= RUNS; run++) {
  for (const kind of kinds) {
    const result = await toFigures(inputs[kind]);
    revenue[kind] = result.revenue;
    if (run > 0) times[kind].push(result.ms);
  }
}
const csvRun = { ms: median(times.csv), revenue: revenue.csv };
const xlsxRun = { ms: median(times.xlsx), revenue: revenue.xlsx };
const odsRun = { ms: median(times.ods), revenue: revenue.ods };
const filesOf = inputs;
const mb = (bytes: Uint8Array) => (bytes.length / 1024 / 1024).toFixed(1);
console.log(`${ROWS.toLocaleString('en')} sales rows to the figures (median of ${RUNS}, after a warm-up round):`);
console.log(`  CSV  (floor)  ${csvRun.ms.toFixed(0).padStart(6)} ms   ${mb(filesOf.csv)} MB`);
console.log(`  .xlsx         ${xlsxRun.ms.toFixed(0).padStart(6)} ms   ${mb(filesOf.xlsx)} MB   ${(xlsxRun.ms / csvRun.ms).toFixed(2)}× the CSV (goal ≤ ${GOAL}×)`);
console.log(`  .ods          ${odsRun.ms.toFixed(0).padStart(6)} ms   ${mb(filesOf.ods)} MB   ${(odsRun.ms / csvRun.ms).toFixed(2)}× the CSV`);
const same = Math.abs(xlsxRun.revenue - csvRun.revenue) < 1e-6 && Math.abs(odsRun.revenue - csvRun.revenue) < 1e-6;
console.log(`  same revenue from all three: ${same ? 'yes' : 'NO'} (${csvRun.revenue.toFixed(2)})`);
console.log(`  goal for the .xlsx: ${xlsxRun.ms <= GOAL * csvRun.ms ? 'met' : 'NOT met'}`);
if (!same) process.exitCode = 1;
