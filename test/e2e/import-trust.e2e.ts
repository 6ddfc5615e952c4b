import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/domain/csv/sheet-to-csv';
import { customerListCsv, erpReportCsv, orderExportCsv } from '../domain/import-trust/files';
import { writeXlsx } from '../spreadsheets/write-workbook';
import { openSession, scratchPath, screenshot, type Session } from './browser';
import { DiagnosisPage } from './pages/diagnosis-page';
import { PlansPage } from './pages/plans-page';

let session: Session;
afterEach(async () => session?.close());
const folder = mkdtempSync(scratchPath('import-'));

async function newPlan() {
  session = await openSession({ language: 'es' });
  const plans = new PlansPage(session.page, session.baseUrl);
  await plans.open();
  await plans.createPlan({ name: 'Importación fiable', company: 'Tienda Sol' });
  return new DiagnosisPage(session.page);
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

const useButton = () => session.page.getByRole('button', { name: 'Usar estos datos' });
const evidence = () => session.page.locator('[data-kind-evidence]');
const kindSelect = () => session.page.getByLabel('Tipo de datos');

describe('an import you can trust', () => {
  it('a customer list with postal codes and birth dates is read as customers, and says why', async () => {
    const diagnosis = await newPlan();
    await diagnosis.uploadFile(file('clientes.csv', customerListCsv()));
    expect(await evidence().getAttribute('data-kind-evidence')).toBe('customers');
    expect(await kindSelect().inputValue()).toBe('customers');
    await session.page.getByText('Una fila por cliente, sin fecha de venta ni importe, con datos de contacto («email», «telefono», «codigo_postal»…): lista de clientes.').waitFor();
    expect(await session.page.locator('p.counts').getAttribute('data-rows-used')).toBe('1080');
    await screenshot(session.page, 'import-customer-list-es');
    await diagnosis.useData();
    expect(await diagnosis.figure('customers_total')).toBe(1080);
    expect(await diagnosis.figure('revenue')).toBeNull();
  });

  it('an order export with 20 rows per customer is read as sales, with churn', async () => {
    const diagnosis = await newPlan();
    await diagnosis.uploadFile(file('pedidos.csv', orderExportCsv()));
    expect(await evidence().getAttribute('data-kind-evidence')).toBe('transactions');
    await session.page.getByText('20 filas por cliente de media, con fecha e importe').waitFor();
    await diagnosis.useData();
    expect(await diagnosis.figure('customers_total')).toBe(300);
    expect(await diagnosis.figure('rows_used')).toBe(6000);
    expect(await diagnosis.figure('churn_rate')).not.toBeNull();
  });

  it('finds the header under the title lines of an ERP report, and lets the person move it', async () => {
    const diagnosis = await newPlan();
    await diagnosis.uploadFile(file('informe.csv', erpReportCsv()));
    const headerLine = session.page.locator('#header-line');
    expect(await headerLine.inputValue()).toBe('4');
    await session.page.getByText('La tabla empieza en la fila 4').waitFor();
    expect(await session.page.locator('table.preview tbody tr').first().locator('td').first().textContent()).toBe('CL100');
    await screenshot(session.page, 'import-title-lines-es');
    await headerLine.fill('6');
    await headerLine.dispatchEvent('change');
    await session.page.locator('[data-first-line="6"]').waitFor();
    expect(await session.page.locator('table.preview tbody tr').first().locator('td').first().textContent()).toBe('CL101');
    await headerLine.fill('4');
    await headerLine.dispatchEvent('change');
    await session.page.locator('[data-first-line="4"]').waitFor();
    await diagnosis.useData();
    expect(await diagnosis.figure('rows_used')).toBe(120);
  });

  it('opens an .xlsx with two sheets, lets the person pick the sheet, and gives the figures of its CSV', async () => {
    const rows: SheetCell[][] = [['Cliente', 'Fecha', 'Importe']];
    for (let i = 0; i < 90; i++) rows.push([`C${i % 15}`, new Date(Date.UTC(2024, 0, 3) + i * 8 * 86_400_000), 10 + i + 0.25]);
    const book = writeXlsx([{ name: 'Notas', rows: [['Exportado del TPV el 3 de noviembre'], ['Ventas en la hoja siguiente']] }, { name: 'Ventas', rows }]);
    const diagnosis = await newPlan();
    await diagnosis.uploadFile(file('ventas.xlsx', book));
    const picker = session.page.locator('#sheet-picker');
    expect(await picker.locator('option').allTextContents()).toEqual(['Notas', 'Ventas']);
    expect(await picker.inputValue()).toBe('Ventas');
    await picker.selectOption('Notas');
    await diagnosis.importError().waitFor();
    await picker.selectOption('Ventas');
    await session.page.locator('[data-kind-evidence="transactions"]').waitFor();
    await session.page.locator('p.counts[data-rows-used="90"]').waitFor();
    await screenshot(session.page, 'import-xlsx-two-sheets-es');
    await diagnosis.useData();
    const csv = ['Cliente;Fecha;Importe', ...rows.slice(1).map(([c, d, a]) => `${c};${(d as Date).toISOString().slice(0, 10)};${String(a).replace('.', ',')}`)].join('\n');
    const fromSheet = await diagnosis.figure('revenue');
    await session.page.reload();
    await diagnosis.waitForFigure('revenue', fromSheet!);
    await diagnosis.uploadFile(file('ventas.csv', csv));
    await session.page.getByRole('button', { name: 'Sustituir' }).click();
    await session.page.locator('#review-title').waitFor({ state: 'detached' });
    await diagnosis.waitForFigure('revenue', fromSheet!);
    expect(fromSheet).toBeGreaterThan(0);
  });

  it('an old .xls gets a clear message', async () => {
    const diagnosis = await newPlan();
    await diagnosis.uploadFile(file('antiguo.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)])));
    await session.page.getByText('Es un libro de Excel antiguo (.xls').waitFor();
  });

  it('asks before using a file with weak signs: «Usar estos datos» waits for the answer', async () => {
    const diagnosis = await newPlan();
    await diagnosis.pasteCsv('cliente,fecha,importe,email,ciudad\nC1,2025-01-02,10,a@b.es,Lugo\nC2,2025-01-03,12,c@d.es,Vigo\nC3,2025-02-01,9,e@f.es,Lugo');
    await session.page.locator('[data-import-question="weak-kind"]').waitFor();
    expect(await useButton().isDisabled()).toBe(true);
    await screenshot(session.page, 'import-weak-kind-es');
    await session.page.getByLabel('Sí, son clientes y contactos').check();
    expect(await useButton().isDisabled()).toBe(false);
    await diagnosis.useData();
    expect(await diagnosis.figure('customers_total')).toBe(3);
    expect(await diagnosis.figure('revenue')).toBeNull();
  });

  it('customers with only returns or cancellations stand on their own line, and the pyramid adds up', async () => {
    const lines = ['InvoiceNo,CustomerID,InvoiceDate,Amount', 'C1001,R1,2025-03-01,25.00', '1002,R2,2025-04-01,-12.50', '1004,R3,2025-06-01,0'];
    for (let i = 0; i < 30; i++) lines.push(`${2000 + i},B${i % 10},2025-${String(1 + (i % 12)).padStart(2, '0')}-15,${10 + i}.00`);
    const diagnosis = await newPlan();
    await diagnosis.pasteCsv(lines.join('\n'));
    await diagnosis.useData();
    expect(await diagnosis.figure('customers_no_purchase')).toBe(2);
    const total = await diagnosis.figure('customers_total');
    const levels = await Promise.all(['pyramid_active', 'pyramid_inactive'].map((id) => diagnosis.figure(id)));
    expect((levels[0] ?? 0) + (levels[1] ?? 0) + 2).toBe(total);
    expect(levels[0]).toBe(11);
  });

  it('with a short history, offers the longest period in one click', async () => {
    const lines = ['cliente,fecha,importe'];
    for (let k = 0; k < 60; k++) {
      const day = new Date(Date.UTC(2025, 2, 10) + Math.floor((k * 285) / 59) * 86_400_000).toISOString().slice(0, 10);
      lines.push(`C${k % 12},${day},${20 + k}`);
    }
    const diagnosis = await newPlan();
    await diagnosis.pasteCsv(lines.join('\n'));
    await diagnosis.useData();
    expect(await diagnosis.figure('churn_rate')).toBeNull();
    await session.page.getByRole('button', { name: 'Usar periodos de 4 meses' }).click();
    await session.page.locator('[data-metric="churn_rate"]').waitFor();
    expect(await session.page.locator('#param-periodMonths').inputValue()).toBe('4');
  });
});
