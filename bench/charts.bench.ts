/**
 * Time to draw every chart of the diagnosis step with n customers (50,000 by default) in headless
 * Chromium, from a production build of the charts (ECharts canvas, as on screen), plus the SVG
 * export the PDF uses. Run with `npx tsx bench/charts.bench.ts [customers]`; prints the median of
 * 5 runs per chart and for the whole step, and leaves a screenshot of each chart in test-results/bench-chart-<id>.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { findChromium } from '../test/e2e/chromium-path';

const RUNS = 5;
const customers = Number(process.argv[2] ?? 50_000);
const TARGET_MS = 1000;

const root = resolve(import.meta.dirname, 'charts-page');
const outDir = mkdtempSync(join(tmpdir(), 'fideliza-charts-bench-'));
await build({ configFile: false, root, base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true, target: 'es2022' } });
const server = await preview({ configFile: false, root, base: './', build: { outDir }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('preview server has no port');

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium: install Debian’s chromium or set CHROMIUM_PATH.');
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
type Result = { generateMs: number; loadMs: number; totalMs: number; charts: { id: string; buildMs: number; drawMs: number; svgMs: number }[] };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
try {
  const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(`http://127.0.0.1:${address.port}/`);
  await page.waitForSelector('body[data-ready="yes"]', { state: 'attached' });
  const call = (language: 'es' | 'en', svg: boolean) =>
    page.evaluate(([l, n, s]) => (globalThis as unknown as { __chartsBench: (l: string, n: number, s: boolean) => Promise<Result> }).__chartsBench(l, n, s), [language, customers, svg] as const);
  const first = await call('es', false); // cold: ECharts chunk fetched and compiled, data generated
  const runs: Result[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await call('es', i === RUNS - 1));
  mkdirSync('test-results', { recursive: true });
  for (const id of runs[0].charts.map((c) => c.id)) {
    await page.locator(`[data-chart="${id}"]`).screenshot({ path: `test-results/bench-chart-${id}.png` });
  }

  console.log(`Diagnosis charts, ${customers.toLocaleString('en')} customers (synthetic diagnosis in ${Math.round(first.generateMs)} ms; ECharts chunk first load ${Math.round(first.loadMs)} ms)`);
  console.log('chart      build  draw   total  svg export   (median of 5, ms)');
  for (const [i, { id }] of runs[0].charts.entries()) {
    const b = median(runs.map((r) => r.charts[i].buildMs));
    const d = median(runs.map((r) => r.charts[i].drawMs));
    const s = runs[RUNS - 1].charts[i].svgMs;
    console.log(`${id.padEnd(10)} ${b.toFixed(0).padStart(5)} ${d.toFixed(0).padStart(5)} ${(b + d).toFixed(0).padStart(6)} ${s.toFixed(0).padStart(8)}`);
  }
  const whole = median(runs.map((r) => r.totalMs));
  const slowest = Math.max(...runs[0].charts.map((_, i) => median(runs.map((r) => r.charts[i].buildMs + r.charts[i].drawMs))));
  console.log(`whole step (9 charts, one after another): median ${whole.toFixed(0)} ms; cold first run ${first.totalMs.toFixed(0)} ms`);
  console.log(`target: every chart under ${TARGET_MS} ms → ${slowest < TARGET_MS ? 'met' : 'MISSED'} (slowest ${slowest.toFixed(0)} ms); whole step under ${TARGET_MS} ms → ${whole < TARGET_MS ? 'met' : 'MISSED'}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
