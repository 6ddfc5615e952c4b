import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const SCREENSHOT_DIR = 'test-results';

/** A path in the run's scratch folder, removed once every test has run. */
export function scratchPath(name: string): string {
  return join(inject('scratchDir'), name);
}

export interface Session {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Every URL the pages asked for, to check that nothing leaves the origin. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A fresh Chromium profile (empty IndexedDB) in the given interface language, or the given
 * `profile` folder again (kept on close), as after a browser restart.
 */
export async function openSession(options: { language?: 'es' | 'en'; width?: number; profile?: string } = {}): Promise<Session> {
  const baseUrl = inject('baseUrl');
  const userDataDir = options.profile ?? mkdtempSync(join(tmpdir(), 'fideliza-e2e-'));
  const language = options.language ?? 'es';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: inject('chromiumPath'),
    headless: true,
    locale: language === 'es' ? 'es-ES' : 'en-GB',
    viewport: { width: options.width ?? 1280, height: 900 },
    acceptDownloads: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', `--lang=${language === 'es' ? 'es-ES' : 'en-GB'}`,
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('page error:', error));
  return {
    context,
    page,
    baseUrl,
    requests,
    async close() {
      await context.close();
      if (!options.profile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
