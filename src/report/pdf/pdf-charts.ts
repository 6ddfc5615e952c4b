import type { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import { CHART_WIDTH } from '../../charts/diagnosis-charts';
import { printOption as documentOption } from '../../charts/print-option';
import { chartToPng, chartToSvg, drawsLarge } from '../../components/render-chart';
import type { ChartBlock } from '../report-model';
import { withoutDenseDecals, withPdfFont } from './pdf-svg';
import { FONT } from './pdf-theme';

/** An SVG this long (a thousand marks and more: a big scatter, a cohort grid) is drawn faster as an image. */
const MAX_VECTOR_CHARS = 120_000;

/** Print resolution for the image fallback: 640 CSS px × 3 over 170 mm is about 290 dpi. */
const PIXEL_RATIO = 3;

function chartSize(block: ChartBlock) {
  return { width: CHART_WIDTH, height: Math.round(CHART_WIDTH * block.aspect) };
}

/** The option laid out in the PDF's font (loaded in the page too), without animation. */
function printOption(block: ChartBlock): ChartBlock['option'] {
  return documentOption(block.option, FONT);
}

async function drawVector(doc: jsPDF, svg: string, x: number, y: number, width: number, height: number): Promise<void> {
  const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  if (element.nodeName !== 'svg') throw new Error('not an SVG document');
  // svg2pdf measures text through the DOM, so the drawing is attached while it is read.
  const holder = document.createElement('div');
  holder.style.cssText = 'position:absolute;left:-10000px;top:0;width:0;height:0;overflow:hidden';
  holder.append(element);
  document.body.append(holder);
  try {
    await svg2pdf(element, doc, { x, y, width, height });
  } finally {
    holder.remove();
  }
}

async function drawImage(doc: jsPDF, block: ChartBlock, x: number, y: number, width: number, height: number): Promise<void> {
  const url = await chartToPng(printOption(block), chartSize(block), PIXEL_RATIO, 'jpeg');
  doc.addImage(url, 'JPEG', x, y, width, height, undefined, 'FAST');
}

/**
 * Draws a chart into the box: as vector graphics (ECharts SVG through svg2pdf), or where that is
 * too heavy, leaves marks out (large mode) or fails, as a JPEG at print resolution. Says which it used.
 */
export async function drawChart(
  doc: jsPDF, block: ChartBlock, x: number, y: number, width: number, height: number,
): Promise<{ as: 'vector' | 'image'; svgChars: number }> {
  let svgChars = 0;
  if (drawsLarge(block.option)) {
    await drawImage(doc, block, x, y, width, height);
    return { as: 'image', svgChars };
  }
  try {
    const svg = withoutDenseDecals(withPdfFont(await chartToSvg(printOption(block), chartSize(block))));
    svgChars = svg.length;
    if (svg.length <= MAX_VECTOR_CHARS) {
      await drawVector(doc, svg, x, y, width, height);
      return { as: 'vector', svgChars };
    }
  } catch {
    // Fall through to the image.
  }
  await drawImage(doc, block, x, y, width, height);
  return { as: 'image', svgChars };
}
