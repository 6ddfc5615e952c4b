// How long typing is exposed to a killed browser: from the keystroke until the tab's draft is
// durable in IndexedDB (the app writes it at once, with strict durability, in its own small
// transaction; the full save of the plan stays debounced). Measured in headless Chromium through
// the app, beside a floor taken in the same run: one bare strict-durability write of a record of
// the same size, followed by the same read that sees it.
// Run `npm run build` first; then: npx tsx bench/draft-window.bench.ts [tries]
import { PlansPage } from '../test/e2e/pages/plans-page';
import { openBenchBrowser } from './browser';

const tries = Number(process.argv[2] ?? 30);
const browser = await openBenchBrowser();
const page = browser.page;
const plans = new PlansPage(page, browser.baseUrl);
await plans.open();
await plans.createPlan({ name: 'Bench borrador' });
const label = '¿Quiénes son tus clientes actuales?';
await page.getByLabel(label).waitFor();
// tsx names the functions passed to the page with a helper the page does not have.
await page.evaluate('globalThis.__name = (f) => f');

/** Milliseconds from a keystroke in the field until a read of the drafts store sees it. */
async function keystrokeToDraft(text: string): Promise<number> {
  return page.evaluate(
    async ({ label, text }) => {
      const field = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === label)?.control as HTMLTextAreaElement;
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('fideliza');
        open.onsuccess = () => resolve(open.result);
      });
      const seen = () =>
        new Promise<boolean>((resolve) => {
          const all = db.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => resolve(JSON.stringify(all.result).includes(text));
        });
      const start = performance.now();
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      while (!(await seen()));
      const elapsed = performance.now() - start;
      db.close();
      return elapsed;
    },
    { label, text },
  );
}

/** The platform's floor: a bare strict write of a record of the same size, and the read that sees it. */
async function bareWrite(text: string): Promise<number> {
  return page.evaluate(async (text) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('bench-floor', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('drafts', { keyPath: 'id' });
      open.onsuccess = () => resolve(open.result);
    });
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const tx = db.transaction('drafts', 'readwrite', { durability: 'strict' });
      tx.objectStore('drafts').put({ id: 'one', at: Date.now(), edits: { 'fields.diagnosis.whoAreCustomers': { base: '', value: text } } });
      tx.oncomplete = () => resolve();
    });
    await new Promise<void>((resolve) => {
      db.transaction('drafts').objectStore('drafts').get('one').onsuccess = () => resolve();
    });
    const elapsed = performance.now() - start;
    db.close();
    return elapsed;
  }, text);
}

const windows: number[] = [];
const floors: number[] = [];
for (let i = 0; i < tries; i++) {
  const text = `Clientes del barrio, prueba ${i} ${'x'.repeat(200)}`;
  windows.push(await keystrokeToDraft(text));
  floors.push(await bareWrite(text));
}
await browser.close();

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const show = (values: number[]) => `median ${quantile(values, 0.5).toFixed(1)} ms, p95 ${quantile(values, 0.95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;
console.log(`Keystroke → durable draft, ${tries} tries: ${show(windows)}`);
console.log(`Floor (bare strict write + read, same run): ${show(floors)}`);
console.log(`Full save of the plan: debounced 600 ms after the last keystroke (unchanged), no longer part of the window.`);
