/**
 * The PDF's own chunk: loaded with `await import('./generate-pdf')` when the user asks for a PDF,
 * so jsPDF, svg2pdf and the fonts never weigh on the rest of the app.
 */
import { loadMessages } from '../i18n/message-tables';
import { buildReport, type ReportInput } from './build-report';
import { loadFonts } from './pdf/pdf-fonts';
import { renderReport, type RenderOptions, type RenderResult } from './pdf/render-report';

export type PdfPhase = 'preparing' | 'fonts' | 'charts' | 'pages' | 'saving';

export interface PdfProgress {
  phase: PdfPhase;
  /** 0..1 over the whole job. */
  fraction: number;
}

export interface GeneratedPdf extends RenderResult {
  fileName: string;
}

const LOGO_MAX_PIXELS = 900;

/** The logo as jsPDF wants it: JPEG as is, anything else redrawn as a PNG no wider than needed for print. */
async function decodeLogo(url: string): Promise<RenderOptions['logo']> {
  const image = new Image();
  image.src = url;
  await image.decode();
  const { naturalWidth: width, naturalHeight: height } = image;
  if (width === 0 || height === 0) return null;
  if (url.startsWith('data:image/jpeg') && Math.max(width, height) <= LOGO_MAX_PIXELS * 2) return { url, format: 'JPEG', width, height };
  const scale = Math.min(1, LOGO_MAX_PIXELS / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
  return { url: canvas.toDataURL('image/png'), format: 'PNG', width: canvas.width, height: canvas.height };
}

/** The plan as a PDF in its own language, with progress reported as it goes. */
export async function generatePlanPdf(input: ReportInput, onProgress: (progress: PdfProgress) => void = () => {}): Promise<GeneratedPdf> {
  let fraction = 0;
  const report = (phase: PdfPhase, to = fraction) => {
    fraction = to;
    onProgress({ phase, fraction });
  };
  report('preparing', 0.02);
  await loadMessages(input.plan.language); // the plan's language, which may not be the interface's
  const document = buildReport(input);
  report('fonts', 0.05);
  const [fonts, logo] = await Promise.all([
    loadFonts(),
    document.cover.logo ? decodeLogo(document.cover.logo).catch(() => null) : Promise.resolve(null),
  ]);
  report('pages', 0.15);
  const result = await renderReport(document, {
    fonts,
    logo,
    // The body is laid out chapter by chapter; charts only change what the bar says.
    onProgress: (phase, done, total) => report(phase, phase === 'pages' ? 0.15 + 0.8 * (done / total) : phase === 'saving' ? 0.96 : fraction),
  });
  report('saving', 1);
  return { ...result, fileName: document.fileName };
}
