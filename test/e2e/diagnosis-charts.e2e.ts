import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser';
import { DiagnosisChartsPage } from './pages/diagnosis-charts-page';
import { DiagnosisPage } from './pages/diagnosis-page';
import { PlansPage } from './pages/plans-page';

/** Sales of 80 customers over two years (deterministic), as a Spanish spreadsheet writes them. */
function salesCsv(): string {
  const lines = ['cliente;fecha;importe'];
  for (let c = 1; c <= 80; c++) {
    const orders = 1 + ((c * 7) % 9);
    for (let k = 0; k < orders; k++) {
      const month = 1 + ((c * 5 + k * 3) % 24);
      const year = month > 12 ? 2025 : 2024;
      const day = 1 + ((c + k) % 27);
      const amount = (10 + ((c * 37 + k * 11) % 90)) * (c % 10 === 0 ? 12 : 1);
      lines.push(`C${c};${String(day).padStart(2, '0')}/${String(((month - 1) % 12) + 1).padStart(2, '0')}/${year};${amount},50`);
    }
  }
  return lines.join('\n');
}

/** The same customers with contact data, status, survey answers, category spend and reasons for leaving. */
function customersCsv(): string {
  const reasons = ['No nos hicieron caso', 'Precio demasiado caro', 'Quería probar otra marca', 'Me mudé de ciudad', 'Indiferencia del personal'];
  const lines = ['cliente;nombre;direccion;cp;telefono;satisfaccion;fidelidad;gasto_total_categoria;motivo_baja'];
  for (let c = 1; c <= 90; c++) {
    const phone = c % 3 === 0 ? '' : `6${String(10000000 + c * 7919).slice(0, 8)}`;
    lines.push([
      `C${c}`, `Cliente ${c}`, `Calle Mayor ${c}`, `280${String(c % 50).padStart(2, '0')}`, phone,
      String(1 + (c % 5)), c % 4 === 0 ? 'no' : 'sí', String(500 + c * 13), c % 6 === 0 ? reasons[c % reasons.length] : '',
    ].join(';'));
  }
  return lines.join('\n');
}

let session: Session;
afterEach(async () => session?.close());

describe('the diagnosis charts', () => {
  it.each(['es', 'en'] as const)('draws each chart, shows it as a table and opens a segment’s customers (%s)', async (language) => {
    session = await openSession({ language });
    const plans = new PlansPage(session.page, session.baseUrl);
    await plans.open();
    await plans.createPlan({ name: 'Gráficos', company: 'Panaderías Sol' });
    const diagnosis = new DiagnosisPage(session.page);
    await diagnosis.pasteCsv(salesCsv());
    await diagnosis.useData();
    await diagnosis.pasteCsv(customersCsv());
    await diagnosis.useData();

    const charts = new DiagnosisChartsPage(session.page);
    await charts.show();
    await charts.section().waitFor();
    const ids = await charts.chartIds();
    for (const id of ['pyramid', 'abc', 'rfm', 'types', 'value', 'churn', 'cohorts', 'monthly']) expect(ids).toContain(id);

    for (const id of ids) {
      await charts.waitDrawn(id);
      await charts.chart(id).scrollIntoViewIfNeeded();
      await charts.chart(id).screenshot({ path: `test-results/chart-${id}-${language}.png` });
      await charts.toggleTable(id);
      const table = charts.table(id);
      await table.waitFor();
      expect(await table.locator('tbody tr').count(), id).toBeGreaterThan(0);
      expect(await table.locator('caption').innerText()).not.toBe('');
      await charts.toggleTable(id);
      await charts.chart(id).locator('canvas').first().waitFor();
    }

    // Exports: a vector SVG with the chart's words, and a PNG.
    const pyramid = charts.chart('pyramid');
    const [svg] = await Promise.all([
      session.page.waitForEvent('download'),
      pyramid.getByRole('button', { name: language === 'es' ? 'Descargar SVG' : 'Download SVG' }).click(),
    ]);
    const svgText = readFileSync(await svg.path(), 'utf8');
    expect(svgText.startsWith('<svg')).toBe(true);
    expect(svgText).toContain(language === 'es' ? 'Activos' : 'Active');
    expect(svg.suggestedFilename()).toBe(language === 'es' ? 'Pirámide de clientes.svg' : 'Customer pyramid.svg');
    const [png] = await Promise.all([
      session.page.waitForEvent('download'),
      pyramid.getByRole('button', { name: language === 'es' ? 'Descargar PNG' : 'Download PNG' }).click(),
    ]);
    expect(readFileSync(await png.path()).subarray(1, 4).toString('latin1')).toBe('PNG');

    // The table of the ABC chart carries the engine's figures.
    await charts.toggleTable('abc');
    const classA = Number(await charts.table('abc').locator('[data-metric="abc_a"]').getAttribute('data-value'));
    expect(classA).toBe(await diagnosis.figure('abc_a'));
    await charts.drillInto('abc', language === 'es' ? 'Clase A' : 'Class A');
    const list = charts.customerList();
    await list.waitFor();
    const heading = await list.getByRole('heading').innerText();
    expect(heading).toMatch(language === 'es' ? new RegExp(`^Clase A: ${classA} clientes?$`) : new RegExp(`^Class A: ${classA} customers?$`));
    await list.getByRole('button', { name: language === 'es' ? /Ingresos \(histórico\)/ : /Revenue \(all history\)/ }).click();
    await list.screenshot({ path: `test-results/chart-list-${language}.png` });
    const [download] = await Promise.all([
      session.page.waitForEvent('download'),
      list.getByRole('button', { name: language === 'es' ? 'Exportar CSV (hoja de cálculo)' : 'Export CSV (spreadsheet)' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.trim().split(/\r\n/)).toHaveLength(classA + 1);
    expect(csv.startsWith(language === 'es' ? '\uFEFFCliente;' : 'Customer,')).toBe(true);

    // The customers on the border between types, and those who left over price with their own words.
    await charts.toggleTable('types');
    const border = Number(await charts.table('types').locator('[data-metric="type_near_border"]').getAttribute('data-value'));
    expect(border).toBe(36); // satisfaction 3 or 4 of 5; a yes/no loyalty has no border
    await charts.drillInto('types', language === 'es' ? 'Todos los que están en el límite' : 'Everyone on the border');
    await expect
      .poll(() => charts.customerList().getByRole('heading').innerText())
      .toBe(language === 'es' ? 'Clientes en el límite entre tipos: 36 clientes' : 'Customers on the border between types: 36 customers');
    await charts.toggleTable('churn');
    await charts.drillInto('churn', language === 'es' ? 'Precio' : 'Price');
    const leavers = charts.customerList();
    await expect.poll(() => leavers.getByRole('heading').innerText()).toMatch(language === 'es' ? /^Motivo de abandono «Precio»: 3 clientes$/ : /^Reason for leaving “Price”: 3 customers$/);
    expect(await leavers.locator('tbody tr[aria-rowindex] td:nth-child(2)').allInnerTexts()).toEqual(Array(3).fill('Precio demasiado caro'));
    await leavers.screenshot({ path: `test-results/chart-list-churn-${language}.png` });

    // A click on the chart itself: the RFM grid's top-right cell is the champions.
    const rfm = charts.chart('rfm');
    await rfm.scrollIntoViewIfNeeded();
    const box = (await rfm.locator('canvas').first().boundingBox())!;
    await session.page.mouse.click(box.x + box.width * 0.85, box.y + box.height * 0.2);
    await expect.poll(() => charts.customerList().getByRole('heading').innerText()).toMatch(language === 'es' ? /^Segmento «Campeones»/ : /^Segment “Champions”/);
  });

  it('fits a phone 375 px wide', async () => {
    session = await openSession({ language: 'es', width: 375 });
    const plans = new PlansPage(session.page, session.baseUrl);
    await plans.open();
    await plans.createPlan({ name: 'Móvil' });
    const diagnosis = new DiagnosisPage(session.page);
    await diagnosis.pasteCsv(salesCsv());
    await diagnosis.useData();
    const charts = new DiagnosisChartsPage(session.page);
    await charts.show();
    await charts.section().waitFor();
    for (const id of await charts.chartIds()) {
      await charts.waitDrawn(id);
      const width = await charts.chart(id).evaluate((el) => el.getBoundingClientRect().width);
      expect(width, id).toBeLessThanOrEqual(375);
      await charts.chart(id).scrollIntoViewIfNeeded();
      await charts.chart(id).screenshot({ path: `test-results/chart-${id}-375.png` });
    }
    // Nothing of the charts section sticks out of the screen (the page's own header is not ours to test).
    const wide = await charts.section().evaluate((section) =>
      [section, ...section.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > 375.5).map((e) => e.className));
    expect(wide).toEqual([]);
  });
});
