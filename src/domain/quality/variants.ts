import { distance } from 'fastest-levenshtein';
import type { CustomerTable } from '../dataset';
import { applyCellEdits, type CellEdit, type CellEditError } from './cell-edits';
import { fingerprint, ngramFingerprint } from './fingerprints';
import type { ValueCount } from './profile';
import type { Result } from '../result';
import { collapseSpaces, foldText } from './text';
import { UnionFind } from './union-find';

export type VariantMethod = 'fingerprint' | 'ngram-fingerprint' | 'edit-distance';

/** Spellings of what is likely one value, with how many rows carry each. */
export interface VariantCluster {
  method: VariantMethod;
  /** The distinct spellings, exactly as written, most frequent first. */
  values: ValueCount[];
  /** The spelling proposed as canonical (see `suggestCanonical`). */
  suggested: string;
  /** Rows carrying any of the spellings. */
  rows: number;
}

export interface VariantOptions {
  /** n of the n-gram fingerprint. Default 2. */
  ngram?: number;
}

/** Edit-distance clustering compares values of at most this many characters (categorical values are short). */
const MAX_EDIT_LENGTH = 30;
const MIN_EDIT_LENGTH = 4;

/**
 * Clusters of variant spellings of the values of `column`, as OpenRefine does:
 * - `fingerprint`, `ngram-fingerprint`: values with the same key (see `fingerprints.ts`);
 * - `edit-distance`: values whose folded forms (lower case, no accents, spaces collapsed) are
 *   equal (under 5 characters: "Lugo" and "Lago" are two places), at most 1 edit apart (5
 *   characters) or 2 (from 6 on, so "Madird" ~ "Madrid"), joined transitively.
 *   Candidates come from deletion neighbourhoods (two forms within k edits share a form obtained
 *   by deleting at most k characters from each), so no pair within reach is missed and no
 *   all-pairs loop is run. Values with digits, shorter than 4 or longer than 30 characters are
 *   left out of this method: "28001" and "28002" are different values.
 * Empty cells are ignored. Clusters have at least two spellings; largest first.
 */
export function findVariantClusters(
  table: CustomerTable,
  column: number,
  method: VariantMethod,
  options: VariantOptions = {},
): VariantCluster[] {
  const counts = new Map<string, number>();
  for (const cells of table.rows) {
    const value = cells[column] ?? '';
    if (collapseSpaces(value) !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const values = [...counts.keys()];
  const groups =
    method === 'edit-distance'
      ? editDistanceGroups(values)
      : keyGroups(values, method === 'fingerprint' ? fingerprint : (value) => ngramFingerprint(value, options.ngram ?? 2));
  return groups
    .filter((group) => group.length > 1)
    .map((group) => {
      const members = group
        .map((value) => ({ value, count: counts.get(value) ?? 0 }))
        .sort((a, b) => b.count - a.count || compareText(a.value, b.value));
      return { method, values: members, suggested: suggestCanonical(members), rows: members.reduce((sum, m) => sum + m.count, 0) };
    })
    .sort((a, b) => b.rows - a.rows || compareText(a.suggested, b.suggested));
}

/**
 * The most frequent spelling; among equally frequent ones, prefer one already clean (no stray
 * spaces), then the one with more accented letters ("Málaga" over "Malaga"), then more capitals
 * ("Madrid" over "madrid"), then text order.
 */
export function suggestCanonical(values: readonly ValueCount[]): string {
  const score = (value: string): number[] => [
    collapseSpaces(value) === value ? 1 : 0,
    (value.normalize('NFD').match(/\p{M}/gu) ?? []).length,
    (value.match(/\p{Lu}/gu) ?? []).length,
  ];
  const best = [...values].sort((a, b) => {
    if (a.count !== b.count) return b.count - a.count;
    const [sa, sb] = [score(a.value), score(b.value)];
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sb[i] - sa[i];
    return compareText(a.value, b.value);
  });
  return best[0]?.value ?? '';
}

/** The user's decision on a cluster: the spellings to replace (those not taken out) and the value to write. */
export interface VariantChoice {
  values: readonly string[];
  canonical: string;
}

/**
 * A new table where every cell of `column` holding one of `choice.values` holds `canonical`, and the
 * edits made (undo them with `revertCellEdits`).
 */
export function applyVariantChoice(
  table: CustomerTable,
  column: number,
  choice: VariantChoice,
): Result<{ table: CustomerTable; edits: CellEdit[] }, CellEditError> {
  const replace = new Set(choice.values);
  const edits: CellEdit[] = [];
  table.rows.forEach((cells, row) => {
    const before = cells[column];
    if (before !== undefined && replace.has(before) && before !== choice.canonical) {
      edits.push({ row, column, before, after: choice.canonical });
    }
  });
  const applied = applyCellEdits(table, edits);
  return applied.ok ? { ok: true, value: { table: applied.value, edits } } : applied;
}

function keyGroups(values: readonly string[], keyOf: (value: string) => string): string[][] {
  const byKey = new Map<string, string[]>();
  for (const value of values) {
    const key = keyOf(value);
    if (key === '') continue;
    const group = byKey.get(key);
    if (group) group.push(value);
    else byKey.set(key, [value]);
  }
  return [...byKey.values()];
}

function editDistanceGroups(values: readonly string[]): string[][] {
  const folded = new Map<string, string[]>();
  for (const value of values) {
    const key = foldText(value);
    if (key.length < MIN_EDIT_LENGTH || key.length > MAX_EDIT_LENGTH || /\d/.test(key)) continue;
    const same = folded.get(key);
    if (same) same.push(value);
    else folded.set(key, [value]);
  }
  const keys = [...folded.keys()];
  const sets = new UnionFind(keys.length);
  const byDeletion = new Map<string, number[]>();
  keys.forEach((key, index) => {
    for (const variant of deletions(key, editsAllowed(key.length))) {
      const list = byDeletion.get(variant);
      if (list) list.push(index);
      else byDeletion.set(variant, [index]);
    }
  });
  const compared = new Set<number>();
  for (const indexes of byDeletion.values()) {
    for (let i = 0; i < indexes.length; i++) {
      for (let j = i + 1; j < indexes.length; j++) {
        const [a, b] = [indexes[i], indexes[j]];
        const pair = Math.min(a, b) * keys.length + Math.max(a, b);
        if (compared.has(pair)) continue;
        compared.add(pair);
        const allowed = editsAllowed(Math.min(keys[a].length, keys[b].length));
        if (Math.abs(keys[a].length - keys[b].length) <= allowed && distance(keys[a], keys[b]) <= allowed) sets.union(a, b);
      }
    }
  }
  const groups = new Map<number, string[]>();
  keys.forEach((key, index) => {
    const root = sets.find(index);
    const group = groups.get(root);
    if (group) group.push(...(folded.get(key) ?? []));
    else groups.set(root, [...(folded.get(key) ?? [])]);
  });
  return [...groups.values()];
}

/** Edits allowed between two spellings whose shorter folded form has `length` characters. */
function editsAllowed(length: number): number {
  return length < 5 ? 0 : length < 6 ? 1 : 2;
}

/** The text and every text made from it by deleting up to `depth` characters. */
function deletions(text: string, depth: number): Set<string> {
  const out = new Set<string>([text]);
  let frontier = [text];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const word of frontier) {
      for (let i = 0; i < word.length; i++) {
        const shorter = word.slice(0, i) + word.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
