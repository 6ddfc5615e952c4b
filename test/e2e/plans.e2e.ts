import { afterEach, describe, expect, it } from 'vitest';
import { openSession, screenshot, type Session } from './browser';
import { PlanPage } from './pages/plan-page';
import { PlansPage } from './pages/plans-page';

let session: Session;
afterEach(async () => session?.close());

describe('my plans', () => {
  it('creates a plan, keeps what was written across a reload, and opens deep links', async () => {
    session = await openSession({ language: 'es' });
    const plans = new PlansPage(session.page, session.baseUrl);
    await plans.open();
    await screenshot(session.page, 'plans-empty-es');
    await plans.createPlan({ name: 'Plan de fidelización 2027', company: 'Panaderías Sol', sector: 'Alimentación' });

    const plan = new PlanPage(session.page);
    expect(await plan.heading().innerText()).toBe('Diagnóstico');
    await plan.write('¿Quiénes son tus clientes actuales?', 'Familias del barrio que compran pan a diario. Año 2027: ñandú, acción.');
    await plan.waitUntilSaved();
    await screenshot(session.page, 'plan-step1-es');

    await plan.write('¿Por qué se van los clientes?', 'Se mudan o encuentran pan más barato.');
    await plan.goToStep(3);
    await session.page.reload();
    await plan.heading().waitFor();
    expect(await plan.heading().innerText()).toBe('Estrategias');
    await plan.goToStep(1);
    await plan.showField('¿Por qué se van los clientes?');
    expect(await plan.field('¿Por qué se van los clientes?').inputValue()).toBe('Se mudan o encuentran pan más barato.');

    const id = plan.planId();
    await session.page.goto(`${session.baseUrl}#/plan/${id}/step/1/questions`);
    await session.page.reload();
    expect(await plan.heading().innerText()).toBe('Diagnóstico');
    expect(await plan.field('¿Quiénes son tus clientes actuales?').inputValue()).toContain('ñandú, acción');

    await session.page.goto(`${session.baseUrl}#/plan/${id}/step/6`);
    expect(await plan.heading().innerText()).toBe('Evaluación y control');
    await screenshot(session.page, 'plan-step6-es');

    await session.page.goto(`${session.baseUrl}#/plan/no-such-plan/step/2`);
    await session.page.getByText('Este plan no existe en este navegador').waitFor();
  });

  it('keeps text typed just before the tab is closed', async () => {
    session = await openSession({ language: 'es' });
    const plans = new PlansPage(session.page, session.baseUrl);
    await plans.open();
    await plans.createPlan({ name: 'Cierre rápido' });
    const plan = new PlanPage(session.page);
    await plan.showField('¿Por qué te prefieren frente a la competencia?');
    const url = session.page.url();
    await plan.field('¿Por qué te prefieren frente a la competencia?').pressSequentially('Trato cercano');
    await session.page.close({ runBeforeUnload: true });

    const page = await session.context.newPage();
    await page.goto(url);
    const reopened = new PlanPage(page);
    await reopened.heading().waitFor();
    await expect
      .poll(() => reopened.field('¿Por qué te prefieren frente a la competencia?').inputValue())
      .toBe('Trato cercano');
  });

  it('renames, duplicates, deletes with undo, and deletes for good', async () => {
    session = await openSession({ language: 'es' });
    const plans = new PlansPage(session.page, session.baseUrl);
    await plans.open();
    await plans.createPlan({ name: 'Plan A', company: 'Tienda' });
    await new PlanPage(session.page).write('¿Quiénes son tus clientes actuales?', 'Texto que la copia conserva');
    await new PlanPage(session.page).waitUntilSaved();
    await plans.open();

    await plans.rename('Plan A', 'Plan Alfa');
    await plans.duplicate('Plan Alfa');
    await plans.card('Plan Alfa (copia)').waitFor();
    expect((await plans.planNames()).sort()).toEqual(['Plan Alfa', 'Plan Alfa (copia)']);

    await plans.card('Plan Alfa (copia)').getByRole('link', { name: 'Abrir' }).click();
    await new PlanPage(session.page).showField('¿Quiénes son tus clientes actuales?');
    expect(await new PlanPage(session.page).field('¿Quiénes son tus clientes actuales?').inputValue()).toBe(
      'Texto que la copia conserva',
    );
    await plans.open();

    await plans.delete('Plan Alfa');
    await session.page.getByText('Se ha eliminado «Plan Alfa».').waitFor();
    await screenshot(session.page, 'plans-deleted-toast-es');
    expect(await plans.planNames()).toEqual(['Plan Alfa (copia)']);
    await plans.undoDelete();
    await plans.card('Plan Alfa').waitFor();

    await plans.delete('Plan Alfa (copia)');
    const gone = session.page.getByText('Se ha eliminado «Plan Alfa (copia)».');
    await gone.waitFor();
    await gone.waitFor({ state: 'detached', timeout: 15_000 });
    await session.page.reload();
    await plans.card('Plan Alfa').waitFor();
    expect(await plans.planNames()).toEqual(['Plan Alfa']);
    await screenshot(session.page, 'plans-list-es');
  });

  it('switches the interface language and remembers it', async () => {
    session = await openSession({ language: 'es' });
    const plans = new PlansPage(session.page, session.baseUrl);
    await plans.open();
    expect(await session.page.getByRole('heading', { level: 1 }).innerText()).toBe('Tu plan de marketing relacional, en seis pasos');
    await plans.createPlan({ name: 'Loyalty plan', company: 'Bakery Ltd' });
    await plans.switchLanguage('English');
    expect(await new PlanPage(session.page).heading().innerText()).toBe('Diagnosis');
    await screenshot(session.page, 'plan-step1-en');
    await plans.open();
    expect(await session.page.getByRole('heading', { level: 1 }).innerText()).toBe('Your relational-marketing plan, in six steps');
    await session.page.reload();
    expect(await session.page.getByRole('heading', { level: 1 }).innerText()).toBe('Your relational-marketing plan, in six steps');
    expect(await session.page.getAttribute('html', 'lang')).toBe('en');
    await screenshot(session.page, 'plans-list-en');
  });

  it('starts in English for a browser that does not ask for Spanish', async () => {
    session = await openSession({ language: 'en' });
    await new PlansPage(session.page, session.baseUrl).open();
    expect(await session.page.getByRole('heading', { level: 1 }).innerText()).toBe('Your relational-marketing plan, in six steps');
  });

  it('shows in one tab what another tab wrote, and loses neither text when both edit one field', async () => {
    session = await openSession({ language: 'es' });
    const plans = new PlansPage(session.page, session.baseUrl);
    await plans.open();
    await plans.createPlan({ name: 'Dos pestañas' });
    const first = new PlanPage(session.page);
    const secondPage = await session.context.newPage();
    await secondPage.goto(session.page.url());
    const second = new PlanPage(secondPage);
    await second.heading().waitFor();

    const label = '¿Quiénes son tus clientes actuales?';
    await second.showField(label);
    await first.write(label, 'Escrito en la primera pestaña');
    await first.waitUntilSaved();
    await expect.poll(() => second.field(label).inputValue()).toBe('Escrito en la primera pestaña');

    // The second tab's edit is still waiting for its debounced save when the first tab saves.
    await second.field(label).fill('Versión B');
    await first.field(label).fill('Versión A');
    await first.field(label).blur();
    await second.waitUntilSaved();
    await secondPage.getByText(/Otra pestaña cambió/).waitFor();
    await session.page.getByText(/Otra pestaña cambió/).waitFor();
    expect(await first.field(label).inputValue()).toBe('Versión B');
    await screenshot(secondPage, 'plan-conflict-es');
    const restore = secondPage.getByRole('button', { name: 'Recuperar la otra versión' });
    await restore.click();
    await expect.poll(() => second.field(label).inputValue()).toBe('Versión A');
  });
});
