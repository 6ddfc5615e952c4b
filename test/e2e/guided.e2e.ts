import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, screenshot, SCREENSHOT_DIR, type Session } from './browser';
import { showPart, type DiagnosisPartId } from './pages/diagnosis-parts';
import { PlanPage } from './pages/plan-page';
import { PlansPage } from './pages/plans-page';

const PARTS: DiagnosisPartId[] = ['data', 'figures', 'charts', 'quality', 'advanced', 'questions'];
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

/** Each drawn chart on its own, to look at its labels closely. */
async function photographCharts(page: Page, prefix: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const chart of await page.locator('figure[data-chart]:has(canvas)').all()) {
    const id = await chart.getAttribute('data-chart');
    await chart.screenshot({ path: join(SCREENSHOT_DIR, `${prefix}-${id}.png`) });
  }
}

function documentHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

describe('a workbook one can find one’s way in', () => {
  it('step 1 of the sample plan opens shorter than 5,000 px at 1280 px, part by part, with its questions one click away', async () => {
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
    console.info('document heights at 1280 px:', heights);
    // Step 1's first view and each of its parts but the nine charts; steps 3 and 4 as they are.
    const held = ['step 1', 'step 3', 'step 4', ...PARTS.filter((p) => p !== 'charts').map((p) => `step 1 · ${p}`)];
    expect(held.filter((where) => heights[where] > MAX_FIRST_VIEW)).toEqual([]);

    // A deep link opens its part, after a reload too.
    const id = plan.planId();
    await page.goto(`${session.baseUrl}#/plan/${id}/step/1/questions`);
    await page.reload();
    await page.getByRole('heading', { name: 'Preguntas y conclusiones', level: 2 }).waitFor();
    await expect.poll(() => page.locator('textarea[name="diagnosis.whoAreCustomers"]').count()).toBe(1);
    await page.goto(`${session.baseUrl}#/plan/${id}/step/1/charts`);
    await page.locator('figure[data-chart] canvas').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('textarea[name="diagnosis.whoAreCustomers"]').count()).toBe(0);
  }, 300_000);

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

  it('photographs every step of the sample plan at 375 px', async () => {
    session = await openSession({ language: 'es', width: 375 });
    const { page } = session;
    await new PlansPage(page, session.baseUrl).open();
    await screenshot(page, 'guided-375-plans');
    await openSample(page, session.baseUrl);
    const plan = new PlanPage(page);
    for (const part of PARTS) {
      await showPart(page, part);
      await settled(page);
      await screenshot(page, `guided-375-step1-${part}`);
      await photographCharts(page, `guided-375-step1-${part}`);
    }
    for (let n = 2; n <= 6; n++) {
      await plan.goToStep(n);
      await settled(page);
      await screenshot(page, `guided-375-step${n}`);
      await photographCharts(page, `guided-375-step${n}`);
    }
    expect(await page.locator('figure[data-chart]').count()).toBeGreaterThan(0);
  }, 300_000);
});
