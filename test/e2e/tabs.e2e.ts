import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, screenshot, type Session } from './browser';
import { showPart } from './pages/diagnosis-parts';
import { PlanPage } from './pages/plan-page';
import { PlansPage } from './pages/plans-page';

let sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions) await s.close().catch(() => {});
  sessions = [];
});

async function start(options: { profile?: string } = {}): Promise<Session> {
  const session = await openSession({ language: 'es', ...options });
  sessions.push(session);
  return session;
}

/** A plan on its step `n`, opened in a second tab of the same browser. */
async function secondTab(session: Session, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.locator('#step-title').waitFor();
  return page;
}

function storedPlan(page: Page, id: string) {
  return page.evaluate(
    (planId) =>
      new Promise<{ fields: Record<string, string>; sections: Record<string, { general?: Record<string, string> }> }>((resolve, reject) => {
        const open = indexedDB.open('fideliza');
        open.onsuccess = () => {
          const get = open.result.transaction('plans').objectStore('plans').get(planId);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

/** Every tab's safety copy on disk, as JSON. */
function storedDrafts(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('fideliza');
        open.onsuccess = () => {
          const all = open.result.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(JSON.stringify(all.result));
          };
        };
      }),
  );
}

/** Kills a tab's renderer, as a crash does: nothing of the page gets to run. */
function crash(session: Session, page: Page): void {
  void session.context.newCDPSession(page).then((cdp) => cdp.send('Page.crash')).catch(() => {});
}

async function newPlanOnStep(session: Session, name: string, step: number): Promise<string> {
  const plans = new PlansPage(session.page, session.baseUrl);
  await plans.open();
  await plans.createPlan({ name });
  await new PlanPage(session.page).goToStep(step);
  if (step === 1) await showPart(session.page, 'questions');
  return session.page.url();
}

describe('two tabs and crashes never lose typing', () => {
  it('keeps what two tabs type at once in different fields of step 2', async () => {
    const session = await start();
    const url = await newPlanOnStep(session, 'Dos pestañas', 2);
    const a = session.page;
    const b = await secondTab(session, url);
    await Promise.all([
      a.getByLabel('¿Qué?', { exact: true }).pressSequentially('Fidelizar a los habituales'),
      b.getByLabel('¿Dónde?', { exact: true }).pressSequentially('en las tiendas de Madrid'),
    ]);
    const id = new PlanPage(a).planId();
    await expect.poll(async () => (await storedPlan(a, id)).sections.objectives?.general, { timeout: 15_000 }).toMatchObject({
      what: 'Fidelizar a los habituales',
      where: 'en las tiendas de Madrid',
    });
    for (const page of [a, b]) {
      await expect.poll(() => page.getByLabel('¿Dónde?', { exact: true }).inputValue()).toBe('en las tiendas de Madrid');
      await expect.poll(() => page.getByLabel('¿Qué?', { exact: true }).inputValue()).toBe('Fidelizar a los habituales');
    }
    expect(await a.locator('.notice.conflict').count()).toBe(0);
  });

  it('keeps the comments two tabs write at once on two conditions of step 4', async () => {
    const session = await start();
    const url = await newPlanOnStep(session, 'Comentarios', 4);
    const a = session.page;
    const b = await secondTab(session, url);
    const comment = (item: string) => `Comentario sobre «${item}»`;
    const first = 'Establecer relaciones auténticamente bilaterales y orientadas al cliente';
    const second = 'Asegurar el apoyo de la dirección general';
    await Promise.all([
      a.getByLabel(comment(first)).pressSequentially('Encuesta tras cada compra'),
      b.getByLabel(comment(second)).pressSequentially('Reunión mensual con gerencia'),
    ]);
    for (const page of [a, b]) {
      await expect.poll(() => page.getByLabel(comment(first)).inputValue(), { timeout: 15_000 }).toBe('Encuesta tras cada compra');
      await expect.poll(() => page.getByLabel(comment(second)).inputValue(), { timeout: 15_000 }).toBe('Reunión mensual con gerencia');
    }
    expect(await a.locator('.notice.conflict').count()).toBe(0);
  });

  it('keeps both versions of one field typed in two tabs and brings back the other one on request', async () => {
    const session = await start();
    const url = await newPlanOnStep(session, 'Mismo campo', 2);
    const a = session.page;
    const b = await secondTab(session, url);
    await b.getByLabel('¿Dónde?', { exact: true }).fill('en Sevilla');
    await b.locator('[data-save-status="saved"]').waitFor();
    // A types, and before its save B types in the same field and saves at once (as when it is hidden).
    await a.getByLabel('¿Qué?', { exact: true }).fill('Versión de A');
    await b.getByLabel('¿Qué?', { exact: true }).fill('Versión de B');
    await b.evaluate(() => dispatchEvent(new Event('pagehide')));
    const notice = b.locator('.notice.conflict');
    await notice.waitFor({ timeout: 15_000 });
    await expect.poll(() => notice.locator('[data-version="kept"]').innerText()).toBe('Versión de A');
    expect(await notice.locator('[data-version="other"]').innerText()).toBe('Versión de B');
    await screenshot(b, 'tabs-conflict-both-versions-es');
    await notice.getByRole('button', { name: 'Recuperar la otra versión' }).click();
    await notice.waitFor({ state: 'detached' });
    const id = new PlanPage(a).planId();
    await expect.poll(async () => (await storedPlan(b, id)).sections.objectives?.general).toMatchObject({ what: 'Versión de B', where: 'en Sevilla' });
    await expect.poll(() => a.getByLabel('¿Qué?', { exact: true }).inputValue()).toBe('Versión de B');
  });

  it('shows a plan restored from a backup in another tab and never saves its older text over it', async () => {
    const session = await start();
    await newPlanOnStep(session, 'Restaurado', 1);
    const a = session.page;
    const id = new PlanPage(a).planId();
    const who = a.getByLabel('¿Quiénes son tus clientes actuales?');
    await who.fill('Texto de la copia');
    await new PlanPage(a).waitUntilSaved();
    const b = await session.context.newPage();
    const plans = new PlansPage(b, session.baseUrl);
    await plans.open();
    const [download] = await Promise.all([
      b.waitForEvent('download'),
      plans.card('Restaurado').getByRole('button', { name: 'Copia de seguridad' }).click(),
    ]);
    const backup = join(tmpdir(), `${crypto.randomUUID()}.fideliza`);
    await download.saveAs(backup);
    await who.fill('Texto posterior');
    await a.locator('[data-save-status="saved"]').waitFor();
    await expect.poll(async () => (await storedPlan(b, id)).fields['diagnosis.whoAreCustomers']).toBe('Texto posterior');

    await b.locator('input[type=file]').setInputFiles(backup);
    await b.getByRole('button', { name: 'Sustituir los de este navegador' }).click();
    await a.getByText('Otra pestaña ha restaurado este plan desde una copia de seguridad').waitFor();
    await expect.poll(() => who.inputValue()).toBe('Texto de la copia');
    await screenshot(a, 'tabs-restored-elsewhere-es');
    await a.getByLabel('¿Por qué se van los clientes?').fill('Escrito después');
    await a.locator('[data-save-status="saved"]').waitFor();
    await expect.poll(async () => (await storedPlan(b, id)).fields['diagnosis.whyCustomersLeave']).toBe('Escrito después');
    expect((await storedPlan(b, id)).fields['diagnosis.whoAreCustomers']).toBe('Texto de la copia');
    await a.reload();
    expect(await a.getByLabel('¿Quiénes son tus clientes actuales?').inputValue()).toBe('Texto de la copia');
  });

  it('recovers the typing of a tab killed right after another tab typed one character', async () => {
    const session = await start();
    const url = await newPlanOnStep(session, 'Copia por pestaña', 1);
    const id = new PlanPage(session.page).planId();
    const a = session.page;
    const b = await secondTab(session, url);
    await a.getByLabel('¿Quiénes son tus clientes actuales?').fill('Texto de la pestaña A');
    await b.getByLabel('¿Por qué se van los clientes?').fill('B');
    const crashed = a.waitForEvent('crash');
    crash(session, a);
    await crashed;
    await a.close();
    await b.close();
    const c = await secondTab(session, url);
    await expect.poll(() => c.getByLabel('¿Quiénes son tus clientes actuales?').inputValue(), { timeout: 15_000 }).toBe('Texto de la pestaña A');
    await expect.poll(() => c.getByLabel('¿Por qué se van los clientes?').inputValue(), { timeout: 15_000 }).toBe('B');
    await expect.poll(async () => (await storedPlan(c, id)).fields['diagnosis.whoAreCustomers']).toBe('Texto de la pestaña A');
  });

  it('shows in a tab left open what a crashed tab had typed, without reopening', async () => {
    const session = await start();
    const url = await newPlanOnStep(session, 'Pestaña caída', 1);
    const a = session.page;
    const b = await secondTab(session, url);
    await a.getByLabel('¿Quiénes son tus clientes actuales?').fill('Escrito antes de caer');
    await expect.poll(() => storedDrafts(b)).toContain('Escrito antes de caer');
    const crashed = a.waitForEvent('crash');
    crash(session, a);
    await crashed;
    await expect.poll(() => b.getByLabel('¿Quiénes son tus clientes actuales?').inputValue(), { timeout: 15_000 }).toBe('Escrito antes de caer');
  });

  it('recovers typing when the whole browser is killed as soon as the draft is on disk', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'fideliza-kill-'));
    try {
      const first = await start({ profile });
      const url = await newPlanOnStep(first, 'Navegador cerrado', 1);
      await first.page.getByLabel('¿Quiénes son tus clientes actuales?').fill('Escrito justo antes del cierre');
      await expect.poll(() => storedDrafts(first.page)).toContain('Escrito justo antes del cierre');
      killBrowser(profile);
      const second = await start({ profile });
      await second.page.goto(url);
      await expect
        .poll(() => second.page.getByLabel('¿Quiénes son tus clientes actuales?').inputValue(), { timeout: 15_000 })
        .toBe('Escrito justo antes del cierre');
    } finally {
      for (const s of sessions) await s.close().catch(() => {});
      sessions = [];
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

/** SIGKILLs the Chromium processes this test started on `profile`, as a power cut or a task manager would. */
function killBrowser(profile: string): void {
  const lines = execFileSync('ps', ['-eo', 'pid=,args=']).toString().split('\n');
  for (const line of lines) {
    const [pid, ...args] = line.trim().split(/\s+/);
    if (args.join(' ').includes(`--user-data-dir=${profile}`)) process.kill(Number(pid), 'SIGKILL');
  }
}
