import { jsPDF } from 'jspdf';
import type { ChartBlock, ReportBlock, ReportDocument, ReportSection } from '../report-model';
import { drawChart } from './pdf-charts';
import { registerFonts, type FontFiles } from './pdf-fonts';
import { COLOUR, CONTENT_BOTTOM, CONTENT_WIDTH, FONT, lineHeight, PAGE, SIZE, type Rgb } from './pdf-theme';
import { PdfWriter } from './pdf-writer';

export type RenderPhase = 'charts' | 'pages' | 'saving';

export interface RenderOptions {
  fonts: FontFiles;
  /** The cover logo, already decoded: a data URL jsPDF reads, and its size in pixels. */
  logo?: { url: string; format: 'PNG' | 'JPEG'; width: number; height: number } | null;
  onProgress?: (phase: RenderPhase, done: number, total: number) => void;
  /** Deflate the page streams (default); off only to read them while debugging. */
  compress?: boolean;
}

export interface RenderResult {
  blob: Blob;
  pages: number;
  /** How each chart went in, the size of its SVG, the time it took, and where it is drawn (page, box in mm). */
  charts: { id: string; as: 'vector' | 'image'; svgChars: number; ms: number; page: number; box: ChartBox }[];
}

export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface TocEntry {
  level: 1 | 2;
  text: string;
  pending: boolean;
  page: number;
}

const TOC_LINE = { 1: 8.2, 2: 6.2 } as const;
const TOC_TOP = PAGE.top + 16;

/** A pause so that the page can paint the progress between long steps. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function sectionTitle(section: ReportSection): string {
  return section.number ? `${section.number}  ${section.title}` : section.title;
}

function tocEntries(doc: ReportDocument): Omit<TocEntry, 'page'>[] {
  return doc.sections.flatMap((section) => [
    { level: 1 as const, text: sectionTitle(section), pending: section.pending },
    ...section.blocks.flatMap((b) => (b.kind === 'heading' ? [{ level: 2 as const, text: b.text, pending: false }] : [])),
  ]);
}

/** How many pages the contents take: entries are one line each, so this is known before the body is laid out. */
function tocPages(count: number[], spacing: number): number {
  let pages = 1;
  let y = TOC_TOP;
  for (const level of count) {
    const step = (TOC_LINE[level as 1 | 2] + (level === 1 ? 1.5 : 0)) * spacing;
    if (y + step > CONTENT_BOTTOM) {
      pages++;
      y = PAGE.top;
    }
    y += step;
  }
  return pages;
}

/** Line spacing of the contents: tightened (to 85 % at most) where that spares a page for a few spilt lines. */
function tocSpacing(count: number[]): number {
  const pages = tocPages(count, 1);
  return [0.95, 0.9, 0.85].find((spacing) => tocPages(count, spacing) < pages) ?? 1;
}

function drawCover(pdf: jsPDF, report: ReportDocument, logo: RenderOptions['logo']): void {
  const { cover } = report;
  pdf.setFillColor(...COLOUR.brand);
  pdf.rect(0, 0, PAGE.width, 9, 'F');
  if (logo) {
    const maxW = 60;
    const maxH = 30;
    const scale = Math.min(maxW / logo.width, maxH / logo.height);
    pdf.addImage(logo.url, logo.format, PAGE.left, 28, logo.width * scale, logo.height * scale, undefined, 'FAST');
  }
  let y = 108;
  pdf.setFont(FONT, 'bold');
  pdf.setFontSize(10.5);
  pdf.setTextColor(...COLOUR.brand);
  pdf.text(cover.kind.toLocaleUpperCase(report.languageTag), PAGE.left, y, { charSpace: 0.6 });
  y += 10;
  pdf.setFontSize(28);
  pdf.setTextColor(...COLOUR.ink);
  const title = pdf.splitTextToSize(cover.title, CONTENT_WIDTH) as string[];
  for (const line of title) {
    pdf.text(line, PAGE.left, y + 7);
    y += lineHeight(28) * 0.95;
  }
  y += 6;
  pdf.setFillColor(...COLOUR.brand);
  pdf.rect(PAGE.left, y, 24, 1.2, 'F');
  y += 14;
  for (const line of cover.lines) {
    pdf.setFont(FONT, 'normal');
    pdf.setFontSize(8.5);
    pdf.setTextColor(...COLOUR.faint);
    pdf.text(line.label.toLocaleUpperCase(report.languageTag), PAGE.left, y, { charSpace: 0.3 });
    pdf.setFontSize(12.5);
    pdf.setTextColor(...COLOUR.ink);
    const value = pdf.splitTextToSize(line.value, CONTENT_WIDTH) as string[];
    value.forEach((text, i) => pdf.text(text, PAGE.left, y + 6 + i * lineHeight(12.5)));
    y += 8 + value.length * lineHeight(12.5) + 3;
  }
  if (cover.draftNote) {
    pdf.setFont(FONT, 'bold');
    pdf.setFontSize(9.5);
    pdf.setTextColor(...COLOUR.warn);
    pdf.text(cover.draftNote, PAGE.left, PAGE.height - 30);
  }
  pdf.setDrawColor(...COLOUR.line);
  pdf.setLineWidth(0.3);
  pdf.line(PAGE.left, PAGE.height - 22, PAGE.width - PAGE.right, PAGE.height - 22);
  pdf.setFont(FONT, 'normal');
  pdf.setFontSize(SIZE.chrome);
  pdf.setTextColor(...COLOUR.faint);
  pdf.text(report.meta.creator, PAGE.left, PAGE.height - 16);
}

function drawContents(pdf: jsPDF, report: ReportDocument, entries: TocEntry[], firstPage: number, spacing: number): void {
  pdf.setPage(firstPage);
  pdf.setFont(FONT, 'bold');
  pdf.setFontSize(SIZE.title);
  pdf.setTextColor(...COLOUR.brand);
  pdf.text(report.contentsTitle, PAGE.left, PAGE.top + 6);
  let page = firstPage;
  let y = TOC_TOP;
  for (const entry of entries) {
    const step = (TOC_LINE[entry.level] + (entry.level === 1 ? 1.5 : 0)) * spacing;
    if (y + step > CONTENT_BOTTOM) {
      page++;
      pdf.setPage(page);
      y = PAGE.top;
    }
    if (entry.level === 1) y += 1.5 * spacing;
    const size = entry.level === 1 ? 11 : 9.5;
    const x = PAGE.left + (entry.level === 1 ? 0 : 8);
    const baseline = y + size * 0.3528 * 0.8;
    const number = String(entry.page);
    pdf.setFont(FONT, entry.level === 1 ? 'bold' : 'normal');
    pdf.setFontSize(size);
    pdf.setTextColor(...((entry.level === 1 ? COLOUR.ink : COLOUR.soft) as Rgb));
    const numberWidth = pdf.getTextWidth(number);
    const right = PAGE.left + CONTENT_WIDTH;
    let text = entry.text;
    const mark = entry.pending ? ` (${report.pendingMark})` : '';
    const room = CONTENT_WIDTH - (x - PAGE.left) - numberWidth - 12 - (mark ? pdf.getTextWidth(mark) : 0);
    while (pdf.getTextWidth(text) > room && text.length > 4) text = `${text.slice(0, -2).trimEnd()}…`;
    pdf.text(text, x, baseline);
    let end = x + pdf.getTextWidth(text);
    if (mark) {
      pdf.setFont(FONT, 'normal');
      pdf.setTextColor(...COLOUR.warn);
      pdf.text(mark, end, baseline);
      end += pdf.getTextWidth(mark);
    }
    pdf.setFont(FONT, entry.level === 1 ? 'bold' : 'normal');
    pdf.setTextColor(...((entry.level === 1 ? COLOUR.ink : COLOUR.soft) as Rgb));
    pdf.text(number, right, baseline, { align: 'right' });
    pdf.setDrawColor(...COLOUR.line);
    pdf.setLineWidth(0.25);
    pdf.setLineDashPattern([0.3, 1.2], 0);
    pdf.line(end + 2, baseline, right - numberWidth - 2, baseline);
    pdf.setLineDashPattern([], 0);
    pdf.link(x, y - 1, CONTENT_WIDTH - (x - PAGE.left), TOC_LINE[entry.level], { pageNumber: entry.page });
    y += TOC_LINE[entry.level] * spacing;
  }
}

/** Running header (plan · company, and the chapter) and footer (page x of y) on every page after the cover. */
function drawChrome(pdf: jsPDF, report: ReportDocument, chapterOf: (page: number) => string): void {
  const pages = pdf.getNumberOfPages();
  for (let page = 2; page <= pages; page++) {
    pdf.setPage(page);
    pdf.setFont(FONT, 'normal');
    pdf.setFontSize(SIZE.chrome);
    pdf.setTextColor(...COLOUR.faint);
    const chapter = chapterOf(page);
    const header = pdf.splitTextToSize(report.runningHeader, chapter ? CONTENT_WIDTH * 0.6 : CONTENT_WIDTH)[0] as string;
    pdf.text(header, PAGE.left, 13);
    if (chapter) pdf.text(pdf.splitTextToSize(chapter, CONTENT_WIDTH * 0.38)[0] as string, PAGE.width - PAGE.right, 13, { align: 'right' });
    pdf.setDrawColor(...COLOUR.line);
    pdf.setLineWidth(0.25);
    pdf.line(PAGE.left, 15.5, PAGE.width - PAGE.right, 15.5);
    pdf.line(PAGE.left, PAGE.height - 14.5, PAGE.width - PAGE.right, PAGE.height - 14.5);
    pdf.text(report.cover.kind, PAGE.left, PAGE.height - 10);
    pdf.text(report.pageTemplate.replace('{x}', String(page)).replace('{y}', String(pages)), PAGE.width - PAGE.right, PAGE.height - 10, { align: 'right' });
  }
}

/** Tallest drawing, so that two charts share a page (a taller one is drawn narrower). */
const MAX_CHART_HEIGHT = 100;

function chartLayout(writer: PdfWriter, block: ChartBlock) {
  const height = Math.min(CONTENT_WIDTH * block.aspect, MAX_CHART_HEIGHT);
  writer.style(SIZE.subheading, 'bold');
  const title = writer.wrap(block.title, CONTENT_WIDTH);
  writer.style(9, 'normal', COLOUR.soft);
  const reading = writer.wrap(block.reading, CONTENT_WIDTH);
  const units = block.units ? writer.wrap(block.units, CONTENT_WIDTH) : [];
  const total = 2 + title.length * lineHeight(SIZE.subheading) + reading.length * lineHeight(9) + units.length * lineHeight(SIZE.small) + 1.5 + height;
  return { height, title, reading, units, total };
}

/** A chart that just misses the room left on a page is drawn this much smaller rather than moved to the next page. */
const MIN_CHART_SCALE = 0.8;

/** The smallest room a chart may take: its title and reading, and the drawing at its smallest. */
function chartMinimum(layout: ReturnType<typeof chartLayout>): number {
  return layout.total - layout.height * (1 - MIN_CHART_SCALE);
}

/** How much must fit under a heading for it to stay on its page: what the next block needs to begin there (through a subheading, the block after it too). */
function keepFor(writer: PdfWriter, blocks: readonly ReportBlock[], at: number, depth = 0): number {
  const block = blocks[at];
  if (!block) return 0;
  if (block.kind === 'chart') return chartMinimum(chartLayout(writer, block));
  if (block.kind === 'heading' || block.kind === 'subheading') return depth === 0 ? 8 + keepFor(writer, blocks, at + 1, 1) : 16;
  return writer.startHeight(block);
}

async function drawChartBlock(writer: PdfWriter, block: ChartBlock): Promise<{ as: 'vector' | 'image'; svgChars: number; page: number; box: ChartBox }> {
  const layout = chartLayout(writer, block);
  const { title, reading, units, total } = layout;
  const room = CONTENT_BOTTOM - writer.y;
  // Whole here if it fits, a little smaller if it nearly fits, else whole on the next page.
  if (total > room && chartMinimum(layout) > room) writer.newPage();
  const height = Math.min(layout.height, layout.height - (total - (CONTENT_BOTTOM - writer.y)));
  const drawnWidth = height / block.aspect;
  writer.y += 2;
  writer.style(SIZE.subheading, 'bold');
  writer.lines(title, SIZE.subheading);
  writer.style(9, 'normal', COLOUR.soft);
  writer.lines(reading, 9);
  writer.style(SIZE.small, 'normal', COLOUR.faint);
  writer.lines(units, SIZE.small);
  writer.y += 1.5;
  const box = { x: PAGE.left + (CONTENT_WIDTH - drawnWidth) / 2, y: writer.y, width: drawnWidth, height };
  const drawn = await drawChart(writer.doc, block, box.x, box.y, box.width, box.height);
  writer.y += height + 6;
  writer.doc.setLineDashPattern([], 0);
  return { ...drawn, page: writer.page, box };
}

function drawSectionTitle(writer: PdfWriter, section: ReportSection): void {
  const { doc } = writer;
  const { eyebrow } = section;
  if (eyebrow) {
    writer.style(10, 'bold', COLOUR.brand);
    doc.text(eyebrow.toLocaleUpperCase(), PAGE.left, writer.y + 3, { charSpace: 0.4 });
    writer.y += 7;
  }
  writer.style(SIZE.title, 'bold', COLOUR.ink);
  writer.lines(writer.wrap(section.title, CONTENT_WIDTH), SIZE.title);
  doc.setFillColor(...COLOUR.brand);
  doc.rect(PAGE.left, writer.y + 1, 18, 1, 'F');
  writer.y += 9;
}

/**
 * Lays the document out as an A4 PDF: cover, contents with page numbers and links, each chapter
 * from a new page, the running header and footer, bookmarks, and title, author and language.
 */
export async function renderReport(report: ReportDocument, options: RenderOptions): Promise<RenderResult> {
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: options.compress ?? true, putOnlyUsedFonts: true });
  registerFonts(pdf, options.fonts);
  pdf.setProperties({ ...report.meta });
  pdf.setLanguage(report.languageTag as Parameters<jsPDF['setLanguage']>[0]);
  pdf.setCreationDate(new Date());

  drawCover(pdf, report, options.logo);
  const planned = tocEntries(report);
  const spacing = tocSpacing(planned.map((e) => e.level));
  const contentsPages = tocPages(planned.map((e) => e.level), spacing);
  for (let i = 0; i < contentsPages; i++) pdf.addPage();

  const writer = new PdfWriter(pdf);
  const entries: TocEntry[] = [];
  const starts: { page: number; title: string }[] = [];
  const charts: RenderResult['charts'] = [];
  const chartTotal = report.sections.reduce((n, s) => n + s.blocks.filter((b) => b.kind === 'chart').length, 0);
  for (const section of report.sections) {
    writer.newPage();
    starts.push({ page: writer.page, title: section.number ? `${section.number}. ${section.title}` : section.title });
    entries.push({ level: 1, text: sectionTitle(section), pending: section.pending, page: writer.page });
    drawSectionTitle(writer, section);
    for (const [i, block] of section.blocks.entries()) {
      if (block.kind === 'heading') {
        // A heading followed by a subheading keeps that subheading's own follower too.
        writer.heading(block.text, keepFor(writer, section.blocks, i + 1));
        // The heading may have moved to a new page: the contents point where it landed.
        entries.push({ level: 2, text: block.text, pending: false, page: writer.page });
      } else if (block.kind === 'subheading') {
        writer.subheading(block.text, keepFor(writer, section.blocks, i + 1));
      } else if (block.kind === 'chart') {
        const start = performance.now();
        const drawn = await drawChartBlock(writer, block);
        charts.push({ id: block.id, ...drawn, ms: performance.now() - start });
        options.onProgress?.('charts', charts.length, chartTotal);
        await breathe();
      } else {
        writer.block(block);
      }
    }
    options.onProgress?.('pages', report.sections.indexOf(section) + 1, report.sections.length);
  }
  drawContents(pdf, report, entries, 2, spacing);
  const chapterOf = (page: number) => [...starts].reverse().find((s) => s.page <= page)?.title ?? '';
  drawChrome(pdf, report, chapterOf);
  let chapter: unknown = null;
  for (const entry of entries) {
    const node = pdf.outline.add(entry.level === 1 ? null : chapter, entry.text, { pageNumber: entry.page });
    if (entry.level === 1) chapter = node;
  }
  options.onProgress?.('saving', 0, 1);
  await breathe();
  const blob = pdf.output('blob');
  return { blob, pages: pdf.getNumberOfPages(), charts };
}
