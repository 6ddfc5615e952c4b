/**
 * Time and size of the printable plan: the sample plan (every step filled in, every diagnosis
 * chart) generated as a PDF and as a Word file in headless Chromium from a production build of
 * their chunks, each beside a floor measured in the same run (an empty plan in the same format).
 * Run with `npx tsx bench/pdf.bench.ts [customers] [es|en]` (0, the default: the app's own sample
 * plan); prints the median of 5 runs, pages, size and how the charts went in, and leaves the files
 * in test-results/bench-plan.pdf and test-results/bench-plan.docx.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { findChromium } from '../test/e2e/chromium-path';

const RUNS = 5;
const customers = Number(process.argv[2] ?? 0);
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
  const call = (format: 'pdf' | 'docx', n: number, keep: boolean) => page.evaluate(
    ([l, c, k, f]) => (globalThis as unknown as { __pdfBench: (l: string, n: number, k: boolean, f: string) => Promise<Run> }).__pdfBench(l, c, k, f),
    [language, n, keep, format] as const,
  );
  const median = (runs: Run[]) => runs.map((r) => r.ms).sort((a, b) => a - b)[runs.length >> 1];
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  mkdirSync('test-results', { recursive: true });
  for (const format of ['pdf', 'docx'] as const) {
    await call(format, customers, false); // warm-up: fonts fetched, chunks compiled
    await call(format, -1, false);
    const runs: Run[] = [];
    const floor: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      floor.push(await call(format, -1, false));
      runs.push(await call(format, customers, i === RUNS - 1));
    }
    const last = runs[RUNS - 1];
    writeFileSync(`test-results/bench-plan.${format}`, Buffer.from(last.base64 ?? '', 'base64'));
    const time = median(runs);
    const name = customers === 0 ? 'the sample plan' : `the test plan (${customers} customers)`;
    console.log(`${format.toUpperCase()} of ${name}: median ${seconds(time)} (min ${seconds(Math.min(...runs.map((r) => r.ms)))}, max ${seconds(Math.max(...runs.map((r) => r.ms)))}); `
      + `floor (an empty plan, same run) ${seconds(median(floor))}; ${(last.bytes / 1024 / 1024).toFixed(2)} MB${last.pages ? `, ${last.pages} pages` : ''}`);
    if (format === 'pdf') {
      const vector = last.charts.filter((c) => c.as === 'vector').length;
      console.log(`charts: ${last.charts.length} (${vector} vector, ${last.charts.length - vector} image): ${last.charts.map((c) => `${c.id} ${c.as} ${Math.round(c.ms)} ms`).join('; ')}`);
      console.log(`targets: PDF under 1 s → ${time < 1000 ? 'met' : 'MISSED'}; under 5 MB → ${last.bytes < 5 * 1024 * 1024 ? 'met' : 'MISSED'}`);
    } else {
      console.log(`targets: Word under 1 s → ${time < 1000 ? 'met' : 'MISSED'}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
