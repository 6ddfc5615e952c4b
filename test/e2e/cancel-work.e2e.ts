import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { generateTransactionsCsv } from '../../bench/generate-transactions';
import { dirtyCustomers } from '../generators/dirty-customers';
import { openSession, screenshot, type Session } from './browser';
import { CustomerQualityPage } from './pages/customer-quality-page';
import { DiagnosisPage } from './pages/diagnosis-page';
import { showPart } from './pages/diagnosis-parts';
import { PlansPage } from './pages/plans-page';
import { PredictivePage } from './pages/predictive-page';

let session: Session;
const files: string[] = [];
afterEach(async () => {
  await session?.close();
  for (const file of files.splice(0)) rmSync(file, { force: true });
});

type Armed = { __pressed?: string };

/**
 * Presses the button `selector` names as soon as it is on the page, from inside the page: the
 * earliest a person could, however fast or slow the machine. Resolves to the progress it read
 * then (the status around the button).
 */
async function pressOnSight(page: Page, selector: string): Promise<() => Promise<string>> {
  await page.evaluate((wanted) => {
    const observer = new MutationObserver(() => {
      const button = document.querySelector<HTMLButtonElement>(wanted);
      if (!button) return;
      observer.disconnect();
      (globalThis as Armed).__pressed = button.closest('[role=status]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      button.click();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  }, selector);
  return async () => {
    await page.waitForFunction(() => (globalThis as Armed).__pressed !== undefined);
    return page.evaluate(() => (globalThis as Armed).__pressed as string);
  };
}

function salesFile(rows = 30_000): string {
  const path = join(tmpdir(), `${crypto.randomUUID()}-ventas.csv`);
  writeFileSync(path, generateTransactionsCsv(rows, 3_000, 11, 'semicolon'));
  files.push(path);
  return path;
}

function customersFile(records: number): string {
  const { table } = dirtyCustomers({ records, seed: 7 });
  const path = join(tmpdir(), `${crypto.randomUUID()}-clientes.csv`);
  writeFileSync(path, [table.header, ...table.rows].map((row) => row.join(';')).join('\n'));
  files.push(path);
  return path;
}

async function newPlan(name: string): Promise<{ page: Page; diagnosis: DiagnosisPage }> {
  session = await openSession({ language: 'es' });
  const plans = new PlansPage(session.page, session.baseUrl);
  await plans.open();
  await plans.createPlan({ name });
  const diagnosis = new DiagnosisPage(session.page);
  await diagnosis.showImport();
  return { page: session.page, diagnosis };
}

describe('cancelling the long work after a read', () => {
  it('stops a new file being read and keeps the figures in use, without reading the stored file again', async () => {
    const { page, diagnosis } = await newPlan('Cancelar lectura');
    await diagnosis.uploadFile(salesFile());
    await diagnosis.useData();
    await diagnosis.showFigures('customers_total');
    await page.locator('[data-metric="customers_total"]').waitFor();
    const customers = await diagnosis.figure('customers_total');
    await showPart(page, 'data');
    // Whether the stored file is ever read again, or the figures computed again, however briefly.
    await page.evaluate(() => {
      new MutationObserver(() => {
        const text = document.body.textContent ?? '';
        if (text.includes('Cargando los datos guardados') || text.includes('Calculando el diagnóstico')) (globalThis as { __reloaded?: boolean }).__reloaded = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const pressed = await pressOnSight(page, 'section[aria-labelledby="import-title"] .progress[role=status] button');
    // About 14 MB: read in several parts, the first of which sees the stop.
    await diagnosis.fileInput().setInputFiles(salesFile(200_000));
    expect(await pressed()).toMatch(/^Leyendo los datos…/);

    await page.locator('section[aria-labelledby="import-title"] .progress[role=status]').waitFor({ state: 'detached' });
    expect(await page.locator('#review-title').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { __reloaded?: boolean }).__reloaded ?? false)).toBe(false);
    await diagnosis.showFigures('customers_total');
    await page.locator('[data-metric="customers_total"]').waitFor();
    expect(await diagnosis.figure('customers_total')).toBe(customers);
    // The worker still holds the data in use: a file read after the stop is read whole.
    await showPart(page, 'data');
    await diagnosis.uploadFile(salesFile(40_000));
    await expect(page.locator('p.counts').textContent()).resolves.toContain('40.000');
  });

  it('stops the figures of a sales file just used: the file stays stored, and the figures come when asked for', async () => {
    const { page, diagnosis } = await newPlan('Cancelar cifras');
    await diagnosis.uploadFile(salesFile());
    const pressed = await pressOnSight(page, '[data-analysis-progress] [data-work-stage="figures"] button');
    await page.getByRole('button', { name: 'Usar estos datos' }).click();
    expect(await pressed()).toMatch(/^Calculando el diagnóstico… Paso 2 de 3: calculando las cifras de [\d.]+ clientes Cancelar$/);

    const stopped = page.locator('[data-analysis-stopped]');
    await expect(stopped.textContent()).resolves.toContain('Has cancelado el cálculo de las cifras. Los datos guardados siguen igual');
    await screenshot(page, 'cancel-analysis-stopped');
    expect(await page.locator('[data-metric]').count()).toBe(0);
    expect(await page.locator('[data-analysis-progress]').count()).toBe(0);
    await showPart(page, 'data');
    await page.locator('li[data-dataset="transactions"]').waitFor();
    expect(await page.locator('[role=status]').filter({ hasText: /Leyendo|Cargando|Calculando/ }).count()).toBe(0);

    await stopped.getByRole('button', { name: 'Calcular las cifras' }).click();
    await diagnosis.showFigures('customers_total');
    await page.locator('[data-metric="customers_total"]').waitFor();
    const customers = await diagnosis.figure('customers_total');
    expect(customers).toBeGreaterThan(2_500);
    expect(await stopped.count()).toBe(0);

    // Opened again, the plan reads its stored file and computes the same figures by itself.
    await page.reload();
    await diagnosis.showFigures('customers_total');
    await page.locator('[data-metric="customers_total"]').waitFor();
    expect(await diagnosis.figure('customers_total')).toBe(customers);
  });

  it('stops reading the stored file when a plan opens, and reads it when asked', async () => {
    const { page, diagnosis } = await newPlan('Cancelar carga');
    // About 14 MB: read again in parts, long after step 1 and its Cancelar are on screen.
    await diagnosis.uploadFile(salesFile(200_000));
    await diagnosis.useData();
    await diagnosis.showFigures('customers_total');
    const customers = await diagnosis.figure('customers_total');
    // Pressed from the page's first script on: the stored file is read as soon as the plan opens.
    await session.context.addInitScript(() => {
      const observer = new MutationObserver(() => {
        const button = document.querySelector<HTMLButtonElement>('[data-load-progress] button');
        if (!button) return;
        observer.disconnect();
        button.click();
      });
      addEventListener('DOMContentLoaded', () => observer.observe(document.body, { subtree: true, childList: true }));
    });
    await page.reload();
    const stopped = page.locator('[data-load-stopped]');
    await expect(stopped.textContent()).resolves.toContain('Has cancelado la carga de los datos guardados. Siguen guardados');
    expect(await page.locator('[data-metric]').count()).toBe(0);
    await showPart(page, 'data');
    await page.locator('li[data-dataset="transactions"]').waitFor();
    expect(await diagnosis.fileInput().isDisabled()).toBe(true);

    await stopped.getByRole('button', { name: 'Cargar los datos' }).click();
    await diagnosis.showFigures('customers_total');
    await page.locator('[data-metric="customers_total"]').waitFor();
    expect(await diagnosis.figure('customers_total')).toBe(customers);
    expect(await stopped.count()).toBe(0);
  });

  it('stops the review of a customers file and keeps the cleaning saved before it', async () => {
    const records = 2_000;
    const { page, diagnosis } = await newPlan('Cancelar limpieza');
    await diagnosis.uploadFile(customersFile(records));
    await diagnosis.useData();
    const quality = new CustomerQualityPage(page);
    const busyDuplicates = 'section[aria-labelledby="quality-title"] [data-work-stage="duplicates"] button';
    let pressed = await pressOnSight(page, busyDuplicates);
    await showPart(page, 'quality');
    expect(await pressed()).toMatch(/^Revisando la base de clientes… Paso 3 de 3: buscando duplicados entre 2000 registros Cancelar$/);
    const problem = quality.section().locator('[data-quality-problem="stopped"]');
    await expect(problem.textContent()).resolves.toContain('Has cancelado la revisión de la base de clientes. La limpieza guardada sigue igual.');
    await screenshot(page, 'cancel-quality-stopped');
    expect(await quality.section().locator('[data-base]').count()).toBe(0);

    await problem.getByRole('button', { name: 'Revisar de nuevo' }).click();
    await quality.ready();
    expect(await problem.count()).toBe(0);
    // A merge is stored; the review it sets off is cancelled, and so is the one after a new country.
    await quality.openTab(/^Duplicados/);
    const first = quality.section().getByRole('article').first();
    await first.getByRole('button', { name: /^Fusionar \d+ / }).click();
    await quality.baseOnceAt(records - 1);
    pressed = await pressOnSight(page, busyDuplicates);
    await quality.section().getByLabel('País de teléfonos y códigos postales').selectOption('PT');
    await pressed();
    await problem.waitFor();

    await page.reload();
    await quality.ready();
    expect(await quality.baseOnceAt(records - 1)).toBe('cleaned');
    expect(await quality.section().getByLabel('País de teléfonos y códigos postales').inputValue()).toBe('PT');
  });

  it('stops the predictive fit in its second step and fits again when asked', async () => {
    const { page, diagnosis } = await newPlan('Cancelar ajuste');
    await diagnosis.uploadFile(salesFile());
    await diagnosis.useData();
    const predictive = new PredictivePage(page);
    await predictive.open();
    const pressed = await pressOnSight(page, 'details.predictive [data-step="bgnbd"] button');
    await page.locator('details.predictive').getByRole('button', { name: 'Ajustar los modelos' }).click();
    expect(await pressed()).toBe('Paso 2 de 5: ajustando BG/NBD Cancelar');
    const stopped = page.locator('[data-predictive-stopped]');
    await expect(stopped.textContent()).resolves.toBe('Has cancelado el ajuste de los modelos. Puedes volver a ajustarlos cuando quieras.');
    await screenshot(page, 'cancel-predictive-stopped');
    expect(await page.locator('details.predictive [data-metric]').count()).toBe(0);

    await predictive.fit();
    expect(await predictive.figure('bgnbd_r')).toBeGreaterThan(0);
    expect(await stopped.count()).toBe(0);
  });
});
