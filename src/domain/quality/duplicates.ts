import type { CustomerTable } from '../dataset';
import type { Figures } from '../metric-ids';
import { fieldCell, personNameCell, rowCountry } from './customer-cells';
import { emailKey } from './email';
import { nameSimilarity } from './name-similarity';
import { nameTokens } from './person-name';
import { normalisePhone } from './phone';
import { normalisePostalCode } from './postal-code';
import { foldText } from './text';
import { UnionFind } from './union-find';

export type ExactMatchKind = 'same-id' | 'same-email' | 'same-phone';

/** Why two records were taken for one customer. */
export type MatchReason =
  | { kind: ExactMatchKind; key: string }
  | { kind: 'similar-name'; score: number; place: 'postal-code' | 'city'; key: string };

/** Two records of a group (row indexes, a < b) and every reason found for pairing them. */
export interface DuplicatePair {
  a: number;
  b: number;
  reasons: MatchReason[];
}

/** Records taken for one customer: the rows (ascending) and the pairs that joined them. */
export interface DuplicateGroup {
  members: number[];
  pairs: DuplicatePair[];
}

/** A key shared by more records than `maxBlockSize`: likely a placeholder ("0", "no@tiene.es"), not one customer. */
export interface SkippedBlock {
  kind: MatchReason['kind'];
  key: string;
  size: number;
}

export interface DuplicateReport {
  groups: DuplicateGroup[];
  skipped: SkippedBlock[];
  /** Name comparisons made: what blocking kept of the n·(n−1)/2 possible. */
  comparisons: number;
}

export interface DuplicateOptions {
  /** ISO alpha-2 country of the plan, for phones and postal codes of rows without a country. Default ES. */
  country?: string;
  /** Lowest name similarity (0–1, see `nameSimilarity`) that makes two names one. Default 0.85. */
  nameThreshold?: number;
  /** Blocks larger than this are not compared. Default 25. */
  maxBlockSize?: number;
}

/**
 * Duplicate records, found with blocking keys so that only records sharing a key are compared:
 * the same id (trimmed, any case); the same normalised e-mail; the same normalised phone; or
 * similar names (`nameSimilarity` ≥ threshold) with the same postal code or the same city.
 * Names are blocked by place plus one name word, and by place plus two name words; a one-word
 * block larger than `maxBlockSize` (a common surname in a big city) is left to the two-word blocks.
 * Pairs are joined transitively (union-find) into groups. Empty table: no groups.
 */
export function findDuplicates(table: CustomerTable, options: DuplicateOptions = {}): DuplicateReport {
  const country = options.country ?? 'ES';
  const threshold = options.nameThreshold ?? 0.85;
  const maxBlock = options.maxBlockSize ?? 25;
  const n = table.rows.length;
  const pairs = new Map<number, DuplicatePair>();
  const skipped: SkippedBlock[] = [];
  const addReason = (a: number, b: number, reason: MatchReason): void => {
    const id = a * n + b;
    const pair = pairs.get(id);
    if (pair) pair.reasons.push(reason);
    else pairs.set(id, { a, b, reasons: [reason] });
  };

  const exactKeys: [ExactMatchKind, (row: number) => string | null][] = [
    ['same-id', (row) => fieldCell(table, row, 'id').trim().toUpperCase() || null],
    ['same-email', (row) => emailKey(fieldCell(table, row, 'email'))],
    ['same-phone', (row) => normalisePhone(fieldCell(table, row, 'phone'), rowCountry(table, row, country))],
  ];
  const mapped = { 'same-id': 'id', 'same-email': 'email', 'same-phone': 'phone' } as const;
  for (const [kind, keyOf] of exactKeys) {
    if (table.mapping[mapped[kind]] === undefined) continue;
    for (const [key, rows] of blocks(n, (row, add) => add(keyOf(row)))) {
      if (rows.length < 2) continue;
      if (rows.length > maxBlock) {
        skipped.push({ kind, key, size: rows.length });
        continue;
      }
      eachPair(rows, (a, b) => addReason(a, b, { kind, key }));
    }
  }

  const comparisons = matchNames(table, country, threshold, maxBlock, skipped, addReason);
  return { groups: groupPairs(n, pairs), skipped, comparisons };
}

/** `duplicates` = the number of duplicate groups found. */
export function duplicateFigures(report: DuplicateReport): Figures {
  return { duplicates: report.groups.length };
}

function matchNames(
  table: CustomerTable,
  country: string,
  threshold: number,
  maxBlock: number,
  skipped: SkippedBlock[],
  addReason: (a: number, b: number, reason: MatchReason) => void,
): number {
  const n = table.rows.length;
  const hasPostal = table.mapping.postalCode !== undefined;
  const hasCity = table.mapping.city !== undefined;
  if (!hasPostal && !hasCity) return 0;
  const tokens: string[][] = new Array(n);
  const places: string[][] = new Array(n);
  for (let row = 0; row < n; row++) {
    tokens[row] = nameTokens(personNameCell(table, row));
    const own: string[] = [];
    const postal = hasPostal ? normalisePostalCode(fieldCell(table, row, 'postalCode'), rowCountry(table, row, country)) : '';
    if (postal !== '') own.push(`p:${postal}`);
    const city = hasCity ? foldText(fieldCell(table, row, 'city')) : '';
    if (city !== '') own.push(`c:${city}`);
    places[row] = own;
  }
  const compared = new Set<number>();
  let comparisons = 0;
  const compare = (key: string, rows: number[]): void => {
    const place = key.startsWith('p:') ? 'postal-code' : 'city';
    const placeKey = key.slice(2, key.indexOf('|'));
    eachPair(rows, (a, b) => {
      const id = a * n + b;
      if (compared.has(id)) return;
      compared.add(id);
      comparisons++;
      const score = nameSimilarity(tokens[a], tokens[b]);
      if (score >= threshold) addReason(a, b, { kind: 'similar-name', score, place, key: placeKey });
    });
  };
  // Two-word blocks first: small, and they cover one-word blocks that turn out too large.
  const byPair = blocks(n, (row, add) => {
    const t = tokens[row];
    if (t.length < 2) return;
    for (const place of places[row]) {
      for (let i = 0; i < t.length; i++) for (let j = i + 1; j < t.length; j++) add(`${place}|${t[i]}|${t[j]}`);
    }
  });
  for (const [key, rows] of byPair) {
    if (rows.length < 2) continue;
    if (rows.length > maxBlock) skipped.push({ kind: 'similar-name', key, size: rows.length });
    else compare(key, rows);
  }
  const byWord = blocks(n, (row, add) => {
    const t = tokens[row];
    if (t.length < 2) return;
    for (const place of places[row]) for (const token of t) add(`${place}|${token}`);
  });
  for (const [key, rows] of byWord) if (rows.length >= 2 && rows.length <= maxBlock) compare(key, rows);
  return comparisons;
}

/** Rows by key; `keysOf` calls `add` once per key of a row (null keys are ignored, a repeated key counts once per row). */
function blocks(n: number, keysOf: (row: number, add: (key: string | null) => void) => void): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  for (let row = 0; row < n; row++) {
    keysOf(row, (key) => {
      if (key === null) return;
      const rows = byKey.get(key);
      if (!rows) byKey.set(key, [row]);
      else if (rows[rows.length - 1] !== row) rows.push(row);
    });
  }
  return byKey;
}

function eachPair(rows: readonly number[], visit: (a: number, b: number) => void): void {
  for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) visit(rows[i], rows[j]);
}

function groupPairs(n: number, pairs: Map<number, DuplicatePair>): DuplicateGroup[] {
  const sets = new UnionFind(n);
  for (const pair of pairs.values()) sets.union(pair.a, pair.b);
  const byRoot = new Map<number, DuplicateGroup>();
  for (const pair of pairs.values()) {
    const root = sets.find(pair.a);
    let group = byRoot.get(root);
    if (!group) byRoot.set(root, (group = { members: [], pairs: [] }));
    group.pairs.push(pair);
  }
  for (let row = 0; row < n; row++) byRoot.get(sets.find(row))?.members.push(row);
  const groups = [...byRoot.values()];
  for (const group of groups) group.pairs.sort((x, y) => x.a - y.a || x.b - y.b);
  return groups.sort((x, y) => x.members[0] - y.members[0]);
}
