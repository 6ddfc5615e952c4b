import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, screenshot, type Session } from './browser';
import { BusinessCasePage } from './pages/business-case-page';
import { PdfDownload } from './pages/pdf-download';
import { PlanPage } from './pages/plan-page';

let session: Session;
afterEach(async () => session?.close());

async function openSample(width: number, language: 'es' | 'en' = 'es') {
  session = await openSession({ language, width });
  const { page } = session;
  await page.goto(session.baseUrl);
  await page.getByRole('button', { name: /^(Probar con un ejemplo|Try an example)$/ }).filter({ visible: true }).first().click();
  await page.waitForURL(/#\/plan\/[\w-]+\/step\/1$/, { timeout: 60_000 });
  await page.locator('[data-metric="churn_rate"]').first().waitFor({ timeout: 60_000 });
  return { page, plan: new PlanPage(page), business: new BusinessCasePage(page) };
}

describe('the business case of the sample plan', () => {
  it('adds up on screen: objective values from step 2, budget from the actions of step 5, ROI, payback and scenarios', async () => {
    const { page, plan, business } = await openSample(1280);

    await plan.goToStep(2);
    // Each card's value appears once the diagnosis has been read: wait for all four.
    await expect.poll(async () => (await business.objectiveValues()).filter((v) => v !== null && v > 0).length).toBe(4);
    const values = await business.objectiveValues();
    const leftOut = await business.leftOutCards();
    expect(values.every((v) => v !== null && v > 0)).toBe(true);
    expect(leftOut.filter(Boolean)).toHaveLength(1);
    const counted = values.reduce<number>((sum, v, i) => sum + (leftOut[i] ? 0 : v!), 0);
    await screenshot(page, 'business-step2-1280');
    for (const n of [0, 1]) await page.locator('article.objective').nth(n).screenshot({ path: `test-results/business-card-${n + 1}-1280.png` });

    await plan.goToStep(5);
    await business.open();
    const budgets = await business.actionBudgets();
    const budget = budgets.reduce((a, b) => a + b, 0);
    expect(await business.figure('business_budget')).toBeCloseTo(budget, 6);
    expect(await business.figure('business_value')).toBeCloseTo(counted, 6);
    const value = (await business.figure('business_value'))!;
    expect(await business.figure('business_roi')).toBeCloseTo((value - budget) / budget, 9);
    const horizon = await business.horizonMonths();
    expect(await business.figure('business_payback_months')).toBe(Math.ceil((budget * horizon) / value));
    const [low, base, high] = await business.scenarioValues();
    expect([low / value, base / value, high / value].map((r) => Math.round(r * 1e9) / 1e9)).toEqual([0.5, 1, 1.2]);

    await business.setOptimistic('150');
    await expect.poll(async () => (await business.scenarioValues())[2] / value).toBeCloseTo(1.5, 9);
    await business.setOptimistic('90');
    expect(await page.getByRole('alert').filter({ hasText: /entre 100 y 500/ }).count()).toBe(1);
    expect((await business.scenarioValues())[2] / value).toBeCloseTo(1.5, 9);
    await page.locator('canvas').last().waitFor();
    await business.section().screenshot({ path: 'test-results/business-step5-1280.png' });

    // The PDF carries the same business case: in the summary and in its own chapter.
    const dir = 'test-results/business-pdf';
    mkdirSync(dir, { recursive: true });
    const { path } = await new PdfDownload(page).download(dir);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text.match(/Caso de negocio/g)?.length).toBeGreaterThanOrEqual(3);
    expect(text).toContain('Mes de recuperación');
    expect(text).toContain('Escenarios');
    expect(text.replace(/\s+/g, ' ')).toContain(`${new Intl.NumberFormat('es-ES', { useGrouping: 'always', maximumFractionDigits: 0 }).format(value)} €`);
  });

  it('fits a phone: step 2 cards and the business case at 375 px', async () => {
    const { page, plan, business } = await openSample(375);
    await plan.goToStep(2);
    await expect.poll(async () => (await business.objectiveValues()).length).toBe(4);
    await screenshot(page, 'business-step2-375');
    await page.locator('article.objective').first().screenshot({ path: 'test-results/business-card-1-375.png' });
    await plan.goToStep(5);
    await business.open();
    await expect.poll(() => business.figure('business_value')).toBeGreaterThan(0);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(wide).toBeLessThanOrEqual(1);
    await business.section().screenshot({ path: 'test-results/business-step5-375.png' });
  });

  it('speaks English in an English plan', async () => {
    const { page, plan, business } = await openSample(1280, 'en');
    await plan.goToStep(2);
    await expect.poll(async () => (await business.objectiveValues()).length).toBe(4);
    await page.locator('article.objective').first().screenshot({ path: 'test-results/business-card-1-en.png' });
    await plan.goToStep(5);
    await business.open();
    await expect.poll(() => business.figure('business_value')).toBeGreaterThan(0);
    expect(await business.section().getByRole('heading', { level: 2 }).innerText()).toBe('Business case');
    await page.locator('canvas').last().waitFor();
    await business.section().screenshot({ path: 'test-results/business-step5-en.png' });
  });
});
