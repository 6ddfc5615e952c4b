import type { jsPDF } from 'jspdf';
import { autoTable, type CellInput, type Styles } from 'jspdf-autotable';
import type { KeyFigure, ReportBlock, ReportCell, TableBlock } from '../report-model';
import { COLOUR, CONTENT_BOTTOM, CONTENT_WIDTH, FONT, lineHeight, PAGE, SIZE, TONE, type Rgb } from './pdf-theme';

/** Space a heading needs below it, so that it never ends a page alone. */
const KEEP_WITH_NEXT = 28;
const BOX_PAD = 3.5;

interface BoxStyle { size: number; weight: 'normal' | 'bold'; ink: Rgb; fill: Rgb; bar: Rgb }

type WrittenBlock = Exclude<ReportBlock, { kind: 'chart' } | { kind: 'heading' } | { kind: 'subheading' }>;

const EMPHASIS: BoxStyle = { size: 12, weight: 'bold', ink: COLOUR.ink, fill: COLOUR.brandSoft, bar: COLOUR.brand };
const PENDING: BoxStyle = { size: SIZE.body, weight: 'normal', ink: COLOUR.warn, fill: COLOUR.warnSoft, bar: COLOUR.warn };

/** The text cursor over the pages of the body: flows text, keeps headings with what follows. */
export class PdfWriter {
  y: number = PAGE.top;

  constructor(readonly doc: jsPDF) {}

  get page(): number {
    return this.doc.getNumberOfPages();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Moves to a new page unless `height` millimetres still fit on this one. */
  ensure(height: number): void {
    if (this.y + height > CONTENT_BOTTOM) this.newPage();
  }

  style(size: number, weight: 'normal' | 'bold' = 'normal', colour: Rgb = COLOUR.ink): void {
    this.doc.setFont(FONT, weight);
    this.doc.setFontSize(size);
    this.doc.setTextColor(...colour);
  }

  /** Wraps text (keeping its line breaks) to `width` in the current style. */
  wrap(text: string, width: number): string[] {
    return text.split(/\r?\n/).flatMap((line) => (line.trim() === '' ? [''] : (this.doc.splitTextToSize(line, width) as string[])));
  }

  /** Flows wrapped lines from the cursor, breaking pages between lines. */
  lines(lines: readonly string[], size: number, x: number = PAGE.left, options: { keep?: number } = {}): void {
    const step = lineHeight(size);
    this.ensure(step * Math.min(lines.length, options.keep ?? 2));
    const font = this.doc.getFont();
    const colour = this.doc.getTextColor();
    for (const line of lines) {
      if (this.y + step > CONTENT_BOTTOM) {
        this.newPage();
        this.doc.setFont(font.fontName, font.fontStyle);
        this.doc.setFontSize(size);
        this.doc.setTextColor(colour);
      }
      this.doc.text(line, x, this.y + size * 0.3528 * 0.8);
      this.y += step;
    }
  }

  paragraph(text: string, size: number = SIZE.body, colour: Rgb = COLOUR.ink, weight: 'normal' | 'bold' = 'normal', indent: number = 0): void {
    this.style(size, weight, colour);
    this.lines(this.wrap(text, CONTENT_WIDTH - indent), size, PAGE.left + indent);
  }

  /** A heading, moved to the next page unless `keep` millimetres of what follows fit below it. */
  heading(text: string, keep: number = KEEP_WITH_NEXT): void {
    this.y += 3;
    this.style(SIZE.heading, 'bold', COLOUR.brand);
    const lines = this.wrap(text, CONTENT_WIDTH);
    this.ensure(lineHeight(SIZE.heading) * lines.length + 4 + keep);
    this.lines(lines, SIZE.heading);
    this.doc.setDrawColor(...COLOUR.line);
    this.doc.setLineWidth(0.3);
    this.doc.line(PAGE.left, this.y + 0.5, PAGE.left + CONTENT_WIDTH, this.y + 0.5);
    this.y += 3.5;
  }

  subheading(text: string, keep: number = KEEP_WITH_NEXT): void {
    this.y += 1.5;
    this.style(SIZE.subheading, 'bold');
    const lines = this.wrap(text, CONTENT_WIDTH);
    this.ensure(lineHeight(SIZE.subheading) * lines.length + 1 + keep);
    this.lines(lines, SIZE.subheading);
    this.y += 1;
  }

  answer(question: string, text: string): void {
    this.style(SIZE.body, 'bold', COLOUR.soft);
    const asked = this.wrap(question, CONTENT_WIDTH);
    this.ensure(lineHeight(SIZE.body) * (asked.length + 2));
    this.lines(asked, SIZE.body);
    this.y += 0.5;
    this.paragraph(text);
    this.y += 3;
  }

  list(items: readonly string[]): void {
    const indent = 5;
    for (const item of items) {
      this.style(SIZE.body);
      const lines = this.wrap(item, CONTENT_WIDTH - indent);
      this.ensure(lineHeight(SIZE.body) * Math.min(lines.length, 2));
      this.doc.setFillColor(...COLOUR.brand);
      this.doc.circle(PAGE.left + 1.4, this.y + lineHeight(SIZE.body) / 2 - 0.55, 0.65, 'F');
      this.lines(lines, SIZE.body, PAGE.left + indent);
      this.y += 1;
    }
    this.y += 2;
  }

  /** The lines of a shaded box and its height. */
  private boxLayout(text: string, options: BoxStyle): { lines: string[]; height: number } {
    this.style(options.size, options.weight, options.ink);
    const lines = this.wrap(text, CONTENT_WIDTH - 2 * BOX_PAD - 1.5);
    return { lines, height: lines.length * lineHeight(options.size) + 2 * BOX_PAD - 1 };
  }

  /** A box moves whole to the next page, unless it is taller than a page: then it flows as a paragraph. */
  private boxStart(text: string, options: BoxStyle): number {
    const { height } = this.boxLayout(text, options);
    return height > CONTENT_BOTTOM - PAGE.top ? lineHeight(options.size) * 2 : height;
  }

  /** A shaded box with text in it (the general objective, a pending note). */
  box(text: string, options: BoxStyle): void {
    const pad = BOX_PAD;
    const { lines, height } = this.boxLayout(text, options);
    if (height > CONTENT_BOTTOM - PAGE.top) {
      this.paragraph(text, options.size, options.ink, options.weight);
      return;
    }
    this.ensure(height);
    this.doc.setFillColor(...options.fill);
    this.doc.rect(PAGE.left, this.y, CONTENT_WIDTH, height, 'F');
    this.doc.setFillColor(...options.bar);
    this.doc.rect(PAGE.left, this.y, 1.2, height, 'F');
    const top = this.y;
    this.y += pad - 0.5;
    this.lines(lines, options.size, PAGE.left + pad + 1.5);
    this.y = top + height + 4;
  }

  private keyFigureRow(row: readonly KeyFigure[], width: number) {
    this.style(SIZE.small);
    const labels = row.map((item) => this.wrap(item.label, width - 6));
    this.style(13, 'bold');
    const values = row.map((item) => this.wrap(item.value, width - 6));
    const height = 5 + Math.max(...values.map((v) => v.length)) * lineHeight(13) + Math.max(...labels.map((l) => l.length)) * lineHeight(SIZE.small) + 3;
    return { labels, values, height };
  }

  keyFigures(items: readonly KeyFigure[]): void {
    const perRow = 4;
    const gap = 3;
    const width = (CONTENT_WIDTH - gap * (perRow - 1)) / perRow;
    for (let start = 0; start < items.length; start += perRow) {
      const row = items.slice(start, start + perRow);
      const { labels, values, height } = this.keyFigureRow(row, width);
      this.ensure(height);
      row.forEach((_, i) => {
        const x = PAGE.left + i * (width + gap);
        this.doc.setFillColor(...COLOUR.brandSoft);
        this.doc.roundedRect(x, this.y, width, height, 1.5, 1.5, 'F');
        let y = this.y + 4;
        this.style(13, 'bold', COLOUR.brand);
        for (const line of values[i]) {
          this.doc.text(line, x + 3, y + 13 * 0.3528 * 0.8);
          y += lineHeight(13);
        }
        this.style(SIZE.small, 'normal', COLOUR.soft);
        for (const line of labels[i]) {
          this.doc.text(line, x + 3, y + SIZE.small * 0.3528 * 0.8);
          y += lineHeight(SIZE.small);
        }
      });
      this.y += height + gap;
    }
    this.y += 2;
  }

  /**
   * Column widths from the relative weights, widened where a column's longest word (a date, an
   * amount, a header) would otherwise break mid-word, at the expense of columns with room to spare.
   */
  columnWidths(block: TableBlock, size: number, padding: number): number[] {
    const total = block.columns.reduce((sum, c) => sum + (c.weight ?? 1), 0);
    const widths = block.columns.map((c) => (CONTENT_WIDTH * (c.weight ?? 1)) / total);
    const longestWord = (text: string, weight: 'normal' | 'bold') => {
      this.doc.setFont(FONT, weight);
      this.doc.setFontSize(size);
      return Math.max(0, ...text.split(/\s+/).map((word) => this.doc.getTextWidth(word)));
    };
    const needs = block.columns.map((column, i) => {
      const cells = [...block.rows, ...(block.foot ?? [])].map((row) => row[i]);
      const words = cells.map((cell) => (typeof cell === 'string' ? longestWord(cell, 'normal') : cell ? longestWord(cell.text, cell.bold ? 'bold' : 'normal') : 0));
      return Math.min(CONTENT_WIDTH * 0.45, Math.max(longestWord(column.label, 'bold'), ...words) + 2 * padding + 0.3);
    });
    const deficit = widths.reduce((sum, w, i) => sum + Math.max(0, needs[i] - w), 0);
    const slack = widths.reduce((sum, w, i) => sum + Math.max(0, w - needs[i]), 0);
    if (deficit === 0 || slack < deficit) return widths;
    return widths.map((w, i) => (w < needs[i] ? needs[i] : w - ((w - needs[i]) / slack) * deficit));
  }

  /** A table's header needs its first rows below it on the same page; the rest may follow on the next pages, under the header again. */
  private tableStart(block: TableBlock): number {
    return lineHeight(block.compact ? SIZE.compact : SIZE.table) * 6 + 6;
  }

  /**
   * The room a block needs free at the cursor to begin on this page: what its own drawing asks
   * for before it starts (so that a heading kept with it is never left alone above it).
   */
  startHeight(block: WrittenBlock): number {
    const pad = 3;
    switch (block.kind) {
      case 'paragraph': {
        if (block.tone === 'emphasis') return this.boxStart(block.text, EMPHASIS) + pad;
        const size = block.tone === 'lead' ? SIZE.lead : block.tone === 'muted' ? SIZE.small : SIZE.body;
        this.style(size);
        return lineHeight(size) * Math.min(2, this.wrap(block.text, CONTENT_WIDTH).length) + pad;
      }
      case 'answer':
        this.style(SIZE.body, 'bold');
        return lineHeight(SIZE.body) * (this.wrap(block.question, CONTENT_WIDTH).length + 2) + pad;
      case 'list': return lineHeight(SIZE.body) * 2 + pad;
      case 'key-figures': return this.keyFigureRow(block.items.slice(0, 4), (CONTENT_WIDTH - 9) / 4).height + pad;
      case 'pending': return this.boxStart(block.text, PENDING) + pad;
      case 'table': return this.tableStart(block) + pad;
    }
  }

  table(block: TableBlock): void {
    const padding = block.compact ? 1.2 : 2;
    const widths = this.columnWidths(block, block.compact ? SIZE.compact : SIZE.table, padding);
    const columnStyles: Record<number, Partial<Styles>> = {};
    block.columns.forEach((column, i) => {
      columnStyles[i] = { halign: column.align ?? 'left', cellWidth: widths[i] };
    });
    const size = block.compact ? SIZE.compact : SIZE.table;
    this.ensure(this.tableStart(block));
    autoTable(this.doc, {
      startY: this.y,
      margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
      tableWidth: CONTENT_WIDTH,
      theme: 'grid',
      showHead: 'everyPage',
      showFoot: 'lastPage',
      rowPageBreak: 'avoid',
      styles: {
        font: FONT, fontStyle: 'normal', fontSize: size, textColor: [...COLOUR.ink], lineColor: [...COLOUR.line], lineWidth: 0.15,
        cellPadding: block.compact ? 1.2 : { top: 1.6, bottom: 1.6, left: padding, right: padding }, valign: 'top', overflow: 'linebreak',
      },
      headStyles: { fillColor: [...COLOUR.brand], textColor: [...COLOUR.white], fontStyle: 'bold', valign: 'middle' },
      footStyles: { fillColor: [...COLOUR.brandSoft], textColor: [...COLOUR.ink], fontStyle: 'bold' },
      alternateRowStyles: { fillColor: [...COLOUR.zebra] },
      columnStyles,
      head: [block.columns.map((c, i) => ({ content: c.label, styles: { halign: c.align ?? columnStyles[i].halign } }))],
      body: block.rows.map((row) => row.map(cellInput)),
      foot: block.foot?.map((row) => row.map(cellInput)),
    });
    this.y = (this.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 5;
  }

  block(block: WrittenBlock): void {
    switch (block.kind) {
      case 'paragraph':
        if (block.tone === 'emphasis') return this.box(block.text, EMPHASIS);
        if (block.tone === 'lead') this.paragraph(block.text, SIZE.lead, COLOUR.soft);
        else if (block.tone === 'muted') this.paragraph(block.text, SIZE.small, COLOUR.soft);
        else this.paragraph(block.text);
        this.y += 2.5;
        return;
      case 'answer': return this.answer(block.question, block.text);
      case 'list': return this.list(block.items);
      case 'key-figures': return this.keyFigures(block.items);
      case 'pending': return this.box(block.text, PENDING);
      case 'table': return this.table(block);
    }
  }
}

function cellInput(cell: ReportCell): CellInput {
  if (typeof cell === 'string') return cell;
  const styles: Partial<Styles> = {};
  if (cell.align) styles.halign = cell.align;
  if (cell.bold) styles.fontStyle = 'bold';
  if (cell.tone) styles.textColor = [...TONE[cell.tone]];
  if (cell.fill) styles.fillColor = rgbOf(cell.fill);
  if (cell.ink) styles.textColor = rgbOf(cell.ink);
  return { content: cell.text, styles };
}

/** `#rrggbb` as jsPDF's [r, g, b]. */
function rgbOf(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}
