import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

function find() {
  return CANDIDATES.find((path) => path && existsSync(path)) ?? null;
}

/** Debian's Chromium for the end-to-end tests (with pdftoppm and pandoc, which read the documents back); as root on Debian, installed when missing. */
export function findChromiumOrInstall() {
  const found = find();
  if (found && existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/pandoc')) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian\'s chromium, poppler-utils and pandoc for the end-to-end tests…');
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils pandoc', { stdio: 'inherit' });
    } catch {
      return found;
    }
    return find();
  }
  return found;
}
