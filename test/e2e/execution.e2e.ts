import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, screenshot, type Session } from './browser';
import { ActionPlanPage } from './pages/action-plan-page';
import { AudiencesPage } from './pages/audiences-page';
import { DiagnosisPage } from './pages/diagnosis-page';
import { KpisPage } from './pages/kpis-page';
import { ObjectivesPage } from './pages/objectives-page';
import { PlanPage } from './pages/plan-page';
import { PlansPage } from './pages/plans-page';
import { StrategiesPage } from './pages/strategies-page';
import { WORKED_EXAMPLE_ISO } from './worked-example';

// The worked example's customers six months on.
const SIX_MONTHS_ON = [WORKED_EXAMPLE_ISO, 'C1,2026-03-02,90', 'C4,2026-05-15,210', 'C3,2026-06-01,75'].join('\n');

let session: Session;
afterEach(async () => session?.close());

/** The ISO date `offset` days from today, where the browser is (the same machine). */
function day(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const compact = (iso: string) => iso.replaceAll('-', '');

/** Screenshots of steps 4, 5 and 6 as they stand, wide and at 375 px. */
async function screenshotSteps(page: Page, plan: PlanPage, language: string): Promise<void> {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const step of [4, 5, 6]) {
      await plan.goToStep(step);
      await page.locator('#step-title').waitFor();
      // Charts draw after ECharts' chunk arrives, and follow their container's width.
      if (step !== 4) await page.waitForTimeout(600);
      await screenshot(page, `execution-step${step}-${language}${width === 375 ? '-375' : ''}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `step ${step} at ${width} px`).toBeLessThanOrEqual(width);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('steps 4, 5 and 6: the plan runs and is measured', () => {
  it('plans audiences and actions, sees them in the Gantt and the budget, measures a KPI, exports, and keeps it all', async () => {
    session = await openSession({ language: 'es' });
    const { page } = session;
    const plans = new PlansPage(page, session.baseUrl);
    await plans.open();
    await plans.createPlan({ name: 'Plan de fidelización 2027', company: 'Panaderías Sol', sector: 'Alimentación' });
    const plan = new PlanPage(page);

    await plan.goToStep(3);
    const strategies = new StrategiesPage(page);
    await strategies.addStrategy('Retención', 'Club de clientes');
    await strategies.addStrategy('Recuperación', 'Vuelve a casa');
    await plan.waitUntilSaved();

    // Step 4: who hears about the plan.
    await plan.goToStep(4);
    expect(await plan.heading().innerText()).toBe('Difusión');
    const audiences = new AudiencesPage(page);
    await audiences.addAudience('internal', {
      kind: 'Equipo comercial', message: 'La tarjeta de cliente llega en marzo: cómo darla de alta', channel: 'Formación', date: day(7), owner: 'Lucía',
    });
    await audiences.addAudience('external', {
      kind: 'Clientes', message: 'Ventajas del club', channel: 'Correo electrónico', frequency: 'Cada mes', owner: 'Marta',
    });
    await audiences.tickCondition('Asegurar el apoyo de la dirección general', 'La gerente lo presenta el lunes');
    expect(await audiences.audiences('internal').count()).toBe(1);
    expect(await audiences.audiences('external').count()).toBe(1);
    await plan.waitUntilSaved();

    // Step 5: the actions, with a validation message fixed on the way.
    await plan.goToStep(5);
    const actionPlan = new ActionPlanPage(page);
    await actionPlan.addAction({ name: 'Tarjeta de cliente', strategy: 'Club de clientes', owner: 'Lucía', start: day(-30), end: day(15), budget: '1.500' });
    await actionPlan.addAction({
      name: 'Correo de bienvenida', strategy: 'Vuelve a casa', owner: 'Marta', start: day(10), end: day(40), budget: '600',
      predecessor: '1. Tarjeta de cliente',
    });
    const late = actionPlan.action(2).getByText(/^Empieza antes de que termine su predecesora, «1\. Tarjeta de cliente»/);
    await late.waitFor();
    await actionPlan.fill(2, { start: day(16) });
    await late.waitFor({ state: 'detached' });
    await actionPlan.addAction({
      name: 'Encuesta de satisfacción', strategy: 'Sin estrategia', owner: 'Marta', start: day(45), end: day(60), budget: '250,50',
    });
    await actionPlan.tickRollout('Desarrollar estrategias centradas en el cliente');

    expect(await actionPlan.budget('total')).toBe(2350.5);
    expect(await actionPlan.budget('family-retention')).toBe(1500);
    expect(await actionPlan.budget('family-recovery')).toBe(600);
    expect(await actionPlan.budget('family-unassigned')).toBe(250.5);
    const months = await actionPlan.budgetByMonth();
    expect(Object.keys(months).length).toBeGreaterThanOrEqual(3);
    expect(Object.values(months).reduce((a, b) => a + b, 0)).toBeCloseTo(2350.5, 6);

    await actionPlan.show('calendar');
    await actionPlan.gantt().locator('canvas').first().waitFor();
    const ganttRows = await actionPlan.ganttTableRows();
    expect(ganttRows.map((row) => row.slice(0, 3))).toEqual([
      ['1. Tarjeta de cliente', 'Club de clientes', 'Retención'],
      ['2. Correo de bienvenida', 'Vuelve a casa', 'Recuperación'],
      ['3. Encuesta de satisfacción', 'Sin estrategia', 'Sin estrategia'],
    ]);
    expect(ganttRows[1][8]).toBe('1. Tarjeta de cliente');

    const csv = await actionPlan.exportCsv();
    expect(csv.name).toBe('Plan de fidelización 2027 - acciones.csv');
    const lines = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('ID;Estrategia;Familia;Acción;Responsable;Inicio;Fin;Presupuesto;Estado;Predecesora (ID)');
    const rows = lines.slice(1).map((line) => line.split(';'));
    expect(rows.map((r) => r.slice(1, 9))).toEqual([
      ['Club de clientes', 'Retención', 'Tarjeta de cliente', 'Lucía', day(-30), day(15), '1500', 'Prevista'],
      ['Vuelve a casa', 'Recuperación', 'Correo de bienvenida', 'Marta', day(16), day(40), '600', 'Prevista'],
      ['', '', 'Encuesta de satisfacción', 'Marta', day(45), day(60), '250,5', 'Prevista'],
    ]);
    expect(rows[1][9]).toBe(rows[0][0]);

    const ics = await actionPlan.exportCalendar();
    expect(ics.name).toBe('Plan de fidelización 2027 - acciones.ics');
    expect(ics.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    const unfolded = ics.text.replace(/\r\n /g, '');
    expect(unfolded).toContain(`DTSTART;VALUE=DATE:${compact(day(-30))}\r\nDTEND;VALUE=DATE:${compact(day(16))}\r\nSUMMARY:Tarjeta de cliente`);
    expect(unfolded).toContain('DESCRIPTION:Estrategia: Club de clientes\\nResponsable: Lucía\\nPresupuesto: 1.500\\,00');
    await plan.waitUntilSaved();

    // Step 6: a KPI measured twice, its light changing; the return of the first action.
    await plan.goToStep(6);
    const kpis = new KpisPage(page);
    const club = await kpis.addOwnKpi({ name: 'Socios del club', baseline: '100', target: '300', from: day(-180), deadline: day(180), owner: 'Lucía' });
    expect(await kpis.status(club)).toEqual({ status: 'no-data', text: 'Sin datos' });
    // A quarter of the time gone, a quarter of the way done.
    await kpis.recordMeasurement(club, { date: day(-90), value: '150', note: 'Primer trimestre' });
    expect(await kpis.status(club)).toEqual({ status: 'on-track', text: 'En camino' });
    // Half the time gone, 30 % of the way done.
    await kpis.recordMeasurement(club, { date: day(0), value: '160' });
    expect(await kpis.status(club)).toEqual({ status: 'at-risk', text: 'En riesgo' });
    await club.locator('figure[data-chart] canvas').first().waitFor();

    await kpis.fillRoi('1. Tarjeta de cliente', { revenue: '5.000', margin: '40' });
    const roi = Number(await kpis.roi('1. Tarjeta de cliente').locator('[data-roi-value]').getAttribute('data-roi-value'));
    expect(roi).toBeCloseTo((5000 * 0.4 - 1500) / 1500, 12);
    await plan.waitUntilSaved();

    // Everything is still there after a reload.
    await page.reload();
    await plan.heading().waitFor();
    await kpis.show('measurements');
    expect(await kpis.status(kpis.kpi('Socios del club'))).toEqual({ status: 'at-risk', text: 'En riesgo' });
    expect(await kpis.kpi('Socios del club').locator('tbody tr').count()).toBe(2);
    await kpis.show('returns');
    expect(await kpis.roi('1. Tarjeta de cliente').getByLabel(/^Ingresos atribuibles/).inputValue()).toBe('5000');
    await plan.goToStep(5);
    expect(await actionPlan.actions().count()).toBe(3);
    expect(await actionPlan.field(2, /^Predecesora$/).locator('option:checked').innerText()).toBe('1. Tarjeta de cliente');
    expect(await actionPlan.budget('total')).toBe(2350.5);
    await actionPlan.show('rollout');
    expect(await page.getByRole('checkbox', { name: 'Desarrollar estrategias centradas en el cliente' }).isChecked()).toBe(true);
    await plan.goToStep(4);
    expect(await audiences.audiences('internal').first().getByLabel('Mensaje').inputValue()).toBe('La tarjeta de cliente llega en marzo: cómo darla de alta');
    expect(await audiences.audiences('external').first().getByLabel('Frecuencia').locator('option:checked').innerText()).toBe('Cada mes');

    await screenshotSteps(page, plan, 'es');
  });

  it('speaks English in a plan written in English, on a wide screen and at 375 px', async () => {
    session = await openSession({ language: 'en' });
    const { page } = session;
    const plans = new PlansPage(page, session.baseUrl);
    await plans.open();
    await plans.createPlan({ name: 'Loyalty plan 2027', company: 'Sun Bakeries' });
    const plan = new PlanPage(page);
    await plan.goToStep(3);
    await new StrategiesPage(page).addStrategy('Acquisition', 'Bring a friend');
    await plan.waitUntilSaved();

    await plan.goToStep(4);
    expect(await plan.heading().innerText()).toBe('Dissemination');
    await new AudiencesPage(page).addAudience('internal', {
      kind: 'Management', message: 'Monthly review of the plan', channel: 'Meeting', frequency: 'Every month', owner: 'Ann',
    });
    await plan.goToStep(5);
    const actionPlan = new ActionPlanPage(page);
    await actionPlan.addAction({ name: 'Referral cards', strategy: 'Bring a friend', owner: 'Ann', start: day(-10), end: day(20), budget: '1,250.50' });
    expect(await actionPlan.budget('total')).toBe(1250.5);
    await plan.goToStep(6);
    const kpis = new KpisPage(page);
    const referrals = await kpis.addOwnKpi({ name: 'Referred customers', baseline: '0', target: '200', from: day(-30), deadline: day(60) });
    await kpis.recordMeasurement(referrals, { date: day(0), value: '80' });
    // 40 % of the way done with a third of the time gone.
    expect(await kpis.status(referrals)).toEqual({ status: 'on-track', text: 'On track' });
    await plan.waitUntilSaved();

    await screenshotSteps(page, plan, 'en');
  });

  it('records the figures of a newer import as measurements of the KPIs that follow them, beside the frozen baseline', async () => {
    session = await openSession({ language: 'es' });
    const { page } = session;
    const plans = new PlansPage(page, session.baseUrl);
    await plans.open();
    await plans.createPlan({ name: 'Antes y después', company: 'Panaderías Sol' });
    const plan = new PlanPage(page);
    const diagnosis = new DiagnosisPage(page);
    await diagnosis.pasteCsv(WORKED_EXAMPLE_ISO);
    await diagnosis.useData();
    await diagnosis.setAnalysisDate('2025-12-31');
    await diagnosis.waitForFigure('churn_rate', 0.25);
    await plan.waitUntilSaved();

    await plan.goToStep(2);
    const objectives = new ObjectivesPage(page);
    const churn = await objectives.addObjective(/^Tasa de deserción/);
    await objectives.fill(churn, 'target', '20');
    await objectives.fill(churn, 'owner', 'Ana García');
    await objectives.setDeadline(churn, day(200));
    await plan.waitUntilSaved();

    await plan.goToStep(6);
    const kpis = new KpisPage(page);
    await page.getByRole('button', { name: 'Crear desde los objetivos' }).click();
    const kpi = kpis.kpi('Tasa de deserción');
    await kpi.waitFor();
    expect(await kpis.status(kpi)).toEqual({ status: 'no-data', text: 'Sin datos' });
    expect(await page.getByRole('region', { name: 'Cifras nuevas del diagnóstico' }).count()).toBe(0);
    await plan.waitUntilSaved();

    // Six months on, a newer file.
    await plan.goToStep(1);
    await diagnosis.pasteCsv(SIX_MONTHS_ON);
    await diagnosis.useData();
    await diagnosis.setAnalysisDate('2026-06-30');
    const after = await diagnosis.figure('churn_rate');
    expect(after).not.toBeNull();
    expect(after).not.toBe(0.25);
    await plan.waitUntilSaved();

    await plan.goToStep(6);
    const offer = page.getByRole('region', { name: 'Cifras nuevas del diagnóstico' });
    await offer.waitFor();
    const row = offer.locator('tbody tr', { hasText: 'Tasa de deserción' });
    expect(await row.locator('td').first().innerText()).toBe('25 %'.replace(' ', '\u00a0'));
    expect(Number(await row.locator('[data-metric="churn_rate"]').getAttribute('data-value'))).toBe(after);
    await screenshot(page, 'execution-before-after-es');
    await offer.getByRole('button', { name: 'Registrarlas como mediciones' }).click();
    await offer.waitFor({ state: 'detached' });
    await kpis.show('measurements');
    expect(await kpi.locator('tbody tr').count()).toBe(1);
    expect(await kpi.locator('tbody tr td').nth(1).innerText()).toBe('Diagnóstico');
    expect(Number(await kpi.locator('tbody tr td[data-value]').getAttribute('data-value'))).toBe(after);
    expect((await kpis.status(kpi)).status).not.toBe('no-data');
    await plan.waitUntilSaved();
    await page.reload();
    await kpi.waitFor();
    expect(await kpi.locator('tbody tr').count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Cifras nuevas del diagnóstico' }).count()).toBe(0);
  });
});
