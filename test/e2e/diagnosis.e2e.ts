import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, scratchPath, screenshot, type Session } from './browser';
import { DiagnosisPage } from './pages/diagnosis-page';
import { PlanPage } from './pages/plan-page';
import { PlansPage } from './pages/plans-page';
import { WORKED_EXAMPLE } from './worked-example';

let session: Session;
afterEach(async () => session?.close());

async function newPlan(language: 'es' | 'en' = 'es') {
  session = await openSession({ language });
  const plans = new PlansPage(session.page, session.baseUrl);
  await plans.open();
  await plans.createPlan({ name: 'Diagnóstico de prueba', company: 'Panaderías Sol' });
  return { plans, plan: new PlanPage(session.page), diagnosis: new DiagnosisPage(session.page) };
}

describe('the diagnosis', () => {
  it('gives the figures of the worked example and keeps them across a reload', async () => {
    const { diagnosis } = await newPlan();
    await diagnosis.pasteCsv(WORKED_EXAMPLE);
    await screenshot(session.page, 'diagnosis-review-es');
    await diagnosis.useData();
    await diagnosis.setAnalysisDate('2025-12-31');

    const expected: Record<string, number> = {
      customers_total: 6, rows_used: 10, active_customers: 4, active_customers_prev: 4,
      churn_rate: 0.25, retention_rate: 0.75, average_life: 4, revenue: 660, orders: 5,
      revenue_per_customer: 165, average_order_value: 132, purchase_frequency: 1.25,
      margin_per_customer: 49.5, clv_simple: 198, pyramid_active: 4, pyramid_inactive: 2,
      abc_a: 2, abc_b: 1, abc_c: 1,
    };
    for (const [id, value] of Object.entries(expected)) expect(await diagnosis.figure(id), id).toBeCloseTo(value, 9);
    expect(await diagnosis.figure('clv_discounted')).toBeCloseTo(155.5714285714, 8);
    await screenshot(session.page, 'diagnosis-figures-es');

    await session.page.reload();
    await diagnosis.waitForFigure('churn_rate', 0.25);
    expect(await diagnosis.figure('clv_discounted')).toBeCloseTo(155.5714285714, 8);
  });

  it('recomputes every figure when a parameter changes, and keeps the change', async () => {
    const { diagnosis } = await newPlan();
    await diagnosis.pasteCsv(WORKED_EXAMPLE);
    await diagnosis.useData();
    await diagnosis.setAnalysisDate('2025-12-31');
    await diagnosis.setParam('Margen bruto (%)', '50');
    await diagnosis.waitForFigure('margin_per_customer', 82.5);
    expect(await diagnosis.figure('clv_simple')).toBeCloseTo(330, 9);
    await diagnosis.setParam('Tasa de descuento por periodo (%)', '0');
    await diagnosis.waitForFigure('clv_discounted', 330);
    await session.page.reload();
    await diagnosis.waitForFigure('margin_per_customer', 82.5);
  });

  it('says what is wrong with bad input, and a failed import leaves the saved data alone', async () => {
    const { diagnosis } = await newPlan();
    await diagnosis.pasteCsv(WORKED_EXAMPLE);
    await diagnosis.useData();
    await diagnosis.setAnalysisDate('2025-12-31');

    await diagnosis.pasteCsv('<html><body><table><tr><td>1</td></tr></table></body></html>');
    expect(await diagnosis.importError().getAttribute('data-import-error')).toBe('html');
    await session.page.getByText('Parece una página web').waitFor();
    await session.page.getByRole('button', { name: 'Descartar' }).click();

    await diagnosis.pasteCsv('cliente;fecha;importe\nC1;mañana;diez\nC2;31/02/2024;5');
    expect(await diagnosis.importError().getAttribute('data-import-error')).toBe('no-usable-rows');
    expect(await session.page.locator('[data-reject-row]').count()).toBe(2);
    await screenshot(session.page, 'diagnosis-bad-input-es');
    await session.page.getByRole('button', { name: 'Descartar' }).click();

    await session.page.reload();
    await diagnosis.waitForFigure('churn_rate', 0.25);
    expect(await diagnosis.figure('customers_total')).toBe(6);
  });

  it('lists rejected rows with their line and reason, and lets them be downloaded', async () => {
    const { diagnosis } = await newPlan();
    await diagnosis.pasteCsv(`${WORKED_EXAMPLE}\n;01/01/2025;10\nC9;01/13/2025;10\nC9;02/01/2025;abc`);
    const rows = await session.page.locator('[data-reject-row]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-reject-row'), e.getAttribute('data-reject-code')]));
    expect(rows).toEqual([['12', 'missing-customer'], ['13', 'bad-date'], ['14', 'bad-amount']]);
    const [download] = await Promise.all([
      session.page.waitForEvent('download'),
      session.page.getByRole('button', { name: 'Descargar las filas descartadas' }).click(),
    ]);
    const path = scratchPath(`rejects-${Date.now()}.csv`);
    await download.saveAs(path);
    const text = (await import('node:fs')).readFileSync(path, 'utf8');
    expect(text).toContain('Fila;Motivo;Columna;Valor');
    expect(text).toContain('14;importe ilegible');
    await diagnosis.useData();
    expect(await diagnosis.figure('rows_used')).toBe(10);
  });

  it('reads an uploaded Windows-1252 file with a different column order', async () => {
    const { diagnosis } = await newPlan('en');
    const lines = ['Fecha;Importe;Cliente;Nombre', '2024-03-10;100;C1;Peña', '2025-02-01;150;C1;Peña', '2025-11-20;50;C1;Peña',
      '2024-06-15;200;C2;Ibáñez', '2024-09-01;80;C3;Núñez', '2025-06-30;120;C3;Núñez', '2025-08-08;300;C4;Muñoz',
      '2023-05-05;60;C5;Sáez', '2024-12-31;40;C6;Año', '2025-01-01;40;C6;Año'];
    const path = scratchPath(`ventas-${Date.now()}.csv`);
    writeFileSync(path, Buffer.from(lines.join('\r\n'), 'latin1'));
    await diagnosis.uploadFile(path);
    await screenshot(session.page, 'diagnosis-review-en');
    await diagnosis.useData();
    await diagnosis.setAnalysisDate('2025-12-31');
    expect(await diagnosis.figure('churn_rate')).toBeCloseTo(0.25, 12);
    expect(await diagnosis.figure('clv_discounted')).toBeCloseTo(155.5714285714, 8);
    await screenshot(session.page, 'diagnosis-figures-en');
  });
});
