/**
 * The Word file's own chunk: loaded with `await import('./generate-docx')` when the user asks for
 * it, so the docx library never weighs on the rest of the app.
 */
import { CHART_WIDTH } from '../charts/diagnosis-charts';
import { chartToPng } from '../components/render-chart';
import { loadMessages } from '../i18n/message-tables';
import { buildReport, type ReportInput } from './build-report';
import { renderDocx, type ChartPicture } from './docx/render-docx';
import type { ChartBlock } from './report-model';

export interface GeneratedDocx {
  blob: Blob;
  fileName: string;
  /** Charts drawn as pictures. */
  charts: number;
}

/** Pictures at print resolution: CHART_WIDTH × 3 pixels over the 17 cm text width is about 290 dpi. */
const PIXEL_RATIO = 3;

async function picture(block: ChartBlock): Promise<ChartPicture> {
  const size = { width: CHART_WIDTH, height: Math.round(CHART_WIDTH * block.aspect) };
  const url = await chartToPng(block.option, size, PIXEL_RATIO);
  return { png: Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0)), ...size };
}

/** The plan as an editable Word file, from the same document model as the PDF. */
export async function generatePlanDocx(input: ReportInput): Promise<GeneratedDocx> {
  await loadMessages(input.plan.language); // the plan's language, which may not be the interface's
  const document = buildReport(input);
  const charts = document.sections.flatMap((s) => s.blocks).filter((b): b is ChartBlock => b.kind === 'chart');
  const pictures = new Map<ChartBlock, ChartPicture>();
  for (const chart of charts) pictures.set(chart, await picture(chart));
  const blob = await renderDocx(document, pictures);
  return { blob, fileName: document.fileName.replace(/\.pdf$/, '.docx'), charts: pictures.size };
}
