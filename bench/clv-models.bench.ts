/**
 * Time of the predictive-CLV models on 50,000 simulated customers (BG/NBD histories over 78 weeks,
 * Gamma-Gamma spends): the summary, both fits, the CLV and the holdout check, median of 5 runs,
 * in Node and then in headless Chromium (when one is installed; needs no build).
 * Run: npx tsx bench/clv-models.bench.ts [customers]
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { findChromium } from '../test/e2e/chromium-path';
import { runClvBench, type BenchRow } from './clv-models-run';

const customers = Number(process.argv[2] ?? 50_000);

function print(where: string, rows: BenchRow[]): void {
  console.log(`\n${where}, ${customers} customers (median of 5 runs)`);
  for (const row of rows) console.log(`${row.step.padEnd(36)} ${row.medianMs.toFixed(1).padStart(9)} ms   ${row.detail}`);
}

print('Node', runClvBench(customers));

const executablePath = findChromium();
if (!executablePath) {
  console.log('\nNo Chromium found: browser figures skipped (install Debian’s chromium or set CHROMIUM_PATH).');
} else {
  const bundle = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(new URL('./clv-models-run.ts', import.meta.url)), formats: ['iife'], name: 'clvBench' },
    },
  });
  const outputs = Array.isArray(bundle) ? bundle : [bundle];
  const code = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((chunk) => chunk.type === 'chunk');
  if (!code || code.type !== 'chunk') throw new Error('bundle failed');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code.code });
    const rows = await page.evaluate((n) => (globalThis as unknown as { clvBench: { runClvBench: (n: number) => BenchRow[] } }).clvBench.runClvBench(n), customers);
    print('Headless Chromium', rows);
  } finally {
    await browser.close();
  }
}
