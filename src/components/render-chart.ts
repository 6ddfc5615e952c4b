import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { printOption } from '../charts/print-option';
import { yieldToPage } from './draw-in-turn';

/** Loads the ECharts chunk (once; the browser caches the module). */
export const loadECharts = () => import('../charts/echarts-setup');

/** False where the browser gives no 2D canvas (canvas blocked by a privacy setting, or no canvas at all). */
export function canvasAvailable(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

export interface ExportSize {
  /** CSS pixels. */
  width: number;
  height: number;
}

/** Exports draw the final picture at once (every series whole, no entry animation), white paper behind. */
function still(option: EChartsCoreOption): EChartsCoreOption {
  return { ...printOption(option), backgroundColor: '#ffffff' };
}

/**
 * The chart as a standalone SVG document of the given size, vector for the PDF (svg2pdf) or a
 * download. Uses ECharts' SSR mode, so it needs no element on the page.
 */
export async function chartToSvg(option: EChartsCoreOption, { width, height }: ExportSize): Promise<string> {
  const { init } = await loadECharts();
  const chart = init(null as unknown as HTMLElement, undefined, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(still(option));
    return chart.renderToSVGString();
  } finally {
    disposeChart(chart);
  }
}

/**
 * Disposes a chart without leaving a drawing behind: a series drawn progressively paints its
 * layer over several frames, and a frame that comes after `dispose` reads the freed painter
 * («Cannot read properties of null (reading 'layerStack')»). Clearing first repaints at once with
 * nothing to draw, which cancels those frames.
 */
export function disposeChart(chart: { clear(): void; dispose(): void; isDisposed(): boolean }): void {
  if (chart.isDisposed()) return;
  chart.clear();
  chart.dispose();
}

/**
 * Hands a chart on screen its option in three shorter tasks, not one: ECharts reads the option
 * now, lays it out in the next task (`resize` lays out what a lazy `setOption` left pending, a
 * case ECharts handles by design) and paints it in the frame after. Drawn at once, one chart of
 * 50,000 customers kept the page busy for 60–120 ms. ECharts' frames wait meanwhile: a frame
 * coming between the two tasks would lay out and paint the chart in one long task. On screen the
 * chart is drawn without the entry animation, whose frames each redrew the whole chart.
 */
export async function setOptionInParts(chart: ECharts, option: EChartsCoreOption): Promise<void> {
  const frames = chart.getZr().animation;
  frames.pause();
  try {
    chart.setOption({ ...option, animation: false }, { notMerge: true, lazyUpdate: true });
    await yieldToPage();
    if (!chart.isDisposed() && layoutPending(chart)) chart.resize();
  } finally {
    frames.resume();
  }
}

/** Whether a lazy `setOption` still waits for its layout (ECharts' own flag; without it, its next frame lays it out). */
function layoutPending(chart: ECharts): boolean {
  return Boolean((chart as unknown as { __pendingUpdate?: unknown }).__pendingUpdate);
}

/** Longest wait for a chart to finish drawing (a hidden tab gets no frames), before it is taken as it is. */
const FINISH_WAIT_MS = 3000;

/**
 * The chart as a PNG (or JPEG) data URL: `width × height` CSS pixels drawn at `pixelRatio` (3 by
 * default, print resolution for a chart a few inches wide), on white. Needs a browser (a canvas).
 */
export async function chartToPng(option: EChartsCoreOption, { width, height }: ExportSize, pixelRatio = 3, type: 'png' | 'jpeg' = 'png'): Promise<string> {
  const { init } = await loadECharts();
  const chart = init(document.createElement('div'), undefined, { renderer: 'canvas', width, height, devicePixelRatio: pixelRatio });
  try {
    // A big chart is drawn over several frames on a busy page: the picture is taken once every mark is drawn.
    const finished = new Promise<void>((resolve) => chart.on('finished', () => resolve()));
    chart.setOption(still(option));
    await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, FINISH_WAIT_MS))]);
    return chart.getDataURL({ type, pixelRatio, backgroundColor: '#ffffff' });
  } finally {
    disposeChart(chart);
  }
}

/**
 * Whether a series is drawn in ECharts' large mode (one shape for thousands of marks): the SVG
 * renderer leaves such series out, so these charts are exported as pictures.
 */
export function drawsLarge(option: EChartsCoreOption): boolean {
  const series = (Array.isArray(option.series) ? option.series : [option.series]) as { large?: boolean; largeThreshold?: number; data?: unknown[] }[];
  return series.some((s) => s?.large === true && (s.data?.length ?? 0) >= (s.largeThreshold ?? 0));
}

/** A data URL's bytes, for a download. */
export function dataUrlToBlob(url: string): Blob {
  const [head, body] = url.split(',', 2);
  const type = /^data:([^;,]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  if (!head.endsWith(';base64')) return new Blob([decodeURIComponent(body)], { type });
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type });
}
