import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

function find() {
  return CANDIDATES.find((path) => path && existsSync(path)) ?? null;
}

/** Debian's Chromium for the end-to-end tests; as root on Debian, installed when missing. */
export function findChromiumOrInstall() {
  const found = find();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian\'s chromium package…');
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils', { stdio: 'inherit' });
    } catch {
      return null;
    }
    return find();
  }
  return null;
}
