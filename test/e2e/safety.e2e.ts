import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, scratchPath, screenshot, type Session } from './browser';
import { PlanPage } from './pages/plan-page';
import { PlansPage } from './pages/plans-page';

let session: Session;
afterEach(async () => session?.close());

async function exportBackup(session: Session, planName: string): Promise<string> {
  const plans = new PlansPage(session.page, session.baseUrl);
  const [download] = await Promise.all([
    session.page.waitForEvent('download'),
    plans.card(planName).getByRole('button', { name: 'Copia de seguridad' }).click(),
  ]);
  const path = scratchPath(`${crypto.randomUUID()}${download.suggestedFilename()}`);
  await download.saveAs(path);
  return path;
}

async function importFile(session: Session, path: string): Promise<void> {
  await session.page.locator('input[type=file]').setInputFiles(path);
}

describe('keeping work safe', () => {
  it('exports a plan, deletes it, imports the file and finds every field', async () => {
    session = await openSession({ language: 'es' });
    const plans = new PlansPage(session.page, session.baseUrl);
    await plans.open();
    await plans.createPlan({ name: 'Plan con copia', company: 'Ferretería Núñez', sector: 'Bricolaje' });
    const plan = new PlanPage(session.page);
    await plan.write('¿Quiénes son tus clientes actuales?', 'Profesionales y particulares ¿del barrio? ¡Sí! 25 €');
    await plan.write('¿Por qué se van los clientes?', 'Se mudan; «otros» motivos');
    await plan.waitUntilSaved();
    await plans.open();
    const path = await exportBackup(session, 'Plan con copia');
    expect(readFileSync(path).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    await plans.card('Plan con copia').getByText(/Última copia/).waitFor();

    await plans.delete('Plan con copia');
    await session.page.getByText('Se ha eliminado «Plan con copia».').waitFor({ state: 'detached', timeout: 15_000 });
    await session.page.reload();
    await session.page.getByText('Todavía no tienes ningún plan').waitFor();

    await importFile(session, path);
    await plans.card('Plan con copia').waitFor();
    await screenshot(session.page, 'plans-after-import-es');
    await plans.card('Plan con copia').getByRole('link', { name: 'Abrir' }).click();
    await plan.showField('¿Quiénes son tus clientes actuales?');
    expect(await plan.field('¿Quiénes son tus clientes actuales?').inputValue()).toBe('Profesionales y particulares ¿del barrio? ¡Sí! 25 €');
    expect(await plan.field('¿Por qué se van los clientes?').inputValue()).toBe('Se mudan; «otros» motivos');

    await plans.open();
    await importFile(session, path);
    await session.page.getByRole('heading', { name: 'Estos planes ya están en este navegador' }).waitFor();
    await session.page.getByRole('button', { name: 'Conservar ambos' }).click();
    await expect.poll(() => plans.planNames()).toEqual(['Plan con copia', 'Plan con copia']);
  });

  it('refuses a corrupted file and a file from a newer version, changing nothing', async () => {
    session = await openSession({ language: 'es' });
    const plans = new PlansPage(session.page, session.baseUrl);
    await plans.open();
    await plans.createPlan({ name: 'Intacto' });
    await plans.open();
    const path = await exportBackup(session, 'Intacto');
    const bytes = readFileSync(path);
    const truncated = scratchPath('truncated.fideliza');
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 30));
    await importFile(session, truncated);
    await session.page.getByText('El archivo está dañado o incompleto').waitFor();
    await screenshot(session.page, 'plans-import-refused-es');

    const newer = scratchPath('newer.json');
    writeFileSync(newer, JSON.stringify({ app: 'fideliza-backup', version: 999, exportedAt: '', plans: [{}] }));
    await importFile(session, newer);
    await session.page.getByText('versión más reciente de Fideliza').waitFor();

    const notOurs = scratchPath('ventas.csv');
    writeFileSync(notOurs, 'cliente;fecha;importe\nC1;2024-01-01;10\n');
    await importFile(session, notOurs);
    await session.page.getByText('No es una copia de seguridad de Fideliza').waitFor();
    expect(await plans.planNames()).toEqual(['Intacto']);
  });

  it('keeps the last saved text and says what to do when storage is full', async () => {
    session = await openSession({ language: 'es' });
    await session.context.addInitScript(() => {
      const fail = () => (globalThis as { __quotaFull?: boolean }).__quotaFull === true;
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
          if (fail()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        } as typeof original;
      }
    });
    const plans = new PlansPage(session.page, session.baseUrl);
    await plans.open();
    await plans.createPlan({ name: 'Sin espacio' });
    const plan = new PlanPage(session.page);
    const label = '¿Quiénes son tus clientes actuales?';
    await plan.write(label, 'Texto guardado');
    await plan.waitUntilSaved();

    await session.page.evaluate(() => ((globalThis as { __quotaFull?: boolean }).__quotaFull = true));
    await plan.write(label, 'Texto que no cabe');
    await session.page.getByText('El almacenamiento del navegador está lleno').waitFor();
    await screenshot(session.page, 'plan-quota-full-es');
    expect(await plan.field(label).inputValue()).toBe('Texto que no cabe');

    const stored = await session.page.evaluate(
      (id) =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('fideliza');
          open.onsuccess = () => {
            const get = open.result.transaction('plans').objectStore('plans').get(id);
            get.onsuccess = () => resolve(get.result.fields['diagnosis.whoAreCustomers']);
            get.onerror = () => reject(get.error);
          };
        }),
      plan.planId(),
    );
    expect(stored).toBe('Texto guardado');

    await session.page.evaluate(() => ((globalThis as { __quotaFull?: boolean }).__quotaFull = false));
    await session.page.getByRole('button', { name: 'Guardar' }).first().click();
    await plan.waitUntilSaved();
    await session.page.reload();
    expect(await plan.field(label).inputValue()).toBe('Texto que no cabe');
  });

  it('works offline after the first visit and asks nothing of other origins', async () => {
    session = await openSession({ language: 'es' });
    const plans = new PlansPage(session.page, session.baseUrl);
    await plans.open();
    await session.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await session.page.reload();
    await plans.createPlan({ name: 'Sin conexión' });
    await new PlanPage(session.page).write('¿Quiénes son tus clientes actuales?', 'Escrito sin red');
    await new PlanPage(session.page).waitUntilSaved();

    await session.context.setOffline(true);
    await session.page.reload();
    await new PlanPage(session.page).heading().waitFor();
    expect(await new PlanPage(session.page).field('¿Quiénes son tus clientes actuales?').inputValue()).toBe('Escrito sin red');
    // Each step and the other language are chunks of their own, none opened before going offline.
    const steps = ['Objetivos SMART', 'Estrategias', 'Difusión', 'Implementación', 'Evaluación y control'];
    const shown: string[] = [];
    for (const [index, title] of steps.entries()) {
      await new PlanPage(session.page).goToStep(index + 2);
      await session.page.locator('#step-title', { hasText: title }).waitFor();
      shown.push(await new PlanPage(session.page).heading().innerText());
    }
    expect(shown).toEqual(steps);
    await plans.switchLanguage('English');
    expect(await new PlanPage(session.page).heading().innerText()).toBe('Evaluation and control');
    await plans.switchLanguage('Español');
    await plans.open();
    await plans.card('Sin conexión').waitFor();
    await session.context.setOffline(false);

    const origin = new URL(session.baseUrl).origin;
    const foreign = session.requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
    expect(session.requests.length).toBeGreaterThan(3);
    expect(foreign).toEqual([]);
  });
});
