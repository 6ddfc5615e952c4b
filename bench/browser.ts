import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';
import { findChromium } from '../test/e2e/chromium-path';

export interface BenchBrowser {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** This browser's profile folder: its processes are told apart from other Chromiums by it. */
  userDataDir: string;
  close(): Promise<void>;
}

/** The build the benches serve: `dist`, or BENCH_DIST (another build, e.g. the code before a change, measured back to back). */
export const BENCH_DIST = process.env.BENCH_DIST ?? 'dist';

/** The production build (run `npm run build` first) served on 127.0.0.1, in a fresh headless Chromium. */
export async function openBenchBrowser(): Promise<BenchBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: install Debian’s chromium or set CHROMIUM_PATH.');
  const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, build: { outDir: BENCH_DIST }, logLevel: 'warn' });
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
    userDataDir,
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

/** Peak memory of a set of processes in MB: resident (shared pages counted in every process) and proportional (shared pages split). */
export interface MemoryPeak {
  rss: number;
  pss: number;
}

/** Proportional set size of a process in kB (its share of shared pages), or its resident size where the kernel does not say. */
function pssOf(pid: number, rss: number): number {
  try {
    const match = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) : rss;
  } catch {
    return rss;
  }
}

/**
 * Memory of all Chromium processes, sampled until `stop` is called; resolves to the peaks in MB.
 * With `userDataDir`, only that browser's processes count (the one started with that profile and
 * every process under it), not other Chromiums running on a shared machine. Resident sizes
 * summed count the pages processes share (Chromium's code, fonts) once per process: over
 * 1 GB for an idle browser with one page; the proportional sum counts them once in all.
 */
export function samplePeakMemory(intervalMs = 100, userDataDir?: string): { stop: () => Promise<MemoryPeak> } {
  const peak: MemoryPeak = { rss: 0, pss: 0 };
  const sample = () => {
    try {
      const out = execSync('ps -e -o pid=,ppid=,rss=,args=', { encoding: 'utf8', maxBuffer: 16 << 20 });
      const processes = out.split('\n').map((line) => line.trim().split(/\s+/)).filter((f) => f.length >= 4)
        .map(([pid, ppid, rss, ...args]) => ({ pid: Number(pid), ppid: Number(ppid), rss: Number(rss), args: args.join(' ') }));
      const counted = new Set<number>();
      for (const p of processes) {
        const chromium = /chrom/i.test(p.args.split(' ')[0]);
        if (chromium && (!userDataDir || (p.args.includes(userDataDir) && !p.args.includes('--type=')))) counted.add(p.pid);
      }
      // Children (zygotes, renderers, GPU, utilities) of the counted browser, level by level.
      for (let grew = userDataDir !== undefined; grew; ) {
        grew = false;
        for (const p of processes) {
          if (!counted.has(p.pid) && counted.has(p.ppid)) {
            counted.add(p.pid);
            grew = true;
          }
        }
      }
      const mine = processes.filter((p) => counted.has(p.pid));
      peak.rss = Math.max(peak.rss, mine.reduce((sum, p) => sum + p.rss, 0) / 1024);
      peak.pss = Math.max(peak.pss, mine.reduce((sum, p) => sum + pssOf(p.pid, p.rss), 0) / 1024);
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
      return { rss: Math.round(peak.rss), pss: Math.round(peak.pss) };
    },
  };
}
