import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const REPORT = join(SRC, 'report');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

function specifiers(path: string): string[] {
  const code = withoutComments(readFileSync(path, 'utf8'));
  return [
    ...code.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*'([^']+)'/gm),
    ...code.matchAll(/^\s*import\s*'([^']+)'/gm),
    ...code.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
  ].map((m) => m[1]);
}

const reportFiles = files(REPORT);

describe('src/report builds documents from the plan, not from the screens', () => {
  it('has files to check', () => {
    expect(reportFiles.length).toBeGreaterThan(20);
  });

  it('holds no Svelte component', () => {
    expect(reportFiles.filter((f) => f.endsWith('.svelte')).map((f) => relative(SRC, f))).toEqual([]);
  });

  it.each(reportFiles.map((f) => [relative(SRC, f), f] as const))('%s imports no step and no Svelte', (_, path) => {
    const bad = specifiers(path).filter((spec) => {
      if (spec === 'svelte' || spec.startsWith('svelte/') || /\.svelte(?:\.ts)?$/.test(spec)) return true;
      return spec.startsWith('.') && relative(SRC, resolve(dirname(path), spec)).startsWith('steps');
    });
    expect(bad).toEqual([]);
  });
});
