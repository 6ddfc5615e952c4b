/**
 * What «Try an example» costs (it runs in a worker, so the page stays responsive): generating
 * the sample files, reading them with the import, and the whole bundle (files, import,
 * diagnosis, plan content). Median of 5 runs after a warm-up. Run: npx tsx bench/sample.bench.ts
 */
import { importCsv } from '../src/domain/csv/import-csv';
import { epochDay } from '../src/domain/dates';
import { buildSampleBundle } from '../src/domain/sample/sample-bundle';
import { generateSampleData } from '../src/domain/sample/sample-data';

const today = epochDay(2026, 5, 20);

function median(run: () => void): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[2];
}

const data = generateSampleData({ lastDay: today - 1 });
const salesRows = data.transactions.text.split('\r\n').length - 2;
console.log(`sample files: ${salesRows} sales rows (${(data.transactions.text.length / 1e6).toFixed(2)} MB), ${data.people + data.duplicateRows} customer rows (${(data.customers.text.length / 1e6).toFixed(2)} MB)`);
console.log(`generate files        ${median(() => generateSampleData({ lastDay: today - 1 })).toFixed(0)} ms`);
console.log(`import both files     ${median(() => {
  importCsv(data.transactions.text, { today, language: 'es' });
  importCsv(data.customers.text, { today, language: 'es' });
}).toFixed(0)} ms`);
console.log(`whole bundle          ${median(() => buildSampleBundle({ language: 'es', today })).toFixed(0)} ms`);
