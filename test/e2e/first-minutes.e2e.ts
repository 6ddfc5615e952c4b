import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, screenshot, SCREENSHOT_DIR, type Session } from './browser';
import { axeViolations } from './pages/accessibility';
import { KeyboardUser } from './pages/keyboard-user';
import { PlansPage } from './pages/plans-page';

type Language = 'es' | 'en';

const WORDS = {
  es: {
    steps: ['Diagnóstico', 'Objetivos SMART', 'Estrategias', 'Difusión', 'Implementación', 'Evaluación y control'],
    trySample: /^Probar con un ejemplo$/,
    hideGuide: /^Ocultar la guía$/,
    showGuide: /^Mostrar la guía$/,
    how: /^Cómo se calcula/,
    glossary: /^Glosario$/,
    pdf: /^Descargar PDF$/,
    company: 'Panaderías Trigo y Sal',
  },
  en: {
    steps: ['Diagnosis', 'SMART objectives', 'Strategies', 'Dissemination', 'Implementation', 'Evaluation and control'],
    trySample: /^Try an example$/,
    hideGuide: /^Hide the guide$/,
    showGuide: /^Show the guide$/,
    how: /^How it is computed/,
    glossary: /^Glossary$/,
    pdf: /^Download PDF$/,
    company: 'Panaderías Trigo y Sal',
  },
} as const;

let session: Session;
afterEach(async () => session?.close());

/** From the plans page, with the keyboard only: «Try an example», then wait for the diagnosis figures. */
async function createSampleWithKeyboard(page: Page, language: Language): Promise<KeyboardUser> {
  const keyboard = new KeyboardUser(page);
  await keyboard.startFromTop();
  await keyboard.tabTo(WORDS[language].trySample);
  await keyboard.press('Enter');
  await page.waitForURL(/#\/plan\/[\w-]+\/step\/1$/, { timeout: 60_000 });
  await page.locator('[data-metric="churn_rate"]').first().waitFor({ timeout: 60_000 });
  return keyboard;
}

/** Elements wider than the window: what makes a phone scroll sideways. */
function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    // Inside a box that scrolls or clips sideways, an element cannot widen the page.
    const clipped = (el: HTMLElement) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible' && p.getBoundingClientRect().right <= width + 1) return true;
      }
      return false;
    };
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'fixed')
      .filter((el) => !clipped(el) && el.getBoundingClientRect().width > 0)
      .slice(0, 8)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} → ${Math.round(el.getBoundingClientRect().right)}px`);
  });
}

/** The step is on screen with its checklist, and what loads late (charts, figures) has settled. */
async function stepShown(page: Page, language: Language, n: number): Promise<void> {
  await page.waitForURL(new RegExp(`/step/${n}$`));
  await expect.poll(() => page.locator('#step-title').innerText()).toBe(WORDS[language].steps[n - 1]);
  await page.locator('details.checklist').waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
}

/** Every step, reached through the stepper with Tab and Enter: checked with axe and photographed. */
async function walkSteps(page: Page, keyboard: KeyboardUser, language: Language, label: string, options: { everyFocus?: boolean } = {}): Promise<void> {
  for (let n = 1; n <= 6; n++) {
    await keyboard.startFromTop();
    await keyboard.tabTo(new RegExp(WORDS[language].steps[n - 1]), { limit: 15 });
    if (n > 1) await keyboard.press('Enter');
    await stepShown(page, language, n);
    // The sample plan is a complete plan: nothing is left on any step's checklist.
    expect(await page.locator('details.checklist li[data-done="false"]').allInnerTexts(), `step ${n}`).toEqual([]);
    expect(await axeViolations(page), `${label} step ${n}`).toEqual([]);
    if (options.everyFocus) expect(await keyboard.tabThroughPage(), `${label} step ${n}: focus not visible`).toEqual([]);
    expect(await overflow(page), `${label} step ${n}`).toEqual([]);
    await screenshot(page, `first-minutes-${label}-step${n}`);
  }
}

describe('the first five minutes', () => {
  it.each(['es', 'en'] as const)('a newcomer tries the example and walks the six steps with the keyboard (%s)', async (language) => {
    session = await openSession({ language });
    const { page } = session;
    const plans = new PlansPage(page, session.baseUrl);
    await plans.open();
    expect(await axeViolations(page), 'plans page').toEqual([]);
    await screenshot(page, `first-minutes-${language}-plans`);

    const keyboard = await createSampleWithKeyboard(page, language);
    await expect.poll(() => page.locator('nav.stepper .company').innerText()).toBe(WORDS[language].company);

    // A metric's formula opens from the keyboard.
    await keyboard.startFromTop();
    const how = page.locator('summary', { hasText: WORDS[language].how }).first();
    await how.focus();
    await keyboard.press('Enter');
    await expect.poll(() => how.locator('..').getAttribute('open')).not.toBeNull();

    // The guide collapses with the keyboard and stays collapsed after a reload.
    await keyboard.startFromTop();
    await keyboard.tabTo(WORDS[language].hideGuide, { limit: 120 });
    await keyboard.press('Space');
    await page.locator('#guidance-body').waitFor({ state: 'hidden' });
    await page.reload();
    await page.locator('#step-title').waitFor();
    expect(await page.getByRole('button', { name: WORDS[language].showGuide }).getAttribute('aria-expanded')).toBe('false');
    await keyboard.startFromTop();
    await keyboard.tabTo(WORDS[language].showGuide, { limit: 120 });
    await keyboard.press('Enter');
    await page.locator('#guidance-body').waitFor();
    await page.locator('[data-metric="churn_rate"]').first().waitFor({ timeout: 60_000 });

    await walkSteps(page, keyboard, language, language, { everyFocus: language === 'es' });

    // The printable plan, when the app offers it.
    const pdfButton = page.getByRole('button', { name: WORDS[language].pdf });
    if ((await pdfButton.count()) > 0) {
      await keyboard.startFromTop();
      await keyboard.tabTo(WORDS[language].pdf, { limit: 400 });
      const downloading = page.waitForEvent('download', { timeout: 90_000 });
      await keyboard.press('Enter');
      const download = await downloading;
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `first-minutes-${language}.pdf`);
      await download.saveAs(path);
      expect(statSync(path).size).toBeGreaterThan(20_000);
      // The sample asks for the predictive models in its PDF: they are fitted while it is made.
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain(language === 'es' ? 'Valor de vida predictivo (BG/NBD y Gamma-Gamma)' : 'Predictive lifetime value (BG/NBD and Gamma-Gamma)');
    }

    // The glossary, from the header.
    await keyboard.startFromTop();
    await keyboard.tabTo(WORDS[language].glossary, { limit: 10 });
    await keyboard.press('Enter');
    await page.locator('#glossary-title').waitFor();
    expect(await axeViolations(page), 'glossary').toEqual([]);
    await screenshot(page, `first-minutes-${language}-glossary`);
  }, 300_000);

  it.each(['es', 'en'] as const)('works at phone width, 375 px (%s)', async (language) => {
    session = await openSession({ language, width: 375 });
    const { page } = session;
    await new PlansPage(page, session.baseUrl).open();
    expect(await overflow(page), 'plans page').toEqual([]);
    await screenshot(page, `first-minutes-${language}-375-plans`);
    const keyboard = await createSampleWithKeyboard(page, language);
    await walkSteps(page, keyboard, language, `${language}-375`);
  }, 300_000);

  it('offers the example files for download on the import screen', async () => {
    session = await openSession({ language: 'es' });
    const { page } = session;
    const plans = new PlansPage(page, session.baseUrl);
    await plans.open();
    await plans.createPlan({ name: 'Plan vacío' });
    await page.locator('details.checklist li[data-done="false"]').first().waitFor();
    for (const [label, name] of [['Descargar ejemplo de ventas', 'trigo-y-sal-ventas.csv'], ['Descargar ejemplo de clientes', 'trigo-y-sal-clientes.csv']]) {
      const downloading = page.waitForEvent('download', { timeout: 30_000 });
      await page.getByRole('button', { name: label }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(name);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'first-minutes-es-empty-step1');
  }, 120_000);
});
