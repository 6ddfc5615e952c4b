/**
 * The CLV-model measurements, free of Node APIs so that the same code runs in Node and,
 * bundled, in headless Chromium (see clv-models.bench.ts).
 */
import { fitBgNbd } from '../src/domain/clv-models/bgnbd';
import { fitGammaGamma } from '../src/domain/clv-models/gamma-gamma';
import { holdoutValidation } from '../src/domain/clv-models/holdout';
import { predictiveClv } from '../src/domain/clv-models/predictive-clv';
import { purchaseDays } from '../src/domain/clv-models/purchase-days';
import { rfmSummary } from '../src/domain/clv-models/rfm-summary';
import { seededRandom, simulateTable } from '../test/domain/clv-models/simulate';

export interface BenchRow {
  step: string;
  medianMs: number;
  detail: string;
}

export function runClvBench(customers = 50_000, runs = 5): BenchRow[] {
  const table = simulateTable(seededRandom(2026), {
    params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
    spend: { p: 6.25, q: 3.74, gamma: 15.44 },
    customers, firstDay: 0, acquisitionDays: 84, lastDay: 545, unitDays: 7,
  });
  const time = <T>(step: string, work: () => T, detail: (value: T) => string): T => {
    const times: number[] = [];
    let value!: T;
    for (let k = 0; k < runs; k++) {
      const started = performance.now();
      value = work();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    rows.push({ step, medianMs: times[Math.floor(runs / 2)], detail: detail(value) });
    return value;
  };
  const rows: BenchRow[] = [];
  const purchases = time('purchase days (same-day merge)', () => purchaseDays(table), () => `${table.length} rows`);
  const summary = time('RFM summary, weeks, with holdout', () => rfmSummary(table, { unit: 'weeks', calibrationEnd: 272, holdoutEnd: 545 }, purchases),
    (s) => (s.ok ? `${s.value.length} customers` : s.error.code));
  if (!summary.ok) return rows;
  const s = summary.value;
  const bg = time('BG/NBD fit', () => fitBgNbd(s), (f) => (f.ok
    ? `r ${f.value.params.r.toFixed(3)} α ${f.value.params.alpha.toFixed(3)} a ${f.value.params.a.toFixed(3)} b ${f.value.params.b.toFixed(3)}, ${f.value.iterations} iterations`
    : f.error.code));
  const gg = time('Gamma-Gamma fit', () => fitGammaGamma(s), (f) => (f.ok
    ? `p ${f.value.params.p.toFixed(2)} q ${f.value.params.q.toFixed(2)} γ ${f.value.params.gamma.toFixed(2)}, ${f.value.repeatBuyers} repeat buyers`
    : f.error.code));
  if (!bg.ok || !gg.ok) return rows;
  const both = rows.filter((r) => r.step.endsWith('fit')).reduce((sum, r) => sum + r.medianMs, 0);
  rows.push({ step: 'both fits', medianMs: both, detail: 'target < 2000 ms in the browser' });
  time('predicted CLV, 52 weeks, lists', () => predictiveClv(s, bg.value.params, gg.value.params,
    { horizon: 52, margin: 0.3, discountRate: 0.1, periodMonths: 12 }), (c) => (c.ok ? `${c.value.topClv.length} in the A list` : c.error.code));
  time('holdout validation', () => holdoutValidation(table, s, bg.value.params, purchases), (h) => (h.ok
    ? `expected ${h.value.totalExpected.toFixed(0)}, actual ${h.value.totalActual}` : h.error.code));
  return rows;
}
