// Runs every check of the project and ends with one line: "N passed, N failed".
// Type check (svelte-check), production build, then unit, component and end-to-end tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { findChromiumOrInstall } from './chromium-install.mjs';

const REPORT = 'test-results/vitest-report.json';
let passed = 0;
let failed = 0;

function run(command, args) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', shell: false }).status === 0;
}

function step(name, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.error(`✗ ${name} failed`);
  }
  return ok;
}

mkdirSync('test-results', { recursive: true });
const chromium = findChromiumOrInstall();
if (chromium) process.env.CHROMIUM_PATH = chromium;

step('svelte-check', run('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']));
const built = step('build', run('npx', ['vite', 'build', '--logLevel', 'warn']));

const projects = built && chromium ? [] : ['--project', 'unit'];
if (!chromium) {
  console.error('\nNo Chromium found: the end-to-end tests cannot run. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  failed += 1;
}
run('npx', ['vitest', 'run', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`]);
if (existsSync(REPORT)) {
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numTotalTestSuites > 0 && !report.success && report.numFailedTests === 0 ? 1 : 0);
} else {
  step('vitest', false);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
