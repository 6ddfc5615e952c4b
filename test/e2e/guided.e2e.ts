import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, screenshot, SCREENSHOT_DIR, type Session } from './browser';
import { DiagnosisChartsPage } from './pages/diagnosis-charts-page';
import { showPart, type DiagnosisPartId, type StepPartId } from './pages/diagnosis-parts';
import { PlanPage } from './pages/plan-page';
import { PlansPage } from './pages/plans-page';

const PARTS: DiagnosisPartId[] = ['data', 'figures', 'charts', 'quality', 'advanced', 'questions'];
/** The parts of steps 2, 5 and 6, by step number. */
const STEP_PARTS: [number, StepPartId[]][] = [
  [2, ['general', 'specific']],
  [5, ['actions', 'calendar', 'budget', 'business', 'rollout']],
  [6, ['indicators', 'measurements', 'returns']],
];
const MAX_FIRST_VIEW = 5000;

let session: Session;
afterEach(async () => session?.close());

async function openSample(page: Page, baseUrl: string): Promise<void> {
  await new PlansPage(page, baseUrl).open();
  await page.getByRole('button', { name: /^(Probar con un ejemplo|Try an example)$/ }).click();
  await page.waitForURL(/#\/plan\/[\w-]+\/step\/1$/, { timeout: 60_000 });
  await page.locator('[data-metric="churn_rate"]').first().waitFor({ timeout: 60_000 });
}

/** What loads late (charts, figures) has settled. */
async function settled(page: Page): Promise<void> {
  await page.locator('#step-title').waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => [...document.querySelectorAll('figure[data-chart]')].every((f) => f.querySelector('canvas, table')), null, { timeout: 60_000 });
}

/** Each drawn chart on its own, to look at its labels closely; how many there were. */
async function photographCharts(page: Page, prefix: string): Promise<number> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const charts = await page.locator('figure[data-chart]:has(canvas)').all();
  for (const chart of charts) {
    const id = await chart.getAttribute('data-chart');
    await chart.screenshot({ path: join(SCREENSHOT_DIR, `${prefix}-${id}.png`) });
  }
  return charts.length;
}

function documentHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

describe('a workbook one can find one’s way in', () => {
  it('every step of the sample plan, and every part of a step, is shorter than 5,000 px at 1280 px; step 1’s questions one click away', async () => {
    session = await openSession({ language: 'es' });
    const { page } = session;
    await openSample(page, session.baseUrl);
    const plan = new PlanPage(page);

    // Step 1 opens on its figures with the way to the questions in the first screen.
    const questions = page.locator('nav.parts a[data-part="questions"]');
    const box = await questions.boundingBox();
    expect(box && box.y + box.height).toBeLessThan(900);
    expect(await page.locator('nav.parts a[aria-current="page"]').innerText()).toBe('Cifras');

    const heights: Record<string, number> = {};
    for (let n = 1; n <= 6; n++) {
      if (n > 1) await plan.goToStep(n);
      await settled(page);
      heights[`step ${n}`] = await documentHeight(page);
      await screenshot(page, `guided-1280-step${n}`);
    }
    await plan.goToStep(1);
    for (const part of PARTS) {
      await showPart(page, part);
      await settled(page);
      heights[`step 1 · ${part}`] = await documentHeight(page);
      await screenshot(page, `guided-1280-step1-${part}`);
    }
    for (const [n, parts] of STEP_PARTS) {
      await plan.goToStep(n);
      for (const part of parts) {
        await showPart(page, part);
        await settled(page);
        heights[`step ${n} · ${part}`] = await documentHeight(page);
        await screenshot(page, `guided-1280-step${n}-${part}`);
      }
    }
    console.info('document heights at 1280 px:', heights);
    expect(Object.keys(heights)).toHaveLength(6 + PARTS.length + STEP_PARTS.flatMap(([, parts]) => parts).length);
    expect(Object.entries(heights).filter(([, height]) => height > MAX_FIRST_VIEW)).toEqual([]);

    // A deep link opens its part, after a reload too.
    const id = plan.planId();
    await page.goto(`${session.baseUrl}#/plan/${id}/step/1/questions`);
    await page.reload();
    await page.getByRole('heading', { name: 'Preguntas y conclusiones', level: 2 }).waitFor();
    await expect.poll(() => page.locator('textarea[name="diagnosis.whoAreCustomers"]').count()).toBe(1);
    await page.goto(`${session.baseUrl}#/plan/${id}/step/1/charts`);
    await page.locator('figure[data-chart] canvas').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('textarea[name="diagnosis.whoAreCustomers"]').count()).toBe(0);
    // Steps 5 and 6 the same way.
    await page.goto(`${session.baseUrl}#/plan/${id}/step/5/business`);
    await page.reload();
    await page.getByRole('heading', { name: 'Caso de negocio', level: 2 }).waitFor();
    expect(await page.locator('nav.parts a[aria-current="page"]').innerText()).toBe('Caso de negocio');
    await page.goto(`${session.baseUrl}#/plan/${id}/step/6/returns`);
    await page.getByRole('heading', { name: 'Rentabilidad de las campañas (ROI)', level: 2 }).waitFor();
    expect(await page.locator('article[data-kpi]').count()).toBe(0);
  }, 420_000);

  it('a new plan says which parts need data and keeps its questions at hand', async () => {
    session = await openSession({ language: 'es' });
    const { page } = session;
    const plans = new PlansPage(page, session.baseUrl);
    await plans.open();
    await plans.createPlan({ name: 'Plan vacío' });
    expect(await page.locator('nav.parts a[aria-current="page"]').innerText()).toBe('Datos');
    expect(await page.locator('nav.parts a[data-part="charts"]').innerText()).toContain('necesita datos');
    expect(await page.locator('nav.parts a[data-part="questions"]').innerText()).toBe('Preguntas y conclusiones');
    await showPart(page, 'charts');
    await expect.poll(() => page.locator('[data-needs-data]').innerText()).toContain('todavía no hay ninguno');
    await showPart(page, 'questions');
    await page.locator('textarea[name="diagnosis.needs"]').fill('Conocer mejor a los clientes');
    await new PlanPage(page).waitUntilSaved();
    await screenshot(page, 'guided-empty-questions');
  }, 120_000);

  it('exports an RFM segment for Mailchimp, HubSpot and Brevo with the contacts of the customers file, opt-in respected', async () => {
    session = await openSession({ language: 'es' });
    const { page } = session;
    await openSample(page, session.baseUrl);
    const charts = new DiagnosisChartsPage(page);
    await charts.waitDrawn('rfm');
    await charts.toggleTable('rfm');
    // The table has a row per cell of the matrix: the first cell of the segment.
    await charts.table('rfm').getByRole('button', { name: 'En riesgo de abandono', exact: true }).first().click();
    const list = charts.customerList();
    await list.waitFor();
    const files: Record<string, string[]> = {};
    for (const tool of ['Mailchimp', 'HubSpot', 'Brevo']) {
      const downloading = page.waitForEvent('download', { timeout: 30_000 });
      await list.getByRole('button', { name: tool, exact: true }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`Segmento «En riesgo de abandono» - ${tool}.csv`);
      files[tool] = readFileSync((await download.path()) as string, 'utf8').split('\r\n').filter(Boolean);
      await list.getByRole('status').filter({ hasText: `Archivo para ${tool}` }).waitFor();
    }
    expect(files.Mailchimp[0]).toBe('Email Address,First Name,Last Name,Phone Number,Tags');
    expect(files.HubSpot[0]).toBe('Email,First Name,Last Name,Phone Number,Street Address,City,Postal Code');
    expect(files.Brevo[0]).toBe('EMAIL,FIRSTNAME,LASTNAME,SMS,EXT_ID');
    expect(files.Mailchimp.length).toBeGreaterThan(1);
    expect(files.Mailchimp[1]).toMatch(/^[^,@]+@[^,]+,[^,]*,[^,]*,(\+\d+)?,Segmento «En riesgo de abandono»$/);
    // The sample's customers file has an opt-in column: some of the segment said no and stay out.
    const status = await list.getByRole('status').innerText();
    expect(status).toMatch(/Quedan fuera \d+ clientes que no han dado su consentimiento/);
    await list.screenshot({ path: join(SCREENSHOT_DIR, 'guided-campaign-export.png') });
  }, 180_000);

  it('photographs every step of the sample plan at 375 px', async () => {
    session = await openSession({ language: 'es', width: 375 });
    const { page } = session;
    await new PlansPage(page, session.baseUrl).open();
    await screenshot(page, 'guided-375-plans');
    await openSample(page, session.baseUrl);
    const plan = new PlanPage(page);
    let charts = 0;
    for (const part of PARTS) {
      await showPart(page, part);
      await settled(page);
      await screenshot(page, `guided-375-step1-${part}`);
      charts += await photographCharts(page, `guided-375-step1-${part}`);
    }
    for (let n = 2; n <= 6; n++) {
      await plan.goToStep(n);
      const parts = STEP_PARTS.find(([step]) => step === n)?.[1] ?? [null];
      for (const part of parts) {
        if (part) await showPart(page, part);
        await settled(page);
        const name = `guided-375-step${n}${part ? `-${part}` : ''}`;
        await screenshot(page, name);
        charts += await photographCharts(page, name);
      }
    }
    // Step 1's charts, step 5's Gantt and business case, step 6's indicators.
    expect(charts).toBeGreaterThan(10);
  }, 300_000);
});
