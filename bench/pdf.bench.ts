/**
 * Time and size of the printable plan: the sample plan (every step filled in, every diagnosis
 * chart) generated as a PDF in headless Chromium from a production build of the PDF chunk.
 * Run with `npx tsx bench/pdf.bench.ts [customers] [es|en]`; prints the median of 5 runs, pages, size
 * and how the charts went in, and leaves the PDF in test-results/bench-plan.pdf.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { findChromium } from '../test/e2e/chromium-path';

const RUNS = 5;
const customers = Number(process.argv[2] ?? 600);
const language = process.argv[3] === 'en' ? 'en' : 'es';

const root = resolve(import.meta.dirname, 'pdf-page');
const outDir = mkdtempSync(join(tmpdir(), 'fideliza-pdf-bench-'));
await build({ configFile: false, root, base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true, target: 'es2022' } });
const server = await preview({ configFile: false, root, base: './', build: { outDir }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('preview server has no port');

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium: install Debian’s chromium or set CHROMIUM_PATH.');
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(`http://127.0.0.1:${address.port}/`);
  await page.waitForSelector('body[data-ready="yes"]', { state: 'attached' });
  type Run = { ms: number; bytes: number; pages: number; charts: { id: string; as: string; svgChars: number; ms: number }[]; base64?: string };
  const call = (keep: boolean) => page.evaluate(
    ([l, n, k]) => (globalThis as unknown as { __pdfBench: (l: string, n: number, k: boolean) => Promise<Run> }).__pdfBench(l, n, k),
    [language, customers, keep] as const,
  );
  await call(false); // warm-up: fonts fetched, chunks compiled
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await call(i === RUNS - 1));
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const last = runs[RUNS - 1];
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench-plan.pdf', Buffer.from(last.base64 ?? '', 'base64'));
  const vector = last.charts.filter((c) => c.as === 'vector').length;
  console.log(`PDF of the sample plan (${customers} customers): median ${(times[RUNS >> 1] / 1000).toFixed(2)} s `
    + `(min ${(times[0] / 1000).toFixed(2)}, max ${(times[RUNS - 1] / 1000).toFixed(2)}), `
    + `${(last.bytes / 1024 / 1024).toFixed(2)} MB, ${last.pages} pages, ${last.charts.length} charts (${vector} vector, ${last.charts.length - vector} image)`);
  console.log(`charts: ${last.charts.map((c) => `${c.id} ${c.as} ${Math.round(c.ms)} ms (SVG ${Math.round(c.svgChars / 1000)} k chars)`).join('; ')}`);
  console.log(`targets: under 3 s → ${times[RUNS >> 1] < 3000 ? 'met' : 'MISSED'}; under 5 MB → ${last.bytes < 5 * 1024 * 1024 ? 'met' : 'MISSED'}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
