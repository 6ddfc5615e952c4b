// Text to finished diagnosis in headless Chromium, through the app as a user drives it:
// pick a file, review what was detected, use the data, read the figures.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBenchBrowser, longestTask, pageNow, samplePeakMemory, watchLongTasks } from './browser';
import { generateTransactionsCsv } from './generate-transactions';
import { DiagnosisPage } from '../test/e2e/pages/diagnosis-page';
import { showPart } from '../test/e2e/pages/diagnosis-parts';
import { PlansPage } from '../test/e2e/pages/plans-page';

const SIZES = [
  { rows: 100_000, customers: 20_000 },
  { rows: 1_000_000, customers: 50_000 },
];

const dir = mkdtempSync(join(tmpdir(), 'fideliza-bench-data-'));
const browser = await openBenchBrowser();
await watchLongTasks(browser.context);
const plans = new PlansPage(browser.page, browser.baseUrl);
const diagnosis = new DiagnosisPage(browser.page);

console.log('Diagnosis in headless Chromium (file picked → figures on screen; long tasks until every chart is drawn)');
for (const { rows, customers } of SIZES) {
  const path = join(dir, `ventas-${rows}.csv`);
  const text = generateTransactionsCsv(rows, customers, 42, 'semicolon');
  writeFileSync(path, text);
  await plans.open();
  await plans.createPlan({ name: `Bench ${rows}` });
  const memory = samplePeakMemory();
  const started = performance.now();
  await diagnosis.fileInput().setInputFiles(path);
  // Long tasks count from here: before, the test driver itself builds the file inside the page.
  const before = await pageNow(browser.page);
  await diagnosis.readDone();
  const read = performance.now();
  await diagnosis.useData();
  await browser.page.locator('[data-metric="customers_total"]').waitFor();
  const done = performance.now();
  // The long tasks count until every chart of the step is drawn, not just until the figures show;
  // the charts are a part of step 1 of their own, drawn when it opens.
  await showPart(browser.page, 'charts');
  await browser.page.waitForFunction(() => {
    const charts = document.querySelectorAll('figure[data-chart]');
    return charts.length > 0 && [...charts].every((chart) => chart.querySelector('canvas'));
  });
  await browser.page.waitForTimeout(500);
  const drawn = performance.now();
  const peak = await memory.stop();
  const longest = await longestTask(browser.page, before);
  const seconds = (done - started) / 1000;
  console.log(
    `  ${rows.toLocaleString('en')} rows (${(text.length / 1e6).toFixed(0)} MB, ${customers.toLocaleString('en')} customers): ` +
      `${seconds.toFixed(2)} s (read and review ${((read - started) / 1000).toFixed(2)} s, store and diagnose ${((done - read) / 1000).toFixed(2)} s), ` +
      `${Math.round(rows / seconds).toLocaleString('en')} rows/s, charts drawn at ${((drawn - 500 - started) / 1000).toFixed(2)} s, ` +
      `longest main-thread task ${Math.round(longest)} ms, peak Chromium memory ${peak} MB`,
  );
}
await browser.close();
