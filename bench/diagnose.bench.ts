/**
 * Time of `diagnose` on synthetic transaction tables built directly (no CSV): the first call
 * (joining and regrouping the rows, then every figure) and later calls with other parameters
 * (every figure again, as when the user changes one). Run: npx tsx bench/diagnose.bench.ts
 */
import type { TransactionTable } from '../src/domain/dataset';
import { epochDay } from '../src/domain/dates';
import { diagnose } from '../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS, type AnalysisParams } from '../src/domain/metrics/params';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n rows over three years, about 50k customers of skewed activity, 2–3 lines per order, a margin column. */
function syntheticTable(n: number, customers: number, seed: number): TransactionTable {
  const random = mulberry32(seed);
  const first = epochDay(2023, 1, 1);
  const span = epochDay(2025, 12, 31) - first + 1;
  const table: TransactionTable = {
    length: n,
    customerIds: Array.from({ length: customers }, (_, i) => `C${String(i).padStart(6, '0')}`),
    customer: new Uint32Array(n),
    day: new Int32Array(n),
    amount: new Float64Array(n),
    order: new Int32Array(n),
    margin: new Float64Array(n),
    channel: null,
    channels: [],
  };
  let order = -1;
  for (let i = 0; i < n; i++) {
    const newOrder = order < 0 || random() < 0.4;
    if (newOrder) {
      order++;
      table.customer[i] = Math.floor(customers * random() ** 2);
      table.day[i] = first + Math.floor(span * random());
    } else {
      table.customer[i] = table.customer[i - 1];
      table.day[i] = table.day[i - 1];
    }
    table.order[i] = order;
    const amount = Math.round(100 * (random() < 0.02 ? -20 : 5 + 200 * random() ** 3)) / 100;
    table.amount[i] = amount;
    table.margin![i] = amount * (0.2 + 0.2 * random());
  }
  return table;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const variants: Partial<AnalysisParams>[] = [
  { periodMonths: 6 }, { margin: 0.4 }, { discountRate: 0.05 }, { abcThresholds: [0.7, 0.9] },
  { cohortUnit: 'quarter' }, { analysisDate: epochDay(2025, 6, 30) }, { periodMonths: 12 },
];

for (const rows of [100_000, 1_000_000]) {
  const colds: number[] = [];
  const warms: number[] = [];
  let customers = 0;
  for (let run = 0; run < 5; run++) {
    const table = syntheticTable(rows, 50_000, 1234 + run);
    colds.push(time(() => (customers = diagnose({ transactions: table, customers: null }, DEFAULT_PARAMS).customers.length)));
    for (const variant of variants) warms.push(time(() => diagnose({ transactions: table, customers: null }, { ...DEFAULT_PARAMS, ...variant })));
  }
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(
    `${rows.toLocaleString('en')} rows, ${customers.toLocaleString('en')} customers: ` +
      `first diagnosis ${median(colds).toFixed(0)} ms (median of ${colds.length}), ` +
      `parameter change ${median(warms).toFixed(0)} ms (median of ${warms.length}, max ${Math.max(...warms).toFixed(0)} ms), ` +
      `${((rows / median(warms)) * 1000 / 1e6).toFixed(1)} M rows/s, heap ${heap.toFixed(0)} MB`,
  );
}
