import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { epochDay, epochDayToIso } from '../../src/domain/dates';
import { seededRandom, simulateTable } from '../domain/clv-models/simulate';
import { openSession, scratchPath, screenshot, SCREENSHOT_DIR, type Session } from './browser';
import { DiagnosisPage } from './pages/diagnosis-page';
import { PdfDownload } from './pages/pdf-download';
import { PredictivePage } from './pages/predictive-page';
import { PlansPage } from './pages/plans-page';

// Weekly BG/NBD and Gamma-Gamma parameters of the CDNOW sample (Fader, Hardie & Lee 2005).
const BG = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const GG = { p: 6.25, q: 3.74, gamma: 15.44 };

/** 5,000 customers acquired over 12 weeks from 6 January 2025 and followed for 78 weeks, as a sales CSV. */
function salesCsv(): string {
  const first = epochDay(2025, 1, 6);
  const table = simulateTable(seededRandom(2026), {
    params: BG, spend: GG, customers: 5000, firstDay: first, acquisitionDays: 84, lastDay: first + 545, unitDays: 7,
  });
  const lines = ['cliente,fecha,importe'];
  for (let i = 0; i < table.length; i++) {
    lines.push(`${table.customerIds[table.customer[i]]},${epochDayToIso(table.day[i])},${table.amount[i].toFixed(2)}`);
  }
  return lines.join('\n');
}

let session: Session;
afterEach(async () => session?.close());

/** The whole page, and each part of the panel on its own, at a size one can read. */
async function screenshots(name: string): Promise<void> {
  await screenshot(session.page, name);
  const parts = { explain: 'predictive-assumptions', settings: 'fieldset.settings', fit: 'predictive-fit-title', validation: 'predictive-validation-title', customers: 'predictive-customers-title', compare: 'predictive-compare-title' };
  for (const [part, target] of Object.entries(parts)) {
    const locator = target.includes('.') ? session.page.locator(target) : session.page.locator(`section[aria-labelledby="${target}"]`);
    await locator.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${part}.png`) });
  }
}

async function fittedPlan(language: 'es' | 'en', periodMonths?: number, width?: number) {
  session = await openSession({ language, width });
  const plans = new PlansPage(session.page, session.baseUrl);
  await plans.open();
  await plans.createPlan({ name: 'Valor de vida', company: 'Discos Sol' });
  const path = scratchPath(`ventas-bgnbd-${language}.csv`);
  writeFileSync(path, salesCsv());
  const diagnosis = new DiagnosisPage(session.page);
  await diagnosis.uploadFile(path);
  await diagnosis.useData();
  if (periodMonths !== undefined) {
    await diagnosis.setParam(/^(Periodo \(P, meses\)|Period \(P, months\))$/, String(periodMonths));
    await session.page.locator('[data-metric="clv_simple"]').first().waitFor();
  }
  const predictive = new PredictivePage(session.page);
  await predictive.open();
  return { diagnosis, predictive };
}

describe('predictive lifetime value', () => {
  it('recovers the parameters a sales file was generated from, checks the holdout and lists customers', async () => {
    // Periods of 6 months: the 78 weeks of history let the diagnosis measure churn and its simple CLV.
    const { predictive, diagnosis } = await fittedPlan('es', 6);
    // Intl puts a no-break space before the per cent sign.
    await session.page.getByText(/Tasa de descuento d = 10\s% por periodo de 6 meses, que equivale a 0,366\s% por semana/).waitFor();
    await predictive.fit();
    // 5,000 customers: the estimates fall within a few standard errors of the truth (α in weeks).
    const near = async (id: string, truth: number, tolerance: number) => {
      const value = await predictive.figure(id);
      expect(value, id).not.toBeNull();
      expect(Math.abs(value! / truth - 1), `${id} = ${value}`).toBeLessThan(tolerance);
    };
    await near('bgnbd_r', BG.r, 0.2);
    await near('bgnbd_alpha', BG.alpha, 0.25);
    await near('bgnbd_a', BG.a, 0.4);
    await near('bgnbd_b', BG.b, 0.5);
    await near('gg_p', GG.p, 0.25);
    await near('gg_q', GG.q, 0.25);
    await near('gg_gamma', GG.gamma, 0.35);
    expect(await predictive.figure('bgnbd_ll')).toBeLessThan(0);

    const actual = await predictive.figure('holdout_actual');
    const expected = await predictive.figure('holdout_expected');
    expect(actual).toBeGreaterThan(0);
    expect(Math.abs(expected! / actual! - 1)).toBeLessThan(0.15);
    await session.page.locator('[data-chart="holdout-frequency"]').waitFor();
    await session.page.locator('[data-chart="holdout-cumulative"]').waitFor();

    for (const list of ['lost', 'at-risk', 'top'] as const) expect(await predictive.listCount(list), list).toBeGreaterThan(0);
    const csv = await predictive.downloadList('top');
    const rows = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe('Cliente;P(activo);Compras repetidas;Última compra;Gasto hasta la fecha;Compras esperadas (52 semanas);Gasto medio esperado por compra;Valor de vida predicho;Valor de vida');
    expect(rows.length - 1).toBe(await predictive.listCount('top'));
    expect(rows.slice(1).some((row) => /;\d+(,\d+)?\r?$/.test(row)), 'simple CLV in the CSV').toBe(true);
    expect(await predictive.comparison('predictive')).toBeGreaterThan(0);
    expect(await predictive.comparison('simple')).toBe(await diagnosis.figure('clv_simple'));
    expect(await predictive.comparison('per-customer')).toBeGreaterThan(0);
    await screenshots('predictive-es');

    // Fitted models go into the plan's PDF, fitted again there with the same settings.
    const r = await predictive.figure('bgnbd_r');
    const dir = join(SCREENSHOT_DIR, 'predictive-pdf');
    mkdirSync(dir, { recursive: true });
    const { path } = await new PdfDownload(session.page).download(dir);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Valor de vida predictivo (BG/NBD y Gamma-Gamma)');
    expect(text).toContain('Validación: lo esperado frente a lo real');
    const printed = /r \(forma del ritmo de compra\) (\d+,\d+)/.exec(text)?.[1];
    expect(Number(printed?.replace(',', '.'))).toBeCloseTo(r!, 3);
  });

  it('states the unit everywhere in English on a phone, keeps the settings, and says why a fit is impossible', async () => {
    const { predictive } = await fittedPlan('en', undefined, 375);
    await predictive.chooseUnit('days');
    await session.page.getByLabel('Prediction horizon (days)').waitFor();
    expect(await session.page.getByLabel('Prediction horizon (days)').inputValue()).toBe('364');
    await predictive.fit();
    const alphaDays = await predictive.figure('bgnbd_alpha');
    expect(Math.abs(alphaDays! / (7 * BG.alpha) - 1)).toBeLessThan(0.25);
    await session.page.getByText(/Times in days\./).waitFor();
    await session.page.getByText(/Expected purchases \(364 days\)/).first().waitFor();
    await screenshots('predictive-en');
    expect(await session.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    // A calibration that ends on the first day leaves nothing to learn from.
    await predictive.setCalibrationEnd('2025-01-06');
    await predictive.fit();
    expect(await predictive.errorCode()).toBe('single-purchase-day');
    await session.page.getByText('Every purchase up to the end of calibration is on the same day').waitFor();

    await session.page.reload();
    await predictive.open();
    expect(await session.page.getByLabel('Time unit').inputValue()).toBe('days');
    expect(await predictive.calibrationEnd().inputValue()).toBe('2025-01-06');
  });
});
