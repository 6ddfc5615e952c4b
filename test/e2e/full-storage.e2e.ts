import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, scratchPath, screenshot, type Session } from './browser';
import { DiagnosisPage } from './pages/diagnosis-page';
import { PlanPage } from './pages/plan-page';
import { PlansPage } from './pages/plans-page';
import { WORKED_EXAMPLE } from './worked-example';

let session: Session;
afterEach(async () => session?.close());

type Quota = { __quotaFull?: boolean };

/** IndexedDB refuses every write while `__quotaFull` is set, as a full disk does. */
async function stubQuota(session: Session): Promise<void> {
  await session.context.addInitScript(() => {
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if ((globalThis as { __quotaFull?: boolean }).__quotaFull === true) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      } as typeof original;
    }
  });
}

const setFull = (page: Page, full: boolean) => page.evaluate((value) => ((globalThis as Quota).__quotaFull = value), full);

async function expectAlert(page: Page, action: string): Promise<void> {
  const alert = page.locator('[data-storage-failure="quota"]');
  await alert.getByText(`No se ha podido ${action}.`).waitFor();
  expect(await alert.innerText()).toContain('El almacenamiento del navegador está lleno y no se ha cambiado nada');
  await alert.getByRole('button', { name: 'Cerrar' }).click();
}

describe('full storage is announced on every write', () => {
  it('says what did not happen and what to do, and changes nothing, for each write a person starts', async () => {
    session = await openSession({ language: 'es' });
    const errors: string[] = [];
    session.page.on('pageerror', (error) => errors.push(String(error)));
    session.page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await stubQuota(session);
    const page = session.page;
    const plans = new PlansPage(page, session.baseUrl);
    await plans.open();
    await plans.createPlan({ name: 'Existente' });
    const planUrl = page.url();
    await plans.open();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      plans.card('Existente').getByRole('button', { name: 'Copia de seguridad' }).click(),
    ]);
    const backup = scratchPath(`${crypto.randomUUID()}.fideliza`);
    await download.saveAs(backup);

    await setFull(page, true);
    await page.locator('button.primary', { hasText: 'Nuevo plan' }).first().click();
    await page.locator('#plan-name').fill('No cabe');
    await page.locator('form button[type=submit]').click();
    await page.locator('[data-storage-failure]').waitFor();
    await screenshot(page, 'full-storage-new-plan-es');
    await expectAlert(page, 'crear el plan');
    expect(await page.locator('#plan-name').inputValue()).toBe('No cabe');
    await page.getByRole('button', { name: 'Cancelar' }).click();

    await plans.duplicate('Existente');
    await expectAlert(page, 'duplicar el plan');

    await page.locator('input[type=file]').setInputFiles(backup);
    await page.getByRole('button', { name: 'Conservar ambos' }).click();
    await expectAlert(page, 'importar la copia de seguridad');
    expect(await plans.planNames()).toEqual(['Existente']);

    await page.goto(planUrl);
    const diagnosis = new DiagnosisPage(page);
    await diagnosis.pasteCsv(WORKED_EXAMPLE);
    await page.getByRole('button', { name: 'Usar estos datos' }).click();
    await expectAlert(page, 'guardar los datos importados');
    await page.getByRole('button', { name: 'Usar estos datos' }).waitFor();

    await setFull(page, false);
    await diagnosis.useData();
    await new PlanPage(page).heading().waitFor();
    expect(errors.filter((e) => /AbortError|QuotaExceeded/.test(e))).toEqual([]);
  });
});
