/**
 * The customer-database quality engine on a generated Spanish list of 100,000 records with known
 * faults: profiling, duplicate detection (target: under 5 s in the browser, so about 2 s here),
 * normalisation preview, variant clustering of the city column, merging every group found (and
 * undoing it), and the precision and recall of
 * duplicate detection against the list's ground truth. Medians of 3 runs.
 * Run: npx tsx bench/quality.bench.ts [records]
 */
import { dirtyCustomers } from '../test/generators/dirty-customers';
import { findDuplicates, type DuplicateReport } from '../src/domain/quality/duplicates';
import { applyMerges, proposeMerges, undoMerges } from '../src/domain/quality/merge';
import { proposeNormalisation } from '../src/domain/quality/normalise';
import { profileTable } from '../src/domain/quality/profile';
import { findVariantClusters } from '../src/domain/quality/variants';

const records = Number(process.argv[2] ?? 100_000);
const RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

function measure<T>(label: string, work: () => T): T {
  const runs = Array.from({ length: RUNS }, () => timed(work));
  console.log(`${label.padEnd(34)} ${median(runs.map((r) => r.ms)).toFixed(0).padStart(6)} ms   (runs: ${runs.map((r) => r.ms.toFixed(0)).join(', ')})`);
  return runs[0].value;
}

function pairScores(report: DuplicateReport, truthPairs: [number, number][], n: number) {
  const truth = new Set(truthPairs.map(([a, b]) => a * n + b));
  const found = new Set<number>();
  for (const { members } of report.groups) {
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) found.add(members[i] * n + members[j]);
  }
  let right = 0;
  for (const pair of found) if (truth.has(pair)) right++;
  return { truth: truth.size, found: found.size, precision: right / found.size, recall: right / truth.size };
}

const generated = timed(() => dirtyCustomers({ records, seed: 2024 }));
const { table, duplicatePairs } = generated.value;
console.log(`generated ${records.toLocaleString('en')} records in ${generated.ms.toFixed(0)} ms (${duplicatePairs.length.toLocaleString('en')} true duplicate pairs)`);

const profile = measure('profile (12 columns)', () => profileTable(table));
const report = measure('duplicates (id, email, phone, name)', () => findDuplicates(table));
const both = measure('profile + duplicates', () => [profileTable(table), findDuplicates(table)] as const);
const changes = measure('normalisation preview', () => proposeNormalisation(table));
const cityColumn = table.mapping.city as number;
const clusters = measure('city variants, edit distance', () => findVariantClusters(table, cityColumn, 'edit-distance'));

const merged = measure('merge every group, then undo', () => {
  const plans = proposeMerges(table, report.groups.map((group) => group.members));
  const applied = applyMerges(table, plans);
  if (!applied.ok) throw new Error(applied.error.code);
  const undone = undoMerges(applied.value.table, applied.value.undo);
  if (!undone.ok) throw new Error(undone.error.code);
  return applied.value.table.rows.length;
});

const scores = pairScores(report, duplicatePairs, table.rows.length);
console.log('');
console.log(`invalid emails: ${profile.find((p) => p.field === 'email')?.invalidRows.length}, invalid phones: ${profile.find((p) => p.field === 'phone')?.invalidRows.length}`);
console.log(`duplicate groups: ${report.groups.length}, name comparisons: ${report.comparisons.toLocaleString('en')} (all pairs: ${((records * (records - 1)) / 2).toLocaleString('en')}), skipped blocks: ${report.skipped.length}`);
console.log(`duplicate pairs: true ${scores.truth}, found ${scores.found}, precision ${scores.precision.toFixed(4)}, recall ${scores.recall.toFixed(4)}`);
console.log(`normalisation: ${changes.length.toLocaleString('en')} cells to change; city clusters: ${clusters.length}; records after merging: ${merged.toLocaleString('en')}`);
void both;
