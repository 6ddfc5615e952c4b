import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/** Debian's Chromium, or the one CHROMIUM_PATH names; null when there is none. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    return execSync('command -v chromium || command -v chromium-browser', { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}
