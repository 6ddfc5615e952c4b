import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, screenshot, SCREENSHOT_DIR, type Session } from './browser';
import { DiagnosisPage } from './pages/diagnosis-page';
import { ObjectivesPage } from './pages/objectives-page';
import { PdfDownload } from './pages/pdf-download';
import { PlanPage } from './pages/plan-page';
import { PlansPage } from './pages/plans-page';
import { StrategiesPage } from './pages/strategies-page';
import { WORKED_EXAMPLE } from './worked-example';

const PLAN_NAME = '¿Qué? Plan de fidelización 2026';
const SECTION_TITLES = [
  'Resumen ejecutivo', 'Diagnóstico', 'Objetivos SMART', 'Estrategias', 'Difusión', 'Implementación',
  'Evaluación y control', 'Método y fórmulas', 'Diccionario de datos',
];

let session: Session;
let dir: string;
afterEach(async () => {
  await session?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The PDF's text, page by page (pdftotext separates pages with a form feed), spaces made plain. */
function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return text.replace(/[\u00a0\u202f]/g, ' ').split('\f').slice(0, -1);
}

function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

/** Lines of the contents: a title, then its page number at the right margin. */
function contents(pages: string[]): { title: string; page: number }[] {
  const start = pages.findIndex((p) => /^\s*Índice\s*$/m.test(p));
  const entries: { title: string; page: number }[] = [];
  for (let i = start; i < pages.length && !/^\s*Resumen ejecutivo\s*$/m.test(pages[i]); i++) {
    for (const line of pages[i].split('\n')) {
      const match = /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(line);
      if (match && !line.includes('Página')) entries.push({ title: match[1].replace(/\s+/g, ' '), page: Number(match[2]) });
    }
  }
  return entries;
}

async function fillPlan() {
  session = await openSession({ language: 'es' });
  const plans = new PlansPage(session.page, session.baseUrl);
  await plans.open();
  await plans.createPlan({ name: PLAN_NAME, company: 'Panaderías Peñalver' });
  const plan = new PlanPage(session.page);
  const diagnosis = new DiagnosisPage(session.page);
  await diagnosis.pasteCsv(WORKED_EXAMPLE);
  await diagnosis.useData();
  await diagnosis.setAnalysisDate('2025-12-31');
  await plan.write('¿Quiénes son tus clientes actuales?', '¿Qué clientes? Familias de Logroño. ¡Muy fieles!');
  await plan.write('¿Por qué se van los clientes?', 'Por el precio: el pan de supermercado cuesta 0,90 €.');
  await plan.waitUntilSaved();

  await plan.goToStep(2);
  await new ObjectivesPage(session.page).writeGeneralObjective({
    what: 'Aumentar la fidelidad de los clientes habituales', where: 'las tiendas de La Rioja', whatFor: 'crecer en ventas año tras año',
  });
  await plan.waitUntilSaved();

  await plan.goToStep(3);
  const strategies = new StrategiesPage(session.page);
  const card = await strategies.addStrategy('Retención', 'Tarjeta «Cliente Peñalver»');
  await strategies.tick(card, /^Activos/);
  await strategies.tick(card, 'Tienda');
  await plan.waitUntilSaved();
  return plan;
}

describe('the printable plan', () => {
  it('downloads a PDF in the plan’s language with every section, the figures, accented text, matching page numbers and an embedded font', async () => {
    await fillPlan();
    dir = mkdtempSync(join(tmpdir(), 'fideliza-pdf-'));
    const { path, name } = await new PdfDownload(session.page).download(dir);
    // «?» cannot be in a file name on every system; the title keeps it.
    expect(name).toBe('Plan de marketing relacional - ¿Qué Plan de fidelización 2026.pdf');

    const pages = pdfPages(path);
    const info = pdfInfo(path);
    expect(Number(info.Pages)).toBe(pages.length);
    expect(info.Title).toBe(PLAN_NAME);
    expect(readFileSync(path, 'latin1')).toContain('/Lang (es-ES)');
    const all = pages.join('\n');

    // Every chapter is there, and the contents point at the page where each heading is.
    const toc = contents(pages);
    for (const title of SECTION_TITLES) expect(toc.some((e) => e.title.replace(/^[\dA-C]\s/, '').startsWith(title)), title).toBe(true);
    expect(toc.length).toBeGreaterThanOrEqual(SECTION_TITLES.length + 10);
    for (const entry of toc) {
      expect(entry.page, entry.title).toBeLessThanOrEqual(pages.length);
      const heading = entry.title.replace(/^[\dA-C]\s/, '').replace(/ \(pendiente\)$/, '');
      expect(pages[entry.page - 1].replace(/\s+/g, ' '), `${entry.title} on page ${entry.page}`).toContain(heading);
    }
    // Steps not yet filled in are marked pending in the contents and say so.
    for (const step of ['Difusión', 'Implementación', 'Evaluación y control']) {
      expect(toc.some((e) => e.title.endsWith(`${step} (pendiente)`)), step).toBe(true);
    }
    expect(all).toContain('Este paso aún está pendiente');

    // The key figures of the worked example, with their formulas.
    expect(all).toMatch(/Tasa de deserción\s+25 %/);
    expect(all).toContain('198,00 €');
    expect(all).toContain('deserción = |A2 \\ A1| / |A2|');
    // Accented text as written, searchable.
    for (const text of ['¿Qué clientes? Familias de Logroño. ¡Muy fieles!', '0,90 €', 'Tarjeta «Cliente Peñalver»', 'Aumentar la fidelidad de los clientes habituales']) {
      expect(all.replace(/\s+/g, ' '), text).toContain(text);
    }
    // Running header and footer on every page after the cover.
    pages.slice(1).forEach((page, i) => {
      expect(page).toContain('Panaderías Peñalver');
      expect(page).toContain(`Página ${i + 2} de ${pages.length}`);
    });

    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    const inter = fonts.split('\n').filter((line) => line.startsWith('Inter'));
    expect(inter.length).toBeGreaterThanOrEqual(2);
    for (const line of inter) expect(line.split(/\s+/).slice(-5)[0], line).toBe('yes');

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', path, join(SCREENSHOT_DIR, 'report-pdf-es')]);
  }, 180_000);

  it('puts the logo the user chose on the cover, and refuses a file that is not an image', async () => {
    session = await openSession({ language: 'es' });
    const plans = new PlansPage(session.page, session.baseUrl);
    await plans.open();
    await plans.createPlan({ name: 'Plan con logotipo', company: 'Cafés Núñez' });
    dir = mkdtempSync(join(tmpdir(), 'fideliza-logo-'));
    const pdf = new PdfDownload(session.page);

    writeFileSync(join(dir, 'logo.txt'), 'no soy una imagen');
    await pdf.chooseLogo(join(dir, 'logo.txt'));
    await expect(pdf.logoError().innerText()).resolves.toBe('Ese archivo no es una imagen PNG, JPEG o WebP.');

    const logo = await session.page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 100;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#1f5f8b';
      context.fillRect(0, 0, 100, 100);
      context.font = 'bold 40px sans-serif';
      context.fillText('Núñez', 110, 65);
      return canvas.toDataURL('image/png').split(',')[1];
    });
    writeFileSync(join(dir, 'logo.png'), Buffer.from(logo, 'base64'));
    await pdf.chooseLogo(join(dir, 'logo.png'));
    await pdf.logoPreview().waitFor();
    await new PlanPage(session.page).waitUntilSaved();
    const { path } = await pdf.download(dir);
    const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    // The logo, at its own size (a PNG's transparency comes as its soft mask).
    expect(images.filter((line) => line.trim().split(/\s+/)[2] === 'image')).toHaveLength(1);
    expect(images[0]).toMatch(/^\s*1\s+\d+\s+image\s+320\s+100\b/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, join(SCREENSHOT_DIR, 'report-logo-cover')]);
  }, 120_000);

  it('prints the plan page (Ctrl+P) without navigation or controls', async () => {
    await fillPlan();
    await new PlanPage(session.page).goToStep(1);
    await new PlanPage(session.page).showField('¿Quiénes son tus clientes actuales?');
    await session.page.emulateMedia({ media: 'print' });
    expect(await session.page.locator('nav.stepper').isVisible()).toBe(false);
    expect(await session.page.getByRole('button', { name: 'Descargar PDF' }).isVisible()).toBe(false);
    expect(await session.page.locator('#csv-paste').isVisible()).toBe(false);
    const answer = session.page.getByLabel('¿Quiénes son tus clientes actuales?');
    expect(await answer.isVisible()).toBe(true);
    await screenshot(session.page, 'report-print-es');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const printed = join(SCREENSHOT_DIR, 'report-print-es.pdf');
    await session.page.pdf({ path: printed, format: 'A4', printBackground: true });
    const text = pdfPages(printed).join('\n');
    expect(text).toContain('Diagnóstico');
    expect(text).toContain('¡Muy fieles!');
    expect(text).not.toContain('Descargar PDF');
    expect(text).not.toContain('Pasos del plan');
  }, 180_000);
});
