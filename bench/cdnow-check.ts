/**
 * Fits BG/NBD and Gamma-Gamma on the CDNOW sample (read in place, never copied into the repo)
 * and prints the fitted values beside the published ones.
 * Usage: npx tsx bench/cdnow-check.ts [path to CDNOW_sample.txt]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TransactionTable } from '../src/domain/dataset';
import { epochDay } from '../src/domain/dates';
import { bgnbdExpectedPurchases, fitBgNbd } from '../src/domain/clv-models/bgnbd';
import { fitGammaGamma } from '../src/domain/clv-models/gamma-gamma';
import { holdoutValidation } from '../src/domain/clv-models/holdout';
import { rfmSummary } from '../src/domain/clv-models/rfm-summary';

const path = process.argv[2] ?? fileURLToPath(new URL('../../shared/data/cdnow/CDNOW_sample.txt', import.meta.url));
const table = parseCdnow(readFileSync(path, 'utf8'));
const calibrationEnd = epochDay(1997, 9, 30);
const holdoutEnd = epochDay(1998, 6, 30);

const summary = rfmSummary(table, { unit: 'weeks', calibrationEnd, holdoutEnd });
if (!summary.ok) throw new Error(`summary: ${summary.error.code}`);
const s = summary.value;
let noRepeat = 0;
let calibrationRepeats = 0;
let holdoutRepeats = 0;
for (let i = 0; i < s.length; i++) {
  if (s.x[i] === 0) noRepeat++;
  calibrationRepeats += s.x[i];
  holdoutRepeats += s.holdoutX![i];
}

const rows: [string, number, number][] = [
  ['customers', s.length, 2357],
  ['customers with no repeat purchase', noRepeat, 1411],
  ['repeat purchases, calibration', calibrationRepeats, 2457],
  ['repeat purchases, holdout', holdoutRepeats, 1882],
];

const started = performance.now();
const bg = fitBgNbd(s);
const bgMs = performance.now() - started;
if (!bg.ok) throw new Error(`BG/NBD: ${bg.error.code}`);
const p = bg.value.params;
rows.push(
  ['BG/NBD r', p.r, 0.243], ['BG/NBD alpha', p.alpha, 4.414], ['BG/NBD a', p.a, 0.793], ['BG/NBD b', p.b, 2.426],
  ['BG/NBD log-likelihood', bg.value.logLikelihood, -9582.4],
  ['E[purchases in 39 wk | x=2, t_x=30.43, T=38.86]', bgnbdExpectedPurchases(p, 2, 30.43, 38.86, 39), 1.226],
);

const ggStarted = performance.now();
const gg = fitGammaGamma(s);
const ggMs = performance.now() - ggStarted;
if (!gg.ok) throw new Error(`Gamma-Gamma: ${gg.error.code}`);
rows.push(
  ['Gamma-Gamma repeat buyers', gg.value.repeatBuyers, 946],
  ['Gamma-Gamma p', gg.value.params.p, 6.25], ['Gamma-Gamma q', gg.value.params.q, 3.74],
  ['Gamma-Gamma gamma', gg.value.params.gamma, 15.44],
);

const holdout = holdoutValidation(table, s, p);
if (!holdout.ok) throw new Error(`holdout: ${holdout.error.code}`);
const h = holdout.value;

console.log(`CDNOW sample: ${path}`);
console.log(`${'figure'.padEnd(50)} ${'fitted'.padStart(12)} ${'published'.padStart(10)} ${'diff %'.padStart(8)}`);
for (const [name, fitted, published] of rows) {
  const diff = (100 * (fitted - published)) / Math.abs(published);
  console.log(`${name.padEnd(50)} ${fitted.toFixed(4).padStart(12)} ${String(published).padStart(10)} ${diff.toFixed(3).padStart(8)}`);
}
console.log(`BG/NBD converged: ${bg.value.iterations} iterations, gradient ${bg.value.gradientNorm.toExponential(1)}, ${bgMs.toFixed(1)} ms`);
console.log(`Gamma-Gamma converged: ${gg.value.iterations} iterations, gradient ${gg.value.gradientNorm.toExponential(1)}, ${ggMs.toFixed(1)} ms`);
console.log(`holdout (${h.holdoutLength.toFixed(2)} weeks): expected ${h.totalExpected.toFixed(1)}, actual ${h.totalActual}`);
console.log('x in calibration   customers   actual mean   expected mean');
for (const c of h.byFrequency) {
  console.log(`${(c.x === 7 ? '7+' : String(c.x)).padStart(16)} ${String(c.customers).padStart(11)} ${c.actualMean.toFixed(3).padStart(13)} ${c.expectedMean.toFixed(3).padStart(15)}`);
}
console.log('week   actual cumulative   expected cumulative');
h.cumulative.forEach((point, week) => {
  if ((week + 1) % 13 === 0 || week === h.calibrationWeeks - 1) {
    console.log(`${String(week + 1).padStart(4)} ${String(point.actual).padStart(19)} ${point.expected.toFixed(1).padStart(21)}`);
  }
});

function parseCdnow(text: string): TransactionTable {
  const ids = new Map<string, number>();
  const customer: number[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  for (const line of text.split(/\r?\n/)) {
    const cells = line.trim().split(/\s+/);
    if (cells.length < 5 || !/^\d{8}$/.test(cells[2])) continue;
    const id = cells[0];
    if (!ids.has(id)) ids.set(id, ids.size);
    const date = cells[2];
    customer.push(ids.get(id)!);
    day.push(epochDay(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8))));
    amount.push(Number(cells[4]));
  }
  return {
    length: customer.length,
    customerIds: [...ids.keys()],
    customer: Uint32Array.from(customer),
    day: Int32Array.from(day),
    amount: Float64Array.from(amount),
    order: new Int32Array(customer.length).fill(-1),
    margin: null,
    channel: null,
    channels: [],
  };
}
