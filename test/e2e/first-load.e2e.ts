import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import type { Response } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, scratchPath, type Session } from './browser';
import { PdfDownload } from './pages/pdf-download';
import { PlansPage } from './pages/plans-page';

let session: Session;
afterEach(async () => session?.close());

/** The page's own script fetches (not the service worker's precaching) from now on, with their text. */
function scripts(session: Session): { url: string; text: Promise<string> }[] {
  const fetched: { url: string; text: Promise<string> }[] = [];
  session.page.on('response', (response: Response) => {
    if (!response.url().endsWith('.js') || response.request().serviceWorker()) return;
    fetched.push({ url: new URL(response.url()).pathname, text: response.text() });
  });
  return fetched;
}

const STEP_OR_DOCUMENT = /\/(DiagnosisStep|ObjectivesStep|StrategiesStep|DisseminationStep|ImplementationStep|EvaluationStep|PlanPage|generate-pdf|generate-docx|echarts-setup)-/;

describe('the first screen', () => {
  it('fetches neither a step, nor the documents, nor the other language until they are asked for', async () => {
    session = await openSession({ language: 'es' });
    const fetched = scripts(session);
    const plans = new PlansPage(session.page, session.baseUrl);
    await plans.open();
    await session.page.waitForLoadState('networkidle');
    const texts = await Promise.all(fetched.map((f) => f.text));
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.map((f) => f.url).filter((url) => STEP_OR_DOCUMENT.test(url))).toEqual([]);
    expect(texts.some((text) => text.includes('Tu plan de marketing relacional, en seis pasos'))).toBe(true);
    expect(texts.some((text) => text.includes('Your relational-marketing plan, in six steps'))).toBe(false);

    await plans.switchLanguage('English');
    await session.page.getByRole('heading', { level: 1, name: 'Your relational-marketing plan, in six steps' }).waitFor();
    await plans.createPlan({ name: 'First load' });
    await session.page.locator('#step-title', { hasText: 'Diagnosis' }).waitFor();
    const urls = fetched.map((f) => f.url);
    expect(urls.some((url) => /\/DiagnosisStep-/.test(url))).toBe(true);
    expect(urls.filter((url) => /\/(ObjectivesStep|StrategiesStep|generate-pdf|generate-docx)-/.test(url))).toEqual([]);
  });

  it('fetches an English plan’s words for a Spanish interface, on screen and in its PDF', async () => {
    session = await openSession({ language: 'es' });
    const fetched = scripts(session);
    const plans = new PlansPage(session.page, session.baseUrl);
    await plans.open();
    await session.page.getByRole('button', { name: 'Nuevo plan' }).first().click();
    await session.page.locator('#plan-name').fill('Plan in English');
    await session.page.locator('#plan-company').fill('Bakery Ltd');
    await session.page.locator('#plan-language').selectOption('en');
    await session.page.locator('form button[type=submit]').click();
    await session.page.locator('#step-title', { hasText: 'Diagnóstico' }).waitFor();
    const texts = await Promise.all(fetched.map((f) => f.text));
    expect(texts.some((text) => text.includes('Your relational-marketing plan, in six steps'))).toBe(true);

    const pdf = (await new PdfDownload(session.page).download(mkdtempSync(scratchPath('first-load-')))).path;
    const words = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(words).toContain('RELATIONAL MARKETING PLAN');
    expect(words).toContain('Diagnosis');
    expect(words).not.toMatch(/MARKETING RELACIONAL|Diagnóstico/);
  });
});
