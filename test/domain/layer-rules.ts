import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const SRC = resolve(import.meta.dirname, '../../src');

/** A source file: its path from src/ (`steps/objectives/ObjectivesStep.svelte`) and its code. */
export interface Source {
  name: string;
  code: string;
}

/** One import of a file: as written, and for a relative one the path it reaches from src/. */
export interface Import {
  spec: string;
  target: string | null;
}

export interface LayerRule {
  /** What the rule says, as the test names it. */
  title: string;
  /** The files the rule is about. */
  applies: (name: string) => boolean;
  /** Why this import breaks the rule, or null when it does not. */
  forbids: (from: string, imported: Import) => string | null;
  /** Files of these types may not be in the layer at all. */
  noFiles?: RegExp;
  /** Code that must not appear in the layer (what only a page has). */
  noCode?: RegExp;
}

/** Packages the domain may use: pure computation, the same in a page, a worker and Node. */
const DOMAIN_PACKAGES = ['papaparse', 'valibot', 'fastest-levenshtein', '@stdlib/math-base-special-gammaln', '@stdlib/math-base-special-digamma'];

/** What only a page has: the document, its window and storage, layout. */
export const PAGE_ONLY = /\b(?:window|document|navigator|localStorage|sessionStorage|indexedDB)\s*[.[]|\b(?:HTMLElement|ResizeObserver|requestAnimationFrame)\b/;

/** The folders that make up the screens. */
const SCREEN = ['steps', 'components', 'pages', 'plans', 'state', 'App.svelte', 'main.ts'];

const layer = (path: string | null) => path?.split('/')[0] ?? null;
const isSvelte = ({ spec }: Import) => spec === 'svelte' || spec.startsWith('svelte/') || /\.svelte(?:\.ts)?$/.test(spec);
const stepOf = (path: string | null) => (path?.startsWith('steps/') && path.split('/').length > 2 ? path.split('/')[1] : null);

function reaches(imported: Import, layers: readonly string[]): string | null {
  const to = layer(imported.target);
  return to !== null && layers.includes(to) ? `reaches src/${to}` : null;
}

export const LAYER_RULES: readonly LayerRule[] = [
  {
    title: 'the domain imports only the domain and pure packages (no UI, storage or charts)',
    applies: (name) => layer(name) === 'domain',
    forbids: (_, imported) => {
      if (imported.target !== null) return layer(imported.target) === 'domain' ? null : `reaches src/${layer(imported.target)}`;
      return DOMAIN_PACKAGES.includes(imported.spec) ? null : `uses the package ${imported.spec}`;
    },
    noFiles: /\.svelte(?:\.ts)?$/,
    noCode: PAGE_ONLY,
  },
  {
    title: 'storage knows no screen (no step, component, page, state, chart, document or Svelte)',
    applies: (name) => layer(name) === 'storage',
    forbids: (_, imported) => (isSvelte(imported) ? 'uses Svelte' : reaches(imported, [...SCREEN, 'charts', 'report', 'i18n'])),
    noFiles: /\.svelte(?:\.ts)?$/,
  },
  {
    title: 'charts are pure option builders (no Svelte, page, storage or screen)',
    applies: (name) => layer(name) === 'charts',
    forbids: (_, imported) => {
      if (isSvelte(imported)) return 'uses Svelte';
      if (imported.spec === 'dexie') return 'uses storage';
      return reaches(imported, [...SCREEN, 'storage', 'workers', 'report']);
    },
    noFiles: /\.svelte(?:\.ts)?$/,
    noCode: PAGE_ONLY,
  },
  {
    title: 'documents (src/report) import no step and no Svelte',
    applies: (name) => layer(name) === 'report',
    forbids: (_, imported) => (isSvelte(imported) ? 'uses Svelte' : reaches(imported, ['steps'])),
    noFiles: /\.svelte(?:\.ts)?$/,
  },
  {
    title: 'shared components import no step',
    applies: (name) => layer(name) === 'components',
    forbids: (_, imported) => reaches(imported, ['steps']),
  },
  {
    title: 'a step imports no other step',
    applies: (name) => stepOf(name) !== null,
    forbids: (from, imported) => {
      const other = stepOf(imported.target);
      return other !== null && other !== stepOf(from) ? `reaches the step ${other}` : null;
    },
  },
];

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** Every import and re-export of a file, static or dynamic. */
export function importsOf(source: Source): Import[] {
  const code = withoutComments(source.code);
  const specs = [
    ...code.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*'([^']+)'/gm),
    ...code.matchAll(/^\s*import\s*'([^']+)'/gm),
    ...code.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
  ].map((m) => m[1]);
  return specs.map((spec) => ({
    spec,
    target: spec.startsWith('.') ? relative(SRC, resolve(SRC, dirname(source.name), spec)) : null,
  }));
}

/** What in these files breaks the rule, one line each (`file: import — why`); empty when nothing does. */
export function breaches(rule: LayerRule, sources: readonly Source[]): string[] {
  return sources.filter((s) => rule.applies(s.name)).flatMap((source) => {
    const found: string[] = [];
    if (rule.noFiles?.test(source.name)) found.push(`${source.name}: is a file this layer may not hold`);
    const code = rule.noCode?.exec(withoutComments(source.code))?.[0];
    if (code) found.push(`${source.name}: uses ${code.trim()}`);
    for (const imported of importsOf(source)) {
      const why = rule.forbids(source.name, imported);
      if (why) found.push(`${source.name}: ${imported.spec} — ${why}`);
    }
    return found;
  });
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Every TypeScript and Svelte file of src/. */
export function sourceFiles(): Source[] {
  return files(SRC)
    .filter((path) => /\.(?:ts|svelte)$/.test(path))
    .map((path) => ({ name: relative(SRC, path), code: readFileSync(path, 'utf8') }));
}
