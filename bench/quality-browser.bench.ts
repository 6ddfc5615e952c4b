// The customer-database quality engine in headless Chromium, on a generated Spanish list of
// 100,000 records with known faults (target: profiled and grouped in under 5 s):
// 1. through the app as a user drives it: pick the file, use it, until the data-quality panel
//    shows the base and its duplicate groups;
// 2. straight to the app's worker, for the time of each part and the duplicate groups found,
//    scored against the generator's ground truth (precision and recall on pairs of records).
// Run `npm run build` first; then: npx tsx bench/quality-browser.bench.ts [records]
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dirtyCustomers } from '../test/generators/dirty-customers';
import { CustomerQualityPage } from '../test/e2e/pages/customer-quality-page';
import { DiagnosisPage } from '../test/e2e/pages/diagnosis-page';
import { PlansPage } from '../test/e2e/pages/plans-page';
import { longestTask, pageNow, openBenchBrowser, watchLongTasks } from './browser';

const records = Number(process.argv[2] ?? 100_000);
const generated = dirtyCustomers({ records, seed: 2024 });
const text = [generated.table.header, ...generated.table.rows].map((row) => row.join(';')).join('\n');
const dir = mkdtempSync(join(tmpdir(), 'fideliza-bench-quality-'));
const path = join(dir, `clientes-${records}.csv`);
writeFileSync(path, text);
const worker = readdirSync('dist/assets').find((name) => /^diagnosis\.worker-.*\.js$/.test(name));
if (!worker) throw new Error('No built worker in dist/assets: run `npm run build` first.');

const browser = await openBenchBrowser();
await watchLongTasks(browser.context);
const page = browser.page;
console.log(`Customer data quality in headless Chromium: ${records.toLocaleString('en')} records (${(text.length / 1e6).toFixed(1)} MB), ${generated.duplicatePairs.length.toLocaleString('en')} true duplicate pairs`);

// 1. Through the app.
const plans = new PlansPage(page, browser.baseUrl);
await plans.open();
await plans.createPlan({ name: 'Bench calidad' });
const diagnosis = new DiagnosisPage(page);
const quality = new CustomerQualityPage(page);
await diagnosis.uploadFile(path);
const before = await pageNow(page);
const used = performance.now();
await diagnosis.useData();
await quality.ready();
await quality.section().getByRole('tab', { name: /^Duplicados \(\d/ }).waitFor();
const shown = performance.now();
console.log(
  `  app: "use this data" → figures, profile, data levels and duplicate groups on screen: ${((shown - used) / 1000).toFixed(2)} s ` +
    `(includes storing the file, the diagnosis and the page); longest main-thread task ${Math.round(await longestTask(page, before))} ms`,
);

// A merge and its undo, each until the panel and the figures show the new base (the cleaning is
// stored beside the file in IndexedDB, the diagnosis recomputed, the panel asked again).
await quality.openTab(/^Duplicados/);
const first = quality.section().getByRole('article').first();
await first.waitFor();
const merging = performance.now();
await first.getByRole('button', { name: /^Fusionar \d+ / }).click();
await quality.baseOnceAt(records - 1);
const merged = performance.now();
await quality.undoLastMerge();
await quality.baseOnceAt(records);
const undone = performance.now();
console.log(`  app: merge a group ${((merged - merging) / 1000).toFixed(2)} s, undo it ${((undone - merged) / 1000).toFixed(2)} s (until the panel shows the new base)`);

// 2. Straight to the worker, as the page talks to it. (tsx names the functions it compiles with
// a helper the page lacks.)
await page.evaluate('globalThis.__name = (f) => f');
const measured = await page.evaluate(
  async ({ url, csv }) => {
    const w = new Worker(url, { type: 'module' });
    let id = 0;
    const ask = (message: Record<string, unknown>) =>
      new Promise<{ answer: unknown; ms: number }>((resolve) => {
        const mine = ++id;
        const start = performance.now();
        const listen = (event: MessageEvent) => {
          if (event.data.id !== mine || event.data.type === 'progress') return;
          w.removeEventListener('message', listen);
          resolve({ answer: event.data, ms: performance.now() - start });
        };
        w.addEventListener('message', listen);
        w.postMessage({ ...message, id: mine });
      });
    const today = Math.floor(Date.now() / 86_400_000);
    const read = await ask({ type: 'read', input: csv, options: { today, language: 'es' } });
    await ask({ type: 'commit' });
    const overview = await ask({ type: 'quality', body: { type: 'overview' } });
    const again = await ask({ type: 'quality', body: { type: 'overview' } });
    const groups = await ask({ type: 'quality', body: { type: 'duplicates', offset: 0, limit: 1_000_000 } });
    const found = (groups.answer as { answer: { groups: { members: { line: number }[] }[] } }).answer.groups.map((g) => g.members.map((m) => m.line));
    const view = (overview.answer as { answer: { overview: { timings: Record<string, number>; duplicates: { groups: number }; records: number } } }).answer.overview;
    w.terminate();
    return { readMs: read.ms, overviewMs: overview.ms, againMs: again.ms, timings: view.timings, records: view.records, groupsMs: groups.ms, found };
  },
  { url: `${browser.baseUrl}assets/${worker}`, csv: text },
);
await browser.close();

const n = generated.table.rows.length;
const truth = new Set(generated.duplicatePairs.map(([a, b]) => a * n + b));
const pairs = new Set<number>();
for (const lines of measured.found) {
  const rows = lines.map((line) => line - 2).sort((a, b) => a - b);
  for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) pairs.add(rows[i] * n + rows[j]);
}
let right = 0;
for (const pair of pairs) if (truth.has(pair)) right++;
const t = measured.timings;
console.log(`  worker: read ${(measured.readMs / 1000).toFixed(2)} s; profile + data levels + duplicate groups ${(measured.overviewMs / 1000).toFixed(2)} s (profile ${Math.round(t.profile)} ms, levels ${Math.round(t.levels)} ms, duplicates ${Math.round(t.duplicates)} ms); asked again ${Math.round(measured.againMs)} ms; ${measured.found.length.toLocaleString('en')} groups sent in ${Math.round(measured.groupsMs)} ms`);
console.log(`  duplicate pairs: true ${truth.size.toLocaleString('en')}, found ${pairs.size.toLocaleString('en')}, precision ${(right / pairs.size).toFixed(4)}, recall ${(right / truth.size).toFixed(4)}`);
