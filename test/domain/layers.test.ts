import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOMAIN = resolve(import.meta.dirname, '../../src/domain');

/** Packages the domain may use: pure computation, the same in a page, a worker and Node. */
const PACKAGES = ['papaparse', 'valibot', 'fastest-levenshtein', '@stdlib/math-base-special-gammaln', '@stdlib/math-base-special-digamma'];

/** What only a page has: the document, its window and storage, layout. */
const PAGE_ONLY = /\b(?:window|document|navigator|localStorage|sessionStorage|indexedDB)\s*[.[]|\b(?:HTMLElement|ResizeObserver|requestAnimationFrame)\b/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const sources = files(DOMAIN).map((path) => ({ name: relative(DOMAIN, path), path, code: withoutComments(readFileSync(path, 'utf8')) }));

describe('src/domain is plain TypeScript', () => {
  it('has files to check', () => {
    expect(sources.length).toBeGreaterThan(100);
  });

  it.each(sources.map((s) => [s.name, s] as const))('%s imports only the domain and pure packages', (_, { path, code }) => {
    const specifiers = [
      ...code.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*'([^']+)'/gm),
      ...code.matchAll(/^\s*import\s*'([^']+)'/gm),
      ...code.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
    ].map((m) => m[1]);
    const outside = specifiers.filter((spec) =>
      spec.startsWith('.') ? relative(DOMAIN, resolve(dirname(path), spec)).startsWith('..') : !PACKAGES.includes(spec));
    expect(outside).toEqual([]);
  });

  it.each(sources.map((s) => [s.name, s] as const))('%s uses nothing only a page has', (_, { code }) => {
    expect(PAGE_ONLY.exec(code)?.[0] ?? null).toBeNull();
  });
});
