import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser';
import { DiagnosisPage } from './pages/diagnosis-page';
import { PlansPage } from './pages/plans-page';

let session: Session;
const files: string[] = [];
afterEach(async () => {
  await session?.close();
  for (const file of files.splice(0)) rmSync(file, { force: true });
});

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(tmpdir(), `${crypto.randomUUID()}-${name}`);
  files.push(path);
  writeFileSync(path, bytes);
  return path;
}

async function onStepOne(): Promise<DiagnosisPage> {
  session = await openSession({ language: 'es' });
  const plans = new PlansPage(session.page, session.baseUrl);
  await plans.open();
  await plans.createPlan({ name: 'Archivos raros' });
  return new DiagnosisPage(session.page);
}

describe('CSV files built to hurt', () => {
  it('reviews a CSV of 10,000 columns showing the first ones and a note, and still uses it', async () => {
    const diagnosis = await onStepOne();
    const extra = Array.from({ length: 9_997 }, (_, i) => `extra${i + 1}`);
    const rows = [['cliente', 'fecha', 'importe', ...extra].join(';')];
    for (let r = 1; r <= 30; r++) rows.push([`C${r % 7}`, `2024-0${1 + (r % 9)}-1${r % 10}`, `${r},50`, ...extra.map(() => r)].join(';'));
    await diagnosis.uploadFile(file('ancho.csv', rows.join('\n')));
    await session.page.getByText('El archivo tiene 10.000 columnas: aquí se muestran las 60 primeras').waitFor();
    expect(await session.page.locator('table.mapping tbody tr').count()).toBe(60);
    expect(await session.page.locator('table.preview thead th').count()).toBe(60);
    await session.page.locator('[aria-labelledby="review-title"]').screenshot({ path: 'test-results/csv-wide-review-es.png' });
    await diagnosis.useData();
  });

  it('says which lines of a file mixing UTF-8 and Windows-1252 are read wrongly', async () => {
    const diagnosis = await onStepOne();
    const latin = (text: string) => Buffer.from(text, 'latin1');
    const bytes = Buffer.concat([
      latin('cliente;fecha;importe\n'),
      latin('Peña;2024-01-02;10\n'),
      Buffer.from('José 1;2024-01-03;12\n', 'utf8'),
      latin('Muñoz;2024-01-04;15\n'),
      Buffer.from('Íñigo;2024-01-05;9\n', 'utf8'),
    ]);
    await diagnosis.uploadFile(file('mezcla.csv', bytes));
    const note = session.page.locator('[data-misread-lines]');
    await note.waitFor();
    expect(await note.getAttribute('data-misread-lines')).toBe('3,5');
    expect(await note.innerText()).toContain('«JosÃ©» debería ser «José»');
    await session.page.locator('[aria-labelledby="review-title"]').screenshot({ path: 'test-results/csv-mixed-encodings-review-es.png' });
  });

  it('refuses a CSV with a NUL byte far past its first 64 KB as not text', async () => {
    const diagnosis = await onStepOne();
    const lines = ['cliente;fecha;importe'];
    for (let r = 0; r < 8_000; r++) lines.push(`C${r};2024-01-${String(1 + (r % 28)).padStart(2, '0')};${r % 90}`);
    const bytes = Buffer.from(`${lines.join('\n')}\n`);
    bytes[bytes.length - 40] = 0;
    expect(bytes.length).toBeGreaterThan(100_000);
    await diagnosis.uploadFile(file('nulo.csv', bytes));
    expect(await diagnosis.importError().getAttribute('data-import-error')).toBe('binary');
    await session.page.getByText('El archivo no es texto CSV').waitFor();
  });
});
