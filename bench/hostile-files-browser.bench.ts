// Files built to hurt, read through the app in headless Chromium: how long the page's main thread
// is ever busy at once (the longest gap between the ticks of a 10 ms timer; target: under a
// second) while it reads
//   - a sales CSV of 10,000 columns (until its review is on screen),
//   - a 2 MB gzip backup of 2 GiB of zeros, and one declaring 1 KB that inflates to 64 MB
//     (until the refusal is on screen),
// each beside its floor measured in the same run: the same steps with a small, honest file.
// Run `npm run build` first; then: npx tsx bench/hostile-files-browser.bench.ts
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import { DiagnosisPage } from '../test/e2e/pages/diagnosis-page';
import { PlansPage } from '../test/e2e/pages/plans-page';
import type { BrowserContext, Page } from 'playwright-core';
import { openBenchBrowser } from './browser';

type Heartbeat = { __stall?: number };

/** A 10 ms timer in every page, recording the longest gap between its ticks since the last reset. */
async function watchStalls(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    let last = performance.now();
    (globalThis as Heartbeat).__stall = 0;
    setInterval(() => {
      const now = performance.now();
      (globalThis as Heartbeat).__stall = Math.max((globalThis as Heartbeat).__stall ?? 0, now - last);
      last = now;
    }, 10);
  });
}
const resetStall = (page: Page) => page.evaluate(() => ((globalThis as Heartbeat).__stall = 0));
const longestStall = (page: Page) => page.evaluate(() => (globalThis as Heartbeat).__stall ?? 0);

const dir = mkdtempSync(join(tmpdir(), 'fideliza-bench-hostile-'));
const csv = (columns: number) => {
  const extra = Array.from({ length: columns - 3 }, (_, i) => `extra${i + 1}`);
  const rows = [['cliente', 'fecha', 'importe', ...extra].join(';')];
  for (let r = 1; r <= 30; r++) rows.push([`C${r % 7}`, `2024-03-1${r % 10}`, `${r},50`, ...extra.map(() => r)].join(';'));
  const path = join(dir, `${columns}.csv`);
  writeFileSync(path, rows.join('\n'));
  return path;
};
const bomb = join(dir, 'bomba.fideliza');
await pipeline(
  Readable.from((function* () { for (let i = 0; i < 2048; i++) yield Buffer.alloc(1 << 20); })()),
  createGzip({ level: 9 }),
  createWriteStream(bomb),
);
const liar = gzipSync(Buffer.alloc(64 * 1024 * 1024));
liar.writeUInt32LE(1000, liar.length - 4);
const liarPath = join(dir, 'mentirosa.fideliza');
writeFileSync(liarPath, liar);
const honest = join(dir, 'honesta.fideliza');
writeFileSync(honest, gzipSync(Buffer.from('{"app":"fideliza-backup","version":1,"plans":[]}')));

const browser = await openBenchBrowser();
await watchStalls(browser.context);
const page = browser.page;
const plans = new PlansPage(page, browser.baseUrl);
await plans.open();
await plans.createPlan({ name: 'Bench archivos' });
const diagnosis = new DiagnosisPage(page);

async function readCsv(path: string): Promise<number> {
  await resetStall(page);
  await diagnosis.uploadFile(path);
  const longest = await longestStall(page);
  await page.getByRole('button', { name: 'Descartar' }).click();
  return longest;
}
const wideFloor = await readCsv(csv(3));
const wide = await readCsv(csv(10_000));
console.log(`CSV of 10,000 columns → review: longest main-thread stall ${Math.round(wide)} ms (floor, 3 columns: ${Math.round(wideFloor)} ms)`);

await plans.open();
async function refuse(path: string, text: string): Promise<number> {
  await resetStall(page);
  await page.locator('input[type=file]').setInputFiles(path);
  await page.locator('.notice.failure', { hasText: text }).waitFor({ timeout: 120_000 });
  return longestStall(page);
}
const backupFloor = await refuse(honest, 'no contiene ningún plan');
const bombTask = await refuse(bomb, 'demasiado grande');
const liarTask = await refuse(liarPath, 'dañado');
console.log(`Backup, 2 MB gzip of 2 GiB zeros → refusal: longest main-thread stall ${Math.round(bombTask)} ms (floor, an honest empty backup: ${Math.round(backupFloor)} ms)`);
console.log(`Backup declaring 1 KB, inflating to 64 MB → refusal: longest main-thread stall ${Math.round(liarTask)} ms (same floor)`);
await browser.close();
rmSync(dir, { recursive: true, force: true });
