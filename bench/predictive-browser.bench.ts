// Predictive lifetime value in headless Chromium, through the app as a user drives it: a sales file of
// 50,000 customers simulated from the CDNOW BG/NBD and Gamma-Gamma parameters is imported, then
// «Ajustar los modelos» is clicked and timed until the parameters, the holdout check and the lists
// are on screen (target < 2 s). Run `npm run build` first (npm run bench does).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { epochDay, epochDayToIso } from '../src/domain/dates';
import { seededRandom, simulateTable } from '../test/domain/clv-models/simulate';
import { DiagnosisPage } from '../test/e2e/pages/diagnosis-page';
import { PlansPage } from '../test/e2e/pages/plans-page';
import { PredictivePage } from '../test/e2e/pages/predictive-page';
import { longestTask, pageNow, openBenchBrowser, watchLongTasks } from './browser';

const CUSTOMERS = Number(process.argv[2] ?? 50_000);
const RUNS = 3;

function salesCsv(customers: number): { text: string; rows: number } {
  const first = epochDay(2025, 1, 6);
  const table = simulateTable(seededRandom(2026), {
    params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
    spend: { p: 6.25, q: 3.74, gamma: 15.44 },
    customers, firstDay: first, acquisitionDays: 84, lastDay: first + 545, unitDays: 7,
  });
  const lines = ['cliente;fecha;importe'];
  for (let i = 0; i < table.length; i++) {
    lines.push(`${table.customerIds[table.customer[i]]};${epochDayToIso(table.day[i])};${table.amount[i].toFixed(2).replace('.', ',')}`);
  }
  return { text: lines.join('\n'), rows: table.length };
}

const path = join(mkdtempSync(join(tmpdir(), 'fideliza-bench-data-')), 'ventas-bgnbd.csv');
const { text, rows } = salesCsv(CUSTOMERS);
writeFileSync(path, text);

const browser = await openBenchBrowser();
await watchLongTasks(browser.context);
const { page } = browser;
const plans = new PlansPage(page, browser.baseUrl);
const diagnosis = new DiagnosisPage(page);
const predictive = new PredictivePage(page);

await plans.open();
await plans.createPlan({ name: 'Bench valor de vida' });
await diagnosis.uploadFile(path);
await diagnosis.useData();
await predictive.open();

const times: number[] = [];
let longest = 0;
for (let run = 0; run < RUNS; run++) {
  const before = await pageNow(page);
  const started = performance.now();
  await page.locator('details.predictive').getByRole('button', { name: /^(Ajustar los modelos|Volver a ajustar)$/ }).click();
  await page.locator('details.predictive progress').waitFor({ state: 'detached' });
  await page.locator('[data-list="top"] tbody tr').first().waitFor();
  await page.locator('[data-chart="holdout-cumulative"]').waitFor();
  times.push(performance.now() - started);
  longest = Math.max(longest, await longestTask(page, before));
}

const r = await predictive.figure('bgnbd_r');
const top = await predictive.listCount('top');
const sorted = [...times].sort((a, b) => a - b);
console.log(`Predictive lifetime value in headless Chromium, ${CUSTOMERS.toLocaleString('en')} customers (${rows.toLocaleString('en')} rows, ${(text.length / 1e6).toFixed(1)} MB)`);
console.log(`  click → parameters, holdout charts and lists on screen: first ${(times[0] / 1000).toFixed(2)} s, median of ${RUNS} ${(sorted[Math.floor(RUNS / 2)] / 1000).toFixed(2)} s (target < 2 s)`);
console.log(`  longest main-thread task ${Math.round(longest)} ms; r = ${r?.toFixed(3)} (generated from 0.243), ${top.toLocaleString('en')} customers in the A list`);
await browser.close();
