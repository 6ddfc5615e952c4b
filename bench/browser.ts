import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';
import { findChromium } from '../test/e2e/chromium-path';

export interface BenchBrowser {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  close(): Promise<void>;
}

/** The production build (run `npm run build` first) served on 127.0.0.1, in a fresh headless Chromium. */
export async function openBenchBrowser(): Promise<BenchBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: install Debian’s chromium or set CHROMIUM_PATH.');
  const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const userDataDir = mkdtempSync(join(tmpdir(), 'fideliza-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    locale: 'es-ES',
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    context,
    baseUrl: `http://127.0.0.1:${address.port}/`,
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

type LongTasks = { __longTasks?: { start: number; duration: number }[] };

/** Records every main-thread task over 50 ms from the page's first script on, with its start. */
export async function watchLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (globalThis as LongTasks).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The page's clock (`performance.now()`), to say from when `longestTask` counts. */
export async function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** The longest task that started at or after `since` (page clock); 0 when none took over 50 ms. */
export async function longestTask(page: Page, since = 0): Promise<number> {
  return page.evaluate(
    (from) => Math.max(0, ...((globalThis as LongTasks).__longTasks ?? []).filter((t) => t.start >= from).map((t) => t.duration)),
    since,
  );
}

/** Resident memory of all Chromium processes, sampled until `stop` is called; resolves to the peak in MB. */
export function samplePeakMemory(intervalMs = 100): { stop: () => Promise<number> } {
  let peak = 0;
  const sample = () => {
    try {
      const out = execSync("ps -C chromium -o rss= 2>/dev/null || true", { encoding: 'utf8' });
      const total = out.split('\n').map(Number).filter(Number.isFinite).reduce((a, b) => a + b, 0) / 1024;
      peak = Math.max(peak, total);
    } catch {
      // ps missing: no figure.
    }
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    async stop() {
      clearInterval(timer);
      sample();
      return Math.round(peak);
    },
  };
}
