import { afterEach, describe, expect, it } from 'vitest';
import { openSession, screenshot, type Session } from './browser';
import { CustomerQualityPage } from './pages/customer-quality-page';
import { DiagnosisPage } from './pages/diagnosis-page';
import { PlansPage } from './pages/plans-page';

// A Spanish customer list with known faults (lines 2–9 of the file):
// lines 2 and 3 are one person (e-mail in capitals with spaces, name reordered without accents);
// lines 5 and 7 one person (phone written two ways, second surname added);
// «madrid » and «Madird» are «Madrid»; line 4's e-mail is invalid; line 8's name is a formula;
// line 9's postal code lost its leading zero.
const DIRTY_LIST = [
  'id_cliente;nombre_completo;email;telefono;direccion;poblacion;cp;sexo;forma_pago',
  'C001;María José Núñez Peña;mj.nunez@correo.es;612 345 678;C/ Mayor 5;Madrid;28013;M;Tarjeta',
  'C002;Nuñez Peña, Maria Jose; MJ.NUNEZ@CORREO.ES ;;Calle Mayor 5;madrid ;28013;;',
  'C003;Íñigo Sáez de Ibarra;inigo@@correo.es;944 123 456;Avda. de la Constitución 12;Bilbao;48001;H;Bizum',
  'C004;Rosa Vega;rosa.vega@correo.es;654123456;Plaza España 1;Madird;28008;M;Efectivo',
  'C005;Luis Gil;;+34 611 111 111;;Sevilla;41001;H;',
  'C006;Rosa Vega Ruiz;;654 12 34 56;Pza. España 1;Madrid;28008;;',
  'C007;=HYPERLINK("http://x.example");otro@correo.es;;C/ Sol 1;Madrid;28001;;',
  'C008;Begoña Ibáñez Muñoz;bego.ibanez@correo.es;688 776 655;Avda. Diagonal 120;Barcelona;8019;M;Tarjeta',
].join('\n');

let session: Session;
afterEach(async () => session?.close());

async function planWithDirtyList(language: 'es' | 'en', width?: number) {
  session = await openSession({ language, width });
  const plans = new PlansPage(session.page, session.baseUrl);
  await plans.open();
  await plans.createPlan({ name: language === 'es' ? 'Depuración de clientes' : 'Customer cleaning', company: 'Panaderías Sol' });
  const diagnosis = new DiagnosisPage(session.page);
  await diagnosis.pasteCsv(DIRTY_LIST);
  await diagnosis.useData();
  const quality = new CustomerQualityPage(session.page);
  await quality.ready();
  return { diagnosis, quality };
}

describe('cleaning the customers file', () => {
  it('merges a group and undoes it, applies a variant cluster, keeps the cleaning across a reload and exports it', async () => {
    const { diagnosis, quality } = await planWithDirtyList('es');
    await expect.poll(() => quality.baseOnceAt(8)).toBe('initial');
    await screenshot(session.page, 'quality-step-es');
    await quality.screenshot('quality-profile-es');
    await diagnosis.waitForFigure('customers_total', 8);
    // Figures and cleaning are two parts of step 1: back to the cleaning.
    await quality.ready();

    await quality.openTab(/^Duplicados/);
    await quality.group([2, 3]).waitFor();
    expect(await quality.figure('duplicates')).toBe(2);
    await quality.screenshot('quality-duplicates-es');
    await quality.mergeGroup([2, 3]);
    await expect.poll(() => quality.baseOnceAt(7)).toBe('cleaned');
    expect(await quality.figure('duplicates')).toBe(1);
    await diagnosis.waitForFigure('customers_total', 7);

    // Back in the cleaning, the merge is undone from the log (the toast went with the part).
    await quality.ready();
    await quality.openTab(/^Embudo/);
    await session.page.getByRole('button', { name: 'Deshacer el cambio 1' }).click();
    await expect.poll(() => quality.baseOnceAt(8)).toBe('initial');
    await diagnosis.waitForFigure('customers_total', 8);
    await quality.ready();
    await quality.openTab(/^Duplicados/);
    await quality.group([2, 3]).waitFor();

    await quality.openTab(/^Variantes/);
    await quality.findVariants();
    await quality.cluster('«Madrid» (5 filas)').waitFor();
    await quality.screenshot('quality-variants-es');
    await quality.applyCluster('«Madrid» (5 filas)');
    await session.page.getByText('«Madrid» escrito en 2 filas.').waitFor();
    await expect.poll(() => quality.baseOnceAt(8)).toBe('cleaned');

    await session.page.reload();
    await quality.ready();
    await expect.poll(() => quality.baseOnceAt(8)).toBe('cleaned');
    await quality.openTab(/^Embudo/);
    await expect.poll(() => quality.logRows().count()).toBe(3);
    expect(await quality.logRows().evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-action'), row.classList.contains('undone')]))).toEqual([
      ['merge', true], ['undo', false], ['variants', false],
    ]);
    expect(await quality.figure('records_initial')).toBe(8);
    expect(await quality.figure('records_final')).toBe(8);
    await quality.screenshot('quality-funnel-es');
    // the merge undone before the reload can be made again: the group is there
    await quality.openTab(/^Duplicados/);
    await quality.group([2, 3]).waitFor();

    const { bytes, name } = await quality.exportList();
    expect(name).toBe('Texto pegado - base depurada.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('id_cliente;nombre_completo;email;telefono;direccion;poblacion;cp;sexo;forma_pago');
    expect(lines).toHaveLength(10);
    expect(lines[4]).toBe('C004;Rosa Vega;rosa.vega@correo.es;654123456;Plaza España 1;Madrid;28008;M;Efectivo');
    expect(lines[5]).toBe("C005;Luis Gil;;'+34 611 111 111;;Sevilla;41001;H;");
    expect(lines[7]).toBe(`C007;"'=HYPERLINK(""http://x.example"")";otro@correo.es;;C/ Sol 1;Madrid;28001;;`);
    expect(lines[2]).toBe('C002;Nuñez Peña, Maria Jose; MJ.NUNEZ@CORREO.ES ;;Calle Mayor 5;Madrid;28013;;');

    // what was done before the reload can still be undone
    await quality.openTab(/^Embudo/);
    await session.page.getByRole('button', { name: 'Deshacer el cambio 3' }).click();
    await expect.poll(() => quality.baseOnceAt(8)).toBe('initial');
    await expect.poll(() => quality.logRows().count()).toBe(4);
  });

  it('carries the cleaning to a new version of the file when asked', async () => {
    const { quality } = await planWithDirtyList('es');
    await quality.openTab(/^Duplicados/);
    await quality.mergeGroup([5, 7]);
    await expect.poll(() => quality.baseOnceAt(7)).toBe('cleaned');

    const diagnosis = new DiagnosisPage(session.page);
    await diagnosis.pasteCsv(`${DIRTY_LIST}\nC009;Ana Gil;ana.gil@correo.es;;C/ Luna 2;Cádiz;11001;M;`);
    await diagnosis.useData();
    await quality.ready();
    await session.page.getByRole('heading', { name: 'Has sustituido el archivo de clientes' }).waitFor();
    await expect.poll(() => quality.baseOnceAt(9)).toBe('initial');
    await quality.screenshot('quality-reimport-es');
    await session.page.getByRole('button', { name: 'Aplicarla al archivo nuevo' }).click();
    await expect.poll(() => quality.baseOnceAt(8)).toBe('cleaned');
    await session.page.getByText('Cambios de la depuración anterior aplicados: 1; no encajaban en el archivo nuevo: 0.').waitFor();
  });

  it('reads in English, and fits a phone', async () => {
    const { quality } = await planWithDirtyList('en');
    await expect.poll(() => quality.baseOnceAt(8)).toBe('initial');
    await screenshot(session.page, 'quality-step-en');
    await quality.screenshot('quality-profile-en');
    await quality.openTab(/^Data levels/);
    expect(await quality.figure('data_level_1')).toBe(7);
    await quality.screenshot('quality-levels-en');
    await quality.openTab(/^Normalisation/);
    await session.page.getByRole('checkbox', { name: /Street type in full/ }).waitFor();
    await quality.screenshot('quality-normalise-en');
    await quality.openTab(/^Duplicates/);
    await quality.mergeGroup([2, 3]);
    await quality.openTab(/^Funnel/);
    expect(await quality.figure('records_final')).toBe(7);
    await quality.screenshot('quality-funnel-en');
    await session.page.setViewportSize({ width: 375, height: 800 });
    await quality.openTab(/^Duplicates/);
    await quality.group([5, 7]).waitFor();
    await quality.screenshot('quality-duplicates-phone-en');
    const overflow = await session.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
