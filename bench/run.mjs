// `npm run bench`: builds the app, then runs every bench/*.bench.ts in turn; each prints its figures.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;

if (!run('npx', ['vite', 'build', '--logLevel', 'warn'])) process.exit(1);
// Minutes long, so run only when asked: `BENCH_DUCKDB_WASM=1 npm run bench` or `npm run bench -- duckdb`.
const optIn = (name) => name === 'duckdb-wasm.bench.ts' && process.env.BENCH_DUCKDB_WASM !== '1';
const benches = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => (only.length === 0 ? !optIn(name) : only.some((word) => name.includes(word))))
  .sort();
let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name}`);
  if (!run('npx', ['tsx', `bench/${name}`])) failed += 1;
}
// The published CDNOW figures, checked on the shared copy of the data where it sits beside the repo.
if (only.length === 0 && existsSync('../shared/data/cdnow/CDNOW_sample.txt')) {
  console.log('\n=== cdnow-check.ts');
  if (!run('npx', ['tsx', 'bench/cdnow-check.ts'])) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
