import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium-path';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    /** A folder for the files the tests write (downloads, files built to upload), removed at the end. */
    scratchDir: string;
  }
}

/** Serves the production build on 127.0.0.1 for the end-to-end tests. */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install it (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  if (!existsSync('dist/index.html')) throw new Error('No build in dist/: run `npm run build` first.');
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('chromiumPath', chromiumPath);
  const scratchDir = mkdtempSync(join(tmpdir(), 'fideliza-e2e-files-'));
  project.provide('scratchDir', scratchDir);
  return async () => {
    await server.close();
    rmSync(scratchDir, { recursive: true, force: true, maxRetries: 5 });
  };
}
