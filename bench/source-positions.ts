// Positions in the built scripts mapped back to the source, where the build left its source maps
// beside them (`npx vite build --sourcemap hidden`); without them, positions stay as built.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { BENCH_DIST } from './browser';

const maps = new Map<string, TraceMap | null>();

function mapOf(file: string): TraceMap | null {
  if (!maps.has(file)) {
    const path = join(BENCH_DIST, 'assets', `${file}.map`);
    maps.set(file, existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null);
  }
  return maps.get(file) ?? null;
}

/** `src/file.ts:line` (and the function's own name) for a 0-based line and column of a built file, or null. */
export function originalPosition(file: string, line: number, column: number): string | null {
  const map = mapOf(file);
  if (!map) return null;
  const found = originalPositionFor(map, { line: line + 1, column });
  if (!found.source) return null;
  // Sources read from the project root: src/…, or a package's own path under node_modules.
  const source = found.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
  return `${source}:${found.line}${found.name ? ` (${found.name})` : ''}`;
}
