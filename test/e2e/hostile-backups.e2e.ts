import { createWriteStream, rmSync, writeFileSync } from 'node:fs';
import { truncate } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, scratchPath, screenshot, type Session } from './browser';
import { PlansPage } from './pages/plans-page';

let session: Session;
const files: string[] = [];
afterEach(async () => {
  await session?.close();
  for (const file of files.splice(0)) rmSync(file, { force: true });
});

/** 2 GiB of zeros, gzipped to about 2 MB, written as a stream. */
async function zeroBomb(path: string): Promise<void> {
  const chunk = Buffer.alloc(1 << 20);
  const chunks = function* () {
    for (let i = 0; i < 2048; i++) yield chunk;
  };
  await pipeline(Readable.from(chunks()), createGzip({ level: 9 }), createWriteStream(path));
}

describe('backup files built to hurt', () => {
  it('refuses a zip bomb, a file lying about its size and a huge JSON off the page, changing nothing', async () => {
    session = await openSession({ language: 'es' });
    const page = session.page;
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const plans = new PlansPage(page, session.baseUrl);
    await plans.open();
    await plans.createPlan({ name: 'Intacto' });
    await plans.open();
    const input = page.locator('input[type=file]');
    const failure = page.locator('.notice.failure');

    const bomb = scratchPath(`${crypto.randomUUID()}-bomba.fideliza`);
    files.push(bomb);
    await zeroBomb(bomb);
    await input.setInputFiles(bomb);
    await failure.getByText('La copia es demasiado grande: sin comprimir ocupa más de 256 MB').waitFor();
    await screenshot(page, 'backup-too-large-es');
    expect(workers.some((url) => url.includes('backup.worker'))).toBe(true);

    // 64 MB of zeros declaring 1 KB: decompression stops at the declared size.
    const liar = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    liar.writeUInt32LE(1000, liar.length - 4);
    const liarPath = scratchPath(`${crypto.randomUUID()}-mentirosa.fideliza`);
    files.push(liarPath);
    writeFileSync(liarPath, liar);
    await input.setInputFiles(liarPath);
    await failure.getByText('El archivo está dañado o incompleto').waitFor();

    const huge = scratchPath(`${crypto.randomUUID()}-enorme.json`);
    files.push(huge);
    writeFileSync(huge, '{"app":"fideliza-backup","version":1,"plans":[');
    await truncate(huge, 300 * 1024 * 1024);
    await input.setInputFiles(huge);
    await failure.getByText('La copia es demasiado grande').waitFor();
    await failure.getByText('enorme.json').waitFor();

    expect(await plans.planNames()).toEqual(['Intacto']);
  });
});
