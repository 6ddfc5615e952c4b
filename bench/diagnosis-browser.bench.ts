// Text to finished diagnosis in headless Chromium, through the app as a user drives it:
// pick a file, review what was detected, use the data, read the figures. Each size is printed
// beside the floor of the same run: Node reading the same file and decoding it as text. The file
// is picked, and the data used, once the machine is idle (`machine-idle.ts`), as a person does.
// BENCH_ROWS=5m (or 1m, or 1m,5m) runs only those sizes; the files are kept under /tmp.
// BENCH_CANCEL=0 leaves out the cancelled read that comes first. From the file picked to the last
// chart drawn, a Chromium trace is recorded (BENCH_TRACE=0: none) and its longest tasks printed with
// what ran in them (BENCH_TRACE_TOP=n: the n longest, 3 by default); built with `npx vite build --sourcemap hidden`, their places read as source lines.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openBenchBrowser, longestTask, pageNow, samplePeakMemory, watchLongTasks } from './browser';
import { waitForIdleMachine } from './machine-idle';
import { chartOfTasks, longTasks, startTrace, watchChartsStarted, type LongTaskReport } from './trace-long-tasks';
import { writeTransactionsCsv } from './generate-transactions';
import { milestones, watchMilestones } from './page-milestones';
import { DiagnosisPage } from '../test/e2e/pages/diagnosis-page';
import { showPart } from '../test/e2e/pages/diagnosis-parts';
import { PlansPage } from '../test/e2e/pages/plans-page';

/** Issue 17's goals: time to the figures (as a multiple of the floor, or in seconds), longest task, peak memory. */
const SIZES = [
  { name: '1m', rows: 1_000_000, customers: 50_000, goals: { floors: 3, seconds: Infinity, taskMs: 50, memoryMb: 1000 } },
  { name: '5m', rows: 5_000_000, customers: 250_000, goals: { floors: Infinity, seconds: 15, taskMs: 50, memoryMb: 2000 } },
];

function verdict(goals: (typeof SIZES)[number]['goals'], seconds: number, floor: number, taskMs: number, memoryMb: number): string {
  const check = (met: boolean) => (met ? 'met' : 'NOT met');
  const time = goals.floors < Infinity
    ? `≤ ${goals.floors}× the floor: ${check(seconds <= goals.floors * floor)}`
    : `≤ ${goals.seconds} s: ${check(seconds <= goals.seconds)}`;
  return `    goals: ${time}; longest task ≤ ${goals.taskMs} ms: ${check(taskMs <= goals.taskMs)}; peak memory ≤ ${goals.memoryMb / 1000} GB: ${check(memoryMb <= goals.memoryMb)}`;
}
const wanted = (process.env.BENCH_ROWS ?? '').toLowerCase().split(',').filter(Boolean);
const sizes = SIZES.filter((size) => wanted.length === 0 || wanted.includes(size.name));

const dir = join(tmpdir(), 'fideliza-bench-data');
mkdirSync(dir, { recursive: true });

/** Median of three runs of Node's read + TextDecoder of the file: what any reader must pay at least. */
function floorSeconds(path: string): number {
  const runs: number[] = [];
  for (let k = 0; k < 3; k++) {
    const started = performance.now();
    const text = new TextDecoder().decode(readFileSync(path));
    if (text.length === 0) throw new Error('empty file');
    runs.push((performance.now() - started) / 1000);
  }
  return runs.sort((a, b) => a - b)[1];
}

/** Picks the file, presses Cancel once a third of it is read, and says how soon the read stopped. */
async function cancelMidway(page: Page, path: string, megabytes: number): Promise<string> {
  const diagnosis = new DiagnosisPage(page);
  await diagnosis.fileInput().setInputFiles(path);
  await page.waitForFunction((bytes) => Number(document.querySelector('[data-read-bytes]')?.getAttribute('data-read-bytes') ?? 0) > bytes, (megabytes * 1e6) / 3, { timeout: 600_000, polling: 50 });
  const at = Number(await page.locator('[data-read-bytes]').getAttribute('data-read-bytes')) / 1e6;
  const pressed = performance.now();
  await page.locator('.progress[role=status] button').click();
  await page.locator('.progress[role=status]').waitFor({ state: 'detached', timeout: 60_000 });
  const stopped = (performance.now() - pressed) / 1000;
  const review = await page.locator('#review-title').count();
  return `cancelled at ${at.toFixed(0)} MB: stopped in ${stopped.toFixed(2)} s${review > 0 ? ', but the review showed' : ', no draft left'}`;
}

console.log('Diagnosis in headless Chromium (file picked → figures on screen; long tasks until every chart is drawn)');
const load = () => loadavg()[0].toFixed(1);
for (const { name, rows, customers, goals } of sizes) {
  const path = join(dir, `ventas-${rows}-${customers}.csv`);
  writeTransactionsCsv(path, rows, customers, 42, 'semicolon');
  const megabytes = statSync(path).size / 1e6;
  const loadBefore = load();
  // The memory sampler (ps and smaps ten times a second) and the trace take a core's share of
  // their own on this 2-core machine, so the time is taken in a pass of its own, after the
  // measured pass has brought the file and the browser into memory, beside a floor taken just before.
  const run = await drive(name, path, megabytes, true);
  const floor = floorSeconds(path);
  const alone = await drive(name, path, megabytes, false);
  // The long tasks too are those of the pass alone: the sampler's and the trace's share of the cores stretches the measured pass's tasks.
  const { kind, shownCustomers, peak, idle, progress, cancelled } = run;
  const { longest, longestToFigures } = alone;
  const seconds = alone.seconds;
  const loadAfter = load();
  console.log(
    `  ${rows.toLocaleString('en')} rows (${megabytes.toFixed(0)} MB, ${customers.toLocaleString('en')} customers; read as ${kind}, ${shownCustomers?.toLocaleString('en')} customers shown)\n` +
      `    floor (Node read + TextDecoder): ${floor.toFixed(2)} s; load average ${loadBefore} before, ${loadAfter} after (2 cores)\n` +
      `    to the figures: ${seconds.toFixed(2)} s = ${(seconds / floor).toFixed(1)}× the floor ` +
      `(read and review ${alone.readSeconds.toFixed(2)} s, store and diagnose ${(seconds - alone.readSeconds).toFixed(2)} s), ` +
      `${Math.round(rows / seconds).toLocaleString('en')} rows/s; charts drawn at ${alone.drawnSeconds.toFixed(2)} s; ` +
      `with the sampler and the trace running: ${run.seconds.toFixed(2)} s; ` +
      `by the test driver's clock ${alone.driverSeconds.toFixed(2)} s (its waits poll, up to 0.5 s apart)\n` +
      `    picked ${alone.beforePick.seconds.toFixed(1)} s after step 1 showed, once the machine was idle${alone.beforePick.idle ? '' : ' (it never was: picked anyway)'}; ` +
      `«Usar estos datos» pressed ${alone.reactionSeconds.toFixed(2)} s after the review showed, once the machine was idle again${alone.beforePress.idle ? '' : ' (it never was)'} ` +
      `(a person reads the review meanwhile, and the figures are worked out then): that time is left out above\n` +
      `    longest main-thread task ${Math.round(longest)} ms (${Math.round(longestToFigures)} ms until the figures show; 0: none over 50 ms; with the sampler and the trace running: ${Math.round(run.longest)} ms); peak memory of all this Chromium's processes ${peak.pss} MB ` +
      `(proportional; ${peak.rss} MB resident summed; before the file: ${idle.pss} MB and ${idle.rss} MB)\n` +
      `    progress shown: ${progress.size} distinct messages${progress.size > 0 ? `, last «${[...progress].at(-1)}»` : ''}; ${cancelled}` +
      (run.traced ? `\n${traceLines(run.traced, run.charts, run.before, run.figuresAt)}` : ''),
  );
  console.log(verdict(goals, seconds, floor, longest, peak.pss));
}

/**
 * One pass in a fresh browser (so each peak is that file's alone): pick the file, use it, wait for
 * the figures and every chart. `measured` adds the cancelled read, memory sampling, progress
 * watching and the trace.
 */
async function drive(name: string, path: string, megabytes: number, measured: boolean) {
  const browser = await openBenchBrowser();
  // A large file on a busy machine takes longer than the test driver's default wait.
  browser.page.setDefaultTimeout(600_000);
  await watchLongTasks(browser.context);
  await watchChartsStarted(browser.context);
  await watchMilestones(browser.context);
  const plans = new PlansPage(browser.page, browser.baseUrl);
  const diagnosis = new DiagnosisPage(browser.page);
  await plans.open();
  await plans.createPlan({ name: `Bench ${name}` });
  await diagnosis.showImport();
  const cancelled = !measured || process.env.BENCH_CANCEL === '0' ? 'cancel not tried' : await cancelMidway(browser.page, path, megabytes);
  // The driver's first wait for a function compiles its own script in the page (a task of 65 ms
  // in one run, while the charts were drawn): done here, it is not taken for the app's.
  await browser.page.waitForFunction(() => true);
  // A person picks the file once the page has started (its worker loaded, a first visit's cache
  // filled), and presses «Usar estos datos» after reading the review: so does the driver. The
  // sampler and the progress watcher start after the first wait, which they would keep from ending.
  const beforePick = await waitForIdleMachine();
  const idle = measured ? await samplePeakMemory(100, browser.userDataDir).stop() : { rss: 0, pss: 0 };
  const memory = measured ? samplePeakMemory(100, browser.userDataDir) : null;
  const progress = new Set<string>();
  const watching = measured ? setInterval(() => {
    void browser.page.locator('.progress[role=status]').first().textContent({ timeout: 50 }).then((text) => text && progress.add(text.trim()), () => {});
  }, 250) : undefined;
  const tracer = !measured || process.env.BENCH_TRACE === '0' ? null : await startTrace(browser.context, browser.page);
  const started = performance.now();
  await diagnosis.fileInput().setInputFiles(path);
  // Long tasks count from here: before, the test driver itself builds the file inside the page.
  const before = await pageNow(browser.page);
  await diagnosis.readDone();
  const kind = await browser.page.locator('section.review select:has(option[value=transactions])').inputValue();
  // With the sampler and the trace running the machine is never idle: the wait then ends after 5 s.
  const beforePress = await waitForIdleMachine(5_000);
  await diagnosis.useData();
  await browser.page.locator('[data-metric="customers_total"]').waitFor({ timeout: 600_000 });
  const done = performance.now();
  const marks = await milestones(browser.page);
  const longestToFigures = await longestTask(browser.page, before);
  const figuresAt = await pageNow(browser.page);
  clearInterval(watching);
  const shownCustomers = await diagnosis.figure('customers_total');
  // The long tasks count until every chart of the step is drawn, not just until the figures show;
  // the charts are a part of step 1 of their own, drawn when it opens.
  await showPart(browser.page, 'charts');
  await browser.page.waitForFunction(() => {
    const charts = document.querySelectorAll('figure[data-chart]');
    return charts.length > 0 && [...charts].every((chart) => chart.querySelector('canvas'));
  }, undefined, { timeout: 600_000 });
  const drawn = performance.now();
  await browser.page.waitForTimeout(500);
  const peak = memory ? await memory.stop() : { rss: 0, pss: 0 };
  const longest = await longestTask(browser.page, before);
  const traced = tracer ? longTasks(await tracer.stop()).filter((task) => task.start >= before) : null;
  const charts = traced ? await chartOfTasks(browser.page, traced) : [];
  await browser.close();
  // The app's time by the page's clock: the driver's own delay in pressing «Usar estos datos» is left out.
  const reaction = marks.used - marks.reviewed;
  return {
    seconds: (marks.figures - marks.picked - reaction) / 1000, readSeconds: (marks.reviewed - marks.picked) / 1000,
    drawnSeconds: (drawn - started - reaction) / 1000, driverSeconds: (done - started) / 1000 - beforePress.seconds, reactionSeconds: reaction / 1000,
    kind, shownCustomers, longest, longestToFigures, peak, idle, progress, cancelled, traced, charts, before, figuresAt, beforePick, beforePress,
  };
}

/** The traced tasks over 50 ms (times from the file picked; after the figures, in which chart's turn): how many before and after the figures showed, the three longest with what ran in them. */
function traceLines(tasks: LongTaskReport[], charts: (string | null)[], picked: number, figuresAt: number): string {
  const before = tasks.filter((task) => task.start < figuresAt);
  const after = tasks.filter((task) => task.start >= figuresAt);
  const longest = (list: LongTaskReport[]) => {
    if (list.length === 0) return 'none over 50 ms';
    const cpu = Math.max(...list.map((task) => task.cpu ?? 0));
    return `${Math.round(list[0].duration)} ms (the most on a core ${Math.round(cpu)} ms)`;
  };
  const head = `    traced (the trace slows the page a little): ${tasks.length} tasks over 50 ms; longest before the figures show ${longest(before)}, after ${longest(after)}`;
  const top = tasks.slice(0, Number(process.env.BENCH_TRACE_TOP ?? 3)).map((task, k) =>
    `      ${k + 1}. ${Math.round(task.duration)} ms${task.cpu === null ? '' : ` (${Math.round(task.cpu)} ms on a core)`} at ${((task.start - picked) / 1000).toFixed(2)} s, ${task.start < figuresAt ? 'before' : `after the figures${charts[k] ? `, chart «${charts[k]}»` : ''}`}: ${task.attribution}`);
  return [head, ...top].join('\n');
}
