import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, SCREENSHOT_DIR, type Session } from './browser';
import { PdfDownload } from './pages/pdf-download';
import { PlansPage } from './pages/plans-page';
import { DocumentTools } from './pages/word-download';

let session: Session;
let dir: string;
afterEach(async () => {
  await session?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Line { page: number; text: string; top: number; bottom: number }

/** A4 in points, and the band where the running footer sits (its rule is 14.5 mm above the edge). */
const PAGE_HEIGHT = 842;
const FOOTER_TOP = PAGE_HEIGHT - 14.5 * 2.835 - 2;
const HEADER_BOTTOM = 15.5 * 2.835 + 2;

/** Every body text line (no running header or footer) with its page and place, from `pdftotext -bbox-layout`. */
function bodyLines(path: string): Line[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines: Line[] = [];
  xml.split('<page ').slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const text = [...m[3].matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ').replace(/&amp;/g, '&');
      const [top, bottom] = [Number(m[1]), Number(m[2])];
      if (top > HEADER_BOTTOM && bottom < FOOTER_TOP) lines.push({ page: i + 1, top, bottom, text });
    }
  });
  return lines;
}

/** Rows from the top of a page (points) to the lowest drawn pixel of its body, from `pdftoppm` at 36 dpi. */
function bodyEnd(path: string, page: number): number {
  const dpi = 36;
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), path]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const [width, start] = [Number(header[1]), header[0].length];
  const scale = dpi / 72;
  let last = 0;
  for (let y = Math.round(HEADER_BOTTOM * scale); y < Math.round((FOOTER_TOP - 4) * scale); y++) {
    for (let x = 0; x < width; x++) {
      const i = start + (y * width + x) * 3;
      if (Math.min(ppm[i], ppm[i + 1], ppm[i + 2]) < 235) {
        last = y;
        break;
      }
    }
  }
  return last / scale;
}

/** Pixels of the late-days red (#b3261e) on a page drawn at 36 dpi. */
function redPixels(path: string, page: number): number {
  const ppm = execFileSync('pdftoppm', ['-r', '36', '-f', String(page), '-l', String(page), path], { maxBuffer: 64 * 1024 * 1024 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const [width, height, start] = [Number(header[1]), Number(header[2]), header[0].length];
  let red = 0;
  for (let i = start; i < start + width * height * 3; i += 3) if (ppm[i] > 140 && ppm[i + 1] < 90 && ppm[i + 2] < 90) red++;
  return red;
}

describe('the sample plan laid out as a document', () => {
  it('keeps headings with what follows, leaves no page nearly empty but before a chapter, flags late actions, and raises no page error', async () => {
    session = await openSession({ language: 'es' });
    const errors: string[] = [];
    session.page.on('pageerror', (error) => errors.push(error.message));
    const plans = new PlansPage(session.page, session.baseUrl);
    await plans.open();
    await session.page.getByRole('button', { name: /^Probar con un ejemplo$/ }).first().click();
    await session.page.waitForURL(/#\/plan\/[\w-]+\/step\/1$/, { timeout: 60_000 });
    await session.page.locator('[data-metric="churn_rate"]').first().waitFor({ timeout: 60_000 });

    dir = mkdtempSync(join(tmpdir(), 'fideliza-layout-'));
    const pdf = (await new PdfDownload(session.page).download(dir)).path;
    const word = (await new DocumentTools(session.page).downloadWord(dir)).path;
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    copyFileSync(pdf, join(SCREENSHOT_DIR, 'layout-sample.pdf'));

    const lines = bodyLines(pdf);
    const pages = Math.max(...lines.map((l) => l.page));
    // Headings (13 pt) are the level-2 entries of the contents; chapter titles (20 pt) open their page.
    const headingHeight = (l: Line) => l.bottom - l.top > 14.5;
    const chapterStarts = new Set(lines.filter((l) => l.bottom - l.top > 20).map((l) => l.page));
    for (let page = 3; page <= pages; page++) {
      const on = lines.filter((l) => l.page === page);
      if (on.length === 0) continue;
      const last = on.reduce((a, b) => (b.bottom > a.bottom ? b : a));
      expect(headingHeight(last), `page ${page} ends with the heading «${last.text}»`).toBe(false);
    }
    // A page filled to less than half of its body is only allowed before a chapter (or at the end).
    const bodyHeight = FOOTER_TOP - HEADER_BOTTOM;
    for (let page = 3; page < pages; page++) {
      if (chapterStarts.has(page + 1)) continue;
      const filled = (bodyEnd(pdf, page) - HEADER_BOTTOM) / bodyHeight;
      expect(filled, `page ${page} is filled to ${Math.round(filled * 100)} %`).toBeGreaterThan(0.5);
    }
    // The sample's last action ends a month after the plan's horizon: the Gantt marks it and a sentence names it, in both files.
    const all = lines.map((l) => l.text).join(' ');
    const horizonLine = lines.find((l) => l.text === 'Fin del plan');
    expect(horizonLine).toBeDefined();
    // The label and the dashed line alone give about 75 red pixels; the late days of the bar about 60 more.
    expect(redPixels(pdf, horizonLine!.page)).toBeGreaterThan(110);
    expect(all).toMatch(/En rojo, los días después del fin del plan \(\d+ de \w+ de \d{4}\): la acción 9\. Preventa del roscón por la web acaba más tarde\./);
    const xml = strFromU8(unzipSync(readFileSync(word))['word/document.xml']);
    expect(xml).toContain('la acción 9. Preventa del roscón por la web acaba más tarde.');
    expect(errors).toEqual([]);
  }, 300_000);
});
