import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateTransactionsCsv } from '../../bench/generate-transactions';
import { openSession, type Session } from './browser';
import { DiagnosisPage } from './pages/diagnosis-page';
import { PlansPage } from './pages/plans-page';

let session: Session;
let path = '';
afterEach(async () => {
  await session?.close();
  rmSync(path, { force: true });
});

type Seen = { __readProgress?: string[] };

describe('a sales file read in parts', () => {
  it('shows rows and megabytes as it reads, then the same review and figures as any file', async () => {
    // 200,000 rows, about 14 MB: several parts of 4 MB.
    path = join(tmpdir(), `${crypto.randomUUID()}-ventas.csv`);
    writeFileSync(path, generateTransactionsCsv(200_000, 5_000, 7, 'semicolon'));
    session = await openSession({ language: 'es' });
    const plans = new PlansPage(session.page, session.baseUrl);
    await plans.open();
    await plans.createPlan({ name: 'Archivo grande' });
    const diagnosis = new DiagnosisPage(session.page);
    await diagnosis.showImport();
    // Every progress text the page shows, however briefly.
    await session.page.evaluate(() => {
      const seen: string[] = [];
      (globalThis as Seen).__readProgress = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.read-progress')?.textContent?.trim();
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await diagnosis.uploadFile(path);
    const seen = await session.page.evaluate(() => (globalThis as Seen).__readProgress ?? []);
    expect(seen.length).toBeGreaterThan(0);
    for (const text of seen) expect(text).toMatch(/^[\d.]+ filas · \d+ de 14 MB$/);
    expect(await session.page.locator('section.review select:has(option[value=transactions])').inputValue()).toBe('transactions');
    await expect(session.page.locator('p.counts').textContent()).resolves.toContain('200.000');
    await diagnosis.useData();
    await diagnosis.showFigures('customers_total');
    expect(await diagnosis.figure('customers_total')).toBe(await customersIn(path));
  });
});

/** Distinct customer ids of the generated file, counted here in Node. */
async function customersIn(file: string): Promise<number> {
  const { readFileSync } = await import('node:fs');
  const ids = new Set(readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean).map((line) => line.split(';')[0]));
  return ids.size;
}
