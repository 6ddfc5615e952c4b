import { readFileSync } from 'node:fs';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import type { ReportBlock, TableBlock } from '../../../src/report/report-model';
import { registerFonts } from '../../../src/report/pdf/pdf-fonts';
import { CONTENT_BOTTOM, PAGE } from '../../../src/report/pdf/pdf-theme';
import { PdfWriter } from '../../../src/report/pdf/pdf-writer';

const font = (file: string) => readFileSync(`node_modules/@expo-google-fonts/inter/${file}`).toString('latin1');
const FONTS = { regular: font('400Regular/Inter_400Regular.ttf'), bold: font('700Bold/Inter_700Bold.ttf'), bytes: { regular: new ArrayBuffer(0), bold: new ArrayBuffer(0) } };

function writer(): PdfWriter {
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  registerFonts(doc, FONTS);
  return new PdfWriter(doc);
}

const table: TableBlock = {
  kind: 'table', id: 't',
  columns: [{ label: 'Mes' }, { label: 'Importe', align: 'right' }],
  rows: Array.from({ length: 40 }, (_, i) => [`Mes ${i + 1}`, `${i * 10},00 €`]),
};
const followers: [string, Exclude<ReportBlock, { kind: 'chart' | 'heading' | 'subheading' }>][] = [
  ['a table', table],
  ['a question and its answer', { kind: 'answer', question: '¿Por qué prefieren la empresa frente a la competencia? '.repeat(3), text: 'Por el pan. '.repeat(40) }],
  ['an emphasised box', { kind: 'paragraph', tone: 'emphasis', text: 'Aumentar la fidelidad de los clientes habituales. '.repeat(8) }],
  ['a pending note', { kind: 'pending', text: 'Falta escribir la respuesta. '.repeat(12) }],
  ['key figures', { kind: 'key-figures', items: Array.from({ length: 8 }, (_, i) => ({ label: `Cifra clave número ${i}`, value: `${i} €` })) }],
  ['a paragraph', { kind: 'paragraph', text: 'Texto corrido. '.repeat(60) }],
];

describe('PdfWriter keeps headings with what follows', () => {
  for (const [name, block] of followers) {
    it(`never leaves a heading or subheading alone at the foot of a page above ${name}`, () => {
      // Every place on the page for the heading, from high to the very foot.
      for (let y = CONTENT_BOTTOM - 80; y < CONTENT_BOTTOM; y += 1.5) {
        for (const kind of ['heading', 'subheading'] as const) {
          const w = writer();
          w.y = y;
          const pages: number[] = [];
          const add = w.doc.addPage.bind(w.doc);
          w.doc.addPage = ((...args: Parameters<typeof add>) => {
            pages.push(w.y);
            return add(...args);
          }) as typeof add;
          w[kind]('Presupuesto por mes', w.startHeight(block));
          const headingPage = w.page;
          const headingBottom = w.y;
          pages.length = 0;
          w.block(block);
          // The block begins on the heading's page: the first page break (if any) comes after it started there.
          const startPage = block.kind === 'table'
            ? (w.doc as unknown as { lastAutoTable: { startPageNumber: number } }).lastAutoTable.startPageNumber
            : pages[0] === undefined || pages[0] > headingBottom ? headingPage : headingPage + 1;
          expect(startPage, `${kind} at y=${y.toFixed(1)}: left alone`).toBe(headingPage);
        }
      }
    });
  }

  it('gives a table its header and first rows on the page where it starts', () => {
    const w = writer();
    w.y = CONTENT_BOTTOM - 10;
    w.table(table);
    const last = (w.doc as unknown as { lastAutoTable: { startPageNumber: number } }).lastAutoTable;
    expect(last.startPageNumber).toBe(2);
    expect(w.y).toBeGreaterThan(PAGE.top);
  });
});
