import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, SCREENSHOT_DIR, type Session } from './browser';
import { PdfDownload } from './pages/pdf-download';
import { PlanPage } from './pages/plan-page';
import { PlansPage } from './pages/plans-page';
import { DocumentTools } from './pages/word-download';

const SUMMARY = 'Resumen de prueba: Trigo y Sal pierde clientes por indiferencia; el plan propone retenerlos con la «Tarjeta Amiga» y 1.000 € al trimestre.';
const CHART_TITLES = [
  'Pirámide de clientes', 'Clientes ABC (Pareto)', 'Matriz RFM: clientes por recencia y frecuencia', 'Tipos de cliente: satisfacción y lealtad',
  'Matriz de valor: valor real y valor estratégico', 'Motivos de abandono', 'Cohortes: retención por mes de la primera compra', 'Ingresos y clientes activos por mes',
];
const DPI = 50;

let session: Session;
let dir: string;
afterEach(async () => {
  await session?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Line { page: number; text: string; top: number; bottom: number }

/** Every text line of the PDF with its page and vertical place (points from the top), from `pdftotext -bbox-layout`. */
function pdfLines(path: string): Line[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', path, '-'], { encoding: 'utf8' });
  const lines: Line[] = [];
  xml.split('<page ').slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const text = [...m[3].matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ').replace(/&amp;/g, '&');
      lines.push({ page: i + 1, top: Number(m[1]), bottom: Number(m[2]), text });
    }
  });
  return lines;
}

/** Share of coloured pixels (not white, not grey) in rows top…bottom (points) of a page drawn at DPI. */
function colouredShare(path: string, page: number, top: number, bottom: number): number {
  const ppm = execFileSync('pdftoppm', ['-r', String(DPI), '-f', String(page), '-l', String(page), path]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const width = Number(header[1]);
  const start = header[0].length;
  const scale = DPI / 72;
  const [from, to] = [Math.round(top * scale), Math.round(bottom * scale)];
  let coloured = 0;
  for (let y = from; y < to; y++) {
    for (let x = 0; x < width; x++) {
      const i = start + (y * width + x) * 3;
      const [r, g, b] = [ppm[i], ppm[i + 1], ppm[i + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
    }
  }
  return coloured / (width * Math.max(1, to - from));
}

describe('the sample plan as documents a client reads', () => {
  it('prints the summary the planner typed on the first pages of the PDF and the Word file, draws every chart whole, and gives Word real headings and pictures', async () => {
    session = await openSession({ language: 'es' });
    const plans = new PlansPage(session.page, session.baseUrl);
    await plans.open();
    await session.page.getByRole('button', { name: /^Probar con un ejemplo$/ }).first().click();
    await session.page.waitForURL(/#\/plan\/[\w-]+\/step\/1$/, { timeout: 60_000 });
    await session.page.locator('[data-metric="churn_rate"]').first().waitFor({ timeout: 60_000 });
    const tools = new DocumentTools(session.page);
    await tools.writeSummary(SUMMARY);
    await new PlanPage(session.page).waitUntilSaved();

    dir = mkdtempSync(join(tmpdir(), 'fideliza-doc-'));
    const pdf = (await new PdfDownload(session.page).download(dir)).path;
    const lines = pdfLines(pdf);
    const firstPages = lines.filter((l) => l.page <= 3).map((l) => l.text).join(' ');
    expect(firstPages).toContain('Resumen de prueba: Trigo y Sal pierde clientes por indiferencia');
    // No checklist and no words to the app's user.
    const all = lines.map((l) => l.text).join(' ');
    for (const phrase of ['3 de 3', 'Puedes descargar', 'Tus datos', '¿Quiénes son tus clientes actuales?']) expect(all).not.toContain(phrase);

    // Each chart's area holds colour: bars, cells, points, not only a line (under 1 % of the area) or an empty grid.
    for (const title of CHART_TITLES) {
      const at = lines.findIndex((l) => l.text === title);
      expect(at, title).toBeGreaterThanOrEqual(0);
      const { page, bottom } = lines[at];
      const next = lines.slice(at + 1).find((l) => l.page === page && CHART_TITLES.includes(l.text));
      const end = next ? next.top : 842 - 60;
      const share = colouredShare(pdf, page, bottom, end);
      expect(share, `${title}: coloured share ${share.toFixed(3)}`).toBeGreaterThan(0.015);
    }
    // The cohort grid reaches its last rows: the lowest quarter of its area has colour too.
    const cohorts = lines.find((l) => l.text === CHART_TITLES[6])!;
    const cohortEnd = lines.find((l) => l.page === cohorts.page && l.text === CHART_TITLES[7])?.top ?? 842 - 60;
    expect(colouredShare(pdf, cohorts.page, cohortEnd - (cohortEnd - cohorts.bottom) * 0.3, cohortEnd - 20)).toBeGreaterThan(0.01);

    const word = await tools.downloadWord(dir);
    expect(word.name).toMatch(/\.docx$/);
    const files = unzipSync(readFileSync(word.path));
    const xml = strFromU8(files['word/document.xml']);
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBeGreaterThanOrEqual(8);
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)?.length).toBeGreaterThan(10);
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;/);
    expect(xml.includes('Resumen de prueba: Trigo y Sal'), 'summary in document.xml').toBe(true);
    const media = Object.keys(files).filter((name) => /^word\/media\/.*\.png$/.test(name));
    expect(media.length).toBeGreaterThanOrEqual(CHART_TITLES.length);
    const footer = strFromU8(files['word/footer1.xml']);
    expect(footer).toContain('PAGE');
    // Read back by another program (pandoc, installed with Chromium by `npm test` and CI).
    const text = execFileSync('pandoc', ['-t', 'plain', '--wrap=none', word.path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    for (const heading of ['Resumen ejecutivo', '1. Diagnóstico', '2. Objetivos SMART', '3. Estrategias', '4. Difusión', '5. Implementación', '6. Evaluación y control', 'Método, modelos y datos']) {
      expect(text, heading).toContain(heading);
    }
    // The summary comes before the first chapter, with its accents and signs as typed.
    const summaryAt = text.indexOf('Resumen de prueba');
    expect(summaryAt).toBeGreaterThan(0);
    expect(summaryAt).toBeLessThan(text.lastIndexOf('1. Diagnóstico'));
    expect(text).toContain('«Tarjeta Amiga» y 1.000 €');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SCREENSHOT_DIR, 'document-pdf-es')]);
    expect(readFileSync(word.path).subarray(0, 2).toString()).toBe('PK');
  }, 300_000);
});
