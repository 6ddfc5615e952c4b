// What the first screen costs: the JavaScript (and CSS) the plans page actually requests on a first
// visit, from the production build in headless Chromium, each file gzipped as a server would send it;
// then what opening a plan's first step adds. Beside it, all the JavaScript in dist/ (the whole app).
// Run `npm run build` first; then: npx tsx bench/first-load.bench.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { PlansPage } from '../test/e2e/pages/plans-page';
import { openBenchBrowser } from './browser';

const GOAL_KB = 150;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzipped = (body: Buffer) => gzipSync(body, { level: 9 }).length;

interface Loaded { url: string; kind: 'js' | 'css'; raw: number; gzip: number }

/** Every script and style sheet the page fetches (its workers' scripts included) from now on. */
function record(page: Page): { files: Loaded[]; done: () => Promise<Loaded[]> } {
  const files: Loaded[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    const url = new URL(response.url());
    const kind = url.pathname.endsWith('.js') ? 'js' : url.pathname.endsWith('.css') ? 'css' : undefined;
    if (!kind || response.request().serviceWorker()) return;
    pending.push(response.body().then((body) => void files.push({ url: url.pathname, kind, raw: body.length, gzip: gzipped(body) })));
  };
  page.on('response', onResponse);
  return {
    files,
    async done() {
      await page.waitForLoadState('networkidle');
      page.off('response', onResponse);
      await Promise.all(pending);
      return files;
    },
  };
}

const sum = (files: Loaded[], kind: Loaded['kind'], key: 'raw' | 'gzip') => files.filter((f) => f.kind === kind).reduce((total, f) => total + f[key], 0);
const line = (files: Loaded[], kind: Loaded['kind']) =>
  `${kb(sum(files, kind, 'gzip'))} KB gzipped (${kb(sum(files, kind, 'raw'))} KB raw) in ${files.filter((f) => f.kind === kind).length} files`;

const allJs = readdirSync('dist/assets').filter((name) => name.endsWith('.js')).map((name) => readFileSync(join('dist/assets', name)));
const browser = await openBenchBrowser();
try {
  const page = browser.page;
  page.on('pageerror', (error) => console.error('page error:', error));
  const first = record(page);
  const plans = new PlansPage(page, browser.baseUrl);
  await plans.open();
  await page.getByRole('button', { name: /Nuevo plan|New plan/ }).first().waitFor();
  const plansFiles = await first.done();
  const plansJs = sum(plansFiles, 'js', 'gzip');
  console.log('First visit, plans page (the first screen), fresh profile:');
  console.log(`  JavaScript: ${line(plansFiles, 'js')}; goal ≤ ${GOAL_KB} KB gzipped: ${plansJs / 1024 <= GOAL_KB ? 'met' : 'NOT met'}`);
  console.log(`  CSS: ${line(plansFiles, 'css')}`);
  for (const file of plansFiles.sort((a, b) => b.gzip - a.gzip)) console.log(`    ${kb(file.gzip).padStart(6)} KB  ${file.url}`);
  console.log(`  for scale, all the app's JavaScript in dist/: ${kb(allJs.reduce((t, b) => t + gzipped(b), 0))} KB gzipped (${kb(allJs.reduce((t, b) => t + b.length, 0))} KB raw) in ${allJs.length} files`);

  const step = record(page);
  await plans.createPlan({ name: 'Bench primera carga' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  const stepFiles = await step.done();
  console.log(`Then a new plan's step 1 (diagnosis) adds: JavaScript ${line(stepFiles, 'js')}; CSS ${line(stepFiles, 'css')}`);
} finally {
  await browser.close();
}
