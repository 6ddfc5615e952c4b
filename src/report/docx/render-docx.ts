import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, ImageRun, Packer, PageBreak, PageNumber, Paragraph,
  ShadingType, Table, TableCell, TableOfContents, TableRow, TextRun, WidthType,
} from 'docx';
import type { ChartBlock, KeyFigure, ReportBlock, ReportCell, ReportDocument, ReportSection, TableBlock } from '../report-model';

/** A chart already drawn: PNG bytes and its size in CSS pixels. */
export interface ChartPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

const BRAND = '1F5F8B';
const SOFT = '4B5565';
const LINE = 'D8DEE8';
const BRAND_SOFT = 'E6F0F7';
const WARN = '8A5A00';
/** Text width of an A4 page with 2 cm margins, in CSS pixels (96 per inch). */
const TEXT_WIDTH_PX = 642;
const CM = 567;

const TONE_COLOUR: Record<NonNullable<Exclude<ReportCell, string>['tone']>, string> = { ok: '1E7A46', warn: WARN, danger: 'B3261E', muted: '78808C' };

/** Text with its line breaks kept as Word line breaks. */
function runs(text: string, style: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }));
}

/** Paragraphs of a text as written: a blank line starts a new paragraph, a single break stays a line break. */
function paragraphs(text: string, style: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}): Paragraph[] {
  return text.split(/\n\s*\n/).map((part) => new Paragraph({ children: runs(part, style), spacing: { after: 120 } }));
}

function cellOf(cell: ReportCell, header = false): TableCell {
  const c = typeof cell === 'string' ? { text: cell } : cell;
  const alignment = c.align === 'right' ? AlignmentType.RIGHT : c.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  const fill = header ? BRAND_SOFT : c.fill?.replace('#', '');
  return new TableCell({
    children: [new Paragraph({ alignment, children: runs(c.text, { bold: header || c.bold, color: c.ink?.replace('#', '') ?? (c.tone ? TONE_COLOUR[c.tone] : undefined), size: 18 }) })],
    ...(fill && { shading: { type: ShadingType.CLEAR, color: 'auto', fill } }),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

function table(block: TableBlock): Table {
  const weights = block.columns.map((c) => c.weight ?? 0);
  const given = weights.reduce((a, b) => a + b, 0);
  const free = weights.filter((w) => w === 0).length;
  const share = (w: number) => (w > 0 ? w : Math.max(5, (100 - given) / Math.max(1, free)));
  const total = weights.map(share).reduce((a, b) => a + b, 0);
  const border = { style: BorderStyle.SINGLE, size: 4, color: LINE };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: weights.map((w) => Math.round((share(w) / total) * 9638)),
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: block.columns.map((c) => cellOf({ text: c.label, align: c.align }, true)) }),
      ...block.rows.map((row) => new TableRow({ children: row.map((cell) => cellOf(cell)) })),
      ...(block.foot ?? []).map((row) => new TableRow({ children: row.map((cell) => cellOf(typeof cell === 'string' ? { text: cell, bold: true } : { ...cell, bold: true })) })),
    ],
  });
}

function keyFigures(items: readonly KeyFigure[]): Table {
  return table({
    kind: 'table', id: 'key-figures', columns: [{ label: '', weight: 60 }, { label: '', align: 'right', weight: 40 }],
    rows: items.map((item) => [item.label, { text: item.value, align: 'right', bold: true }]),
  });
}

function chart(block: ChartBlock, picture: ChartPicture | undefined): Paragraph[] {
  const out = [
    new Paragraph({ keepNext: true, spacing: { before: 200 }, children: [new TextRun({ text: block.title, bold: true, size: 22 })] }),
    new Paragraph({ keepNext: true, children: runs(block.reading, { color: SOFT, size: 18 }) }),
  ];
  if (block.units) out.push(new Paragraph({ keepNext: true, children: runs(block.units, { color: '78808C', size: 16 }) }));
  if (picture) {
    const width = Math.min(TEXT_WIDTH_PX, picture.width);
    out.push(new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [new ImageRun({ type: 'png', data: picture.png, transformation: { width, height: Math.round((width * picture.height) / picture.width) }, altText: { name: block.id, title: block.title, description: block.reading } })],
    }));
  }
  return out;
}

function block(b: ReportBlock, pictures: ReadonlyMap<ChartBlock, ChartPicture>): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading': return [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(b.text)] })];
    case 'subheading': return [new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [new TextRun(b.text)] })];
    case 'paragraph':
      if (b.tone === 'emphasis') {
        return [new Paragraph({ shading: { type: ShadingType.CLEAR, color: 'auto', fill: BRAND_SOFT }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: BRAND, space: 6 } }, spacing: { after: 160 }, children: runs(b.text, { bold: true, size: 24 }) })];
      }
      return paragraphs(b.text, b.tone === 'muted' ? { color: SOFT, size: 17 } : b.tone === 'lead' ? { color: SOFT, size: 22 } : {});
    case 'answer':
      return [new Paragraph({ keepNext: true, children: [new TextRun({ text: b.question, bold: true, color: SOFT })] }), ...paragraphs(b.text)];
    case 'list': return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'key-figures': return [keyFigures(b.items), new Paragraph('')];
    case 'pending': return [new Paragraph({ children: runs(b.text, { italics: true, color: WARN }) })];
    case 'table': return [table(b), new Paragraph('')];
    case 'chart': return chart(b, pictures.get(b));
  }
}

function section(s: ReportSection, pictures: ReadonlyMap<ChartBlock, ChartPicture>): (Paragraph | Table)[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [new TextRun(s.number ? `${s.number}. ${s.title}` : s.title)],
    }),
    ...s.blocks.flatMap((b) => block(b, pictures)),
  ];
}

/** "Página {x} de {y}" with Word's page fields in place of {x} and {y}. */
function pageNumberRuns(template: string): TextRun {
  const parts = template.split(/(\{x\}|\{y\})/).filter((p) => p !== '');
  return new TextRun({
    size: 16,
    color: '78808C',
    children: parts.map((p) => (p === '{x}' ? PageNumber.CURRENT : p === '{y}' ? PageNumber.TOTAL_PAGES : p)),
  });
}

/**
 * The document model as an editable Word file: the cover, a contents field (Word fills it on
 * opening), each chapter under a Heading 1 and its headings as Heading 2/3, tables as Word tables,
 * charts as pictures, the running header and page x of y in the footer.
 */
export async function renderDocx(report: ReportDocument, pictures: ReadonlyMap<ChartBlock, ChartPicture>): Promise<Blob> {
  const { cover } = report;
  const coverPage: Paragraph[] = [
    new Paragraph({ spacing: { before: 2400 }, children: [new TextRun({ text: cover.kind.toLocaleUpperCase(report.languageTag), bold: true, color: BRAND, size: 22 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(cover.title)] }),
    ...cover.lines.flatMap((line) => [
      new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: line.label.toLocaleUpperCase(report.languageTag), color: '78808C', size: 16 })] }),
      new Paragraph({ children: [new TextRun({ text: line.value, size: 26 })] }),
    ]),
    ...(cover.draftNote ? [new Paragraph({ spacing: { before: 600 }, children: [new TextRun({ text: cover.draftNote, bold: true, color: WARN })] })] : []),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ children: [new TextRun({ text: report.contentsTitle, bold: true, size: 36, color: BRAND })] }),
  ];
  const language = { value: report.languageTag };
  const doc = new Document({
    title: report.meta.title,
    creator: report.meta.author,
    subject: report.meta.subject,
    keywords: report.meta.keywords,
    description: report.meta.subject,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 21, language }, paragraph: { spacing: { after: 80, line: 276 } } },
        heading1: { run: { font: 'Calibri', size: 36, bold: true, color: '1D2430' }, paragraph: { spacing: { before: 240, after: 200 } } },
        heading2: { run: { font: 'Calibri', size: 27, bold: true, color: BRAND }, paragraph: { spacing: { before: 280, after: 120 } } },
        heading3: { run: { font: 'Calibri', size: 23, bold: true, color: '1D2430' }, paragraph: { spacing: { before: 200, after: 80 } } },
        title: { run: { font: 'Calibri', size: 56, bold: true, color: '1D2430' }, paragraph: { spacing: { before: 200, after: 400 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2 * CM, bottom: 2 * CM, left: 2 * CM, right: 2 * CM } }, titlePage: true },
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: report.runningHeader, size: 16, color: '78808C' })] })] }) },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [pageNumberRuns(report.pageTemplate)] })] }),
        },
        children: [
          ...coverPage,
          new TableOfContents(report.contentsTitle, { hyperlink: true, headingStyleRange: '1-2' }),
          ...report.sections.flatMap((s) => section(s, pictures)),
        ],
      },
    ],
  });
  return Packer.toBlob(doc);
}
