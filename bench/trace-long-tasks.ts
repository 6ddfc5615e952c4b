// A Chromium performance trace (CDP Tracing) of a page, read back as its long main-thread tasks:
// for each task over 50 ms, what ran in it (the script entry points, layout, paint, garbage
// collection) and, from the sampling profiler, the functions that took its time.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { originalPosition } from './source-positions';

const ORIGIN_MARK = 'bench-trace-origin';

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.gc',
  'disabled-by-default-v8.cpu_profiler',
];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs: less than `dur` when the thread waited for a core. */
  tdur?: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown> & { name?: string } };
}

export interface LongTaskReport {
  /** Page clock (ms, as `performance.now()`) at which the task started. */
  start: number;
  duration: number;
  /** Of which the thread ran on a core (the rest it waited for one, on a busy machine); null where the trace does not say. */
  cpu: number | null;
  /** One line: what the task did, its largest parts first. */
  attribution: string;
}

export interface Trace {
  events: TraceEvent[];
  /** Page clock (ms) of the mark left in the trace as it started: ties trace time to page time. */
  markedAt: number;
}

export interface Tracer {
  stop(): Promise<Trace>;
}

/** Starts recording a trace of every process of the browser the page lives in. */
export async function startTrace(context: BrowserContext, page: Page): Promise<Tracer> {
  const session = await context.newCDPSession(page);
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
  });
  const markedAt = await page.evaluate((name) => performance.mark(name).startTime, ORIGIN_MARK);
  return {
    async stop() {
      const complete = new Promise<string>((resolve) => session.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')));
      await session.send('Tracing.end');
      const text = await readStream(session, await complete);
      await session.detach();
      const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
      return { events: Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []), markedAt };
    },
  };
}

async function readStream(session: CDPSession, handle: string): Promise<string> {
  const parts: string[] = [];
  for (;;) {
    const chunk = await session.send('IO.read', { handle, size: 8 << 20 });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle });
  return parts.join('');
}

/** The main thread of the page's renderer: the CrRendererMain that ran the most tasks. */
function pageMainThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.name === 'RunTask' && mains.has(key)) tasks.set(key, (tasks.get(key) ?? 0) + 1);
  }
  const busiest = [...tasks.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!busiest) return null;
  const [pid, tid] = busiest.split(':').map(Number);
  return { pid, tid };
}

const GC = /^(MajorGC|MinorGC|V8\.GC_MC_BACKGROUND|V8\.GCScavenger|V8\.GCFinalizeMC|V8\.GCIncrementalMarking|V8\.GCCompactor|BlinkGC\.|CppGC\.|V8\.GC_)/;

/** The event's kind as read in a report: a script entry (its function and place), layout, paint, GC… */
function label(event: TraceEvent): string | null {
  const data = event.args?.data ?? {};
  switch (event.name) {
    case 'FunctionCall': {
      // The trace counts lines and columns from 1 here, the profiler from 0.
      const where = place(String(data.url ?? ''), Number(data.lineNumber ?? 1) - 1, Number(data.columnNumber ?? 1) - 1);
      return `script ${String(data.functionName || '(anonymous)')} ${where}`;
    }
    case 'EventDispatch':
      return `event ${String(data.type ?? '')}`;
    case 'TimerFire':
      return 'timer';
    case 'FireAnimationFrame':
      return 'animation frame';
    case 'RunMicrotasks':
      return 'microtasks';
    case 'EvaluateScript':
    case 'v8.compileModule':
    case 'v8.evaluateModule':
      return 'script evaluation';
    case 'v8.compile':
    case 'V8.CompileCode':
      return 'compile';
    case 'Layout':
      return 'layout';
    case 'UpdateLayoutTree':
      return 'style';
    case 'Paint':
    case 'PaintImage':
    case 'PrePaint':
    case 'Layerize':
    case 'Commit':
      return 'paint';
    case 'HitTest':
      return 'hit test';
    default:
      return GC.test(event.name) ? `gc ${event.name}` : null;
  }
}

/** A script position, mapped back to the source when the build left its source maps beside it. */
function place(url: string, line: number, column: number): string {
  const file = url.split('/').pop() ?? url;
  const original = originalPosition(file, line, column);
  return original ?? `${file}:${line + 1}:${column + 1}`;
}

/** ms of each label inside [from, to] on the thread, counting nested events of a kind once. */
function partsOf(thread: TraceEvent[], from: number, to: number): Map<string, number> {
  const parts = new Map<string, number>();
  const open: { label: string; end: number }[] = [];
  for (const event of thread) {
    if (event.ph !== 'X' || event.ts < from || event.ts > to) continue;
    const name = label(event);
    if (!name) continue;
    while (open.length > 0 && open[open.length - 1].end <= event.ts) open.pop();
    const end = event.ts + (event.dur ?? 0);
    const kind = name.split(' ')[0];
    // A GC or a paint inside a script call counts as its own; a script inside a script only once (the outer one).
    const inside = open.some((o) => o.label.split(' ')[0] === kind || (kind === 'script' && o.label === 'microtasks'));
    if (!inside) parts.set(name, (parts.get(name) ?? 0) + (event.dur ?? 0) / 1000);
    open.push({ label: name, end });
  }
  return parts;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  parent?: number;
}

/** The sampling profiler's samples of a thread: each with its time (trace µs) and leaf node. */
function samplesOf(events: TraceEvent[], pid: number, tid: number): { nodes: Map<number, ProfileNode>; samples: { ts: number; node: number }[] } {
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  for (const profile of profiles) {
    let ts = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? profile.ts);
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id);
    for (const chunk of chunks) {
      const data = chunk.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const ids = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      for (let k = 0; k < ids.length; k++) {
        ts += deltas[k] ?? 0;
        samples.push({ ts, node: ids[k] });
      }
    }
  }
  return { nodes, samples };
}

const IDLE = new Set(['(idle)', '(program)', '(root)', '(garbage collector)']);

function frameName(node: ProfileNode): string {
  const frame = node.callFrame;
  if (IDLE.has(frame.functionName)) return frame.functionName;
  return `${frame.functionName || '(anonymous)'} ${frame.url ? place(frame.url, frame.lineNumber, frame.columnNumber) : ''}`.trim();
}

/**
 * What the profiler caught in [from, to]: the functions with the most self time, and the app's
 * own functions (from src/) and ECharts' entry points with the most time spent in them or under
 * them, as "name place ms".
 */
function hotFunctions(profile: ReturnType<typeof samplesOf>, from: number, to: number, count = 3): { self: string[]; app: string[] } {
  const inWindow = profile.samples.filter((s) => s.ts >= from && s.ts <= to);
  const self = new Map<string, number>();
  const app = new Map<string, number>();
  for (let k = 0; k < inWindow.length; k++) {
    const node = profile.nodes.get(inWindow[k].node);
    if (!node) continue;
    const gap = Math.min(((inWindow[k + 1]?.ts ?? to) - inWindow[k].ts) / 1000, 5);
    const name = frameName(node);
    self.set(name, (self.get(name) ?? 0) + gap);
    const seen = new Set<string>();
    for (let up: ProfileNode | undefined = node; up; up = up.parent === undefined ? undefined : profile.nodes.get(up.parent)) {
      const upName = frameName(up);
      if (/ (src\/|echarts\/lib\/core\/echarts\.js)/.test(upName) && !seen.has(upName)) {
        seen.add(upName);
        app.set(upName, (app.get(upName) ?? 0) + gap);
      }
    }
  }
  const top = (m: Map<string, number>) => [...m.entries()].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`);
  return { self: top(self), app: top(app) };
}

/**
 * The browser's other threads that ran in [from, to] (the worker, the compositor, the browser
 * process…), busiest first, as "name ms on a core": what in Chromium shared the two cores with a
 * long task. The bench's own sampler and driver are not in the trace.
 */
function othersBusy(events: TraceEvent[], main: { pid: number; tid: number }, from: number, to: number, count = 3): string[] {
  const names = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, String(e.args?.name ?? e.tid)]));
  const busy = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'RunTask' || (e.pid === main.pid && e.tid === main.tid)) continue;
    const end = e.ts + (e.dur ?? 0);
    if (end <= from || e.ts >= to || !e.dur) continue;
    const overlap = (Math.min(end, to) - Math.max(e.ts, from)) / e.dur;
    const name = names.get(`${e.pid}:${e.tid}`) ?? 'thread';
    busy.set(name, (busy.get(name) ?? 0) + (overlap * (e.tdur ?? e.dur)) / 1000);
  }
  return [...busy.entries()].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`);
}

/** The page's main-thread tasks over `overMs`, longest first, each with what it did and when (page clock). */
export function longTasks(trace: Trace, overMs = 50): LongTaskReport[] {
  const { events } = trace;
  const main = pageMainThread(events);
  if (!main) return [];
  const thread = events.filter((e) => e.pid === main.pid && e.tid === main.tid).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const origin = pageClockZero(trace, main.pid);
  const profile = samplesOf(events, main.pid, main.tid);
  const tasks = thread.filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > overMs * 1000);
  return tasks
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const parts = [...partsOf(thread, task.ts, end).entries()].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]);
      const top = parts.slice(0, 4).map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`);
      const hot = hotFunctions(profile, task.ts, end);
      const others = othersBusy(events, main, task.ts, end);
      return {
        start: (task.ts - origin) / 1000,
        duration: (task.dur ?? 0) / 1000,
        cpu: task.tdur === undefined ? null : task.tdur / 1000,
        attribution: [top.join('; ') || 'nothing traced', hot.self.length > 0 ? `hottest: ${hot.self.join(', ')}` : '', hot.app.length > 0 ? `under: ${hot.app.join(', ')}` : '', others.length > 0 ? `meanwhile on other threads: ${others.join(', ')}` : '']
          .filter(Boolean)
          .join(' | '),
      };
    });
}

/** Trace time (µs) of the page clock's zero, from the mark `startTrace` left (page time in its detail). */
function pageClockZero({ events, markedAt }: Trace, pid: number): number {
  const mark = events.find((e) => e.pid === pid && e.name === ORIGIN_MARK);
  return mark ? mark.ts - markedAt * 1000 : 0;
}

type ChartsSeen = { __chartsSeen?: { id: string; at: number }[] };

/** Notes, on the page clock, when ECharts takes each chart of the page in hand (`init` marks its element): its turn to be drawn begins. */
export async function watchChartsStarted(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: { id: string; at: number }[] = [];
    (globalThis as ChartsSeen).__chartsSeen = seen;
    // No named functions in here: the bench's TypeScript runner would wrap them in a helper the page lacks.
    // Only that attribute is watched, so the watching itself costs the page next to nothing.
    new MutationObserver((records) => {
      for (const record of records) {
        const id = (record.target as Element).closest('figure[data-chart]')?.getAttribute('data-chart');
        if (id && !seen.some((s) => s.id === id)) seen.push({ id, at: performance.now() });
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['_echarts_instance_'] });
  });
}

/** The chart whose turn a task falls in: the last one started at or before it, if any. */
export async function chartOfTasks(page: Page, tasks: LongTaskReport[]): Promise<(string | null)[]> {
  const seen = await page.evaluate(() => (globalThis as ChartsSeen).__chartsSeen ?? []);
  return tasks.map((task) => seen.filter((s) => s.at <= task.start + 1).at(-1)?.id ?? null);
}
