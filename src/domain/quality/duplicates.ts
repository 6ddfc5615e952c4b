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
 * similar names (`nameSimilarity` ≥ threshold) with the same postal code, or the same city when
 * one of the two has no postal code (two different postal codes are two different places) and
 * both names have as many words. Names are compared only within a place, and there only when
 * they share two words, or one word for two-word names (see `nameKeys`): a typo in a name of
 * three words leaves two in common. A block larger than `maxBlockSize` is not compared (for an
 * exact key: likely a placeholder, reported in `skipped`). Pairs are joined transitively
 * (union-find) into groups. Cost: about linear in rows for lists of people spread over many
 * postal codes. Empty table: no groups.
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
    const byKey = new Map<string, number[]>();
    for (let row = 0; row < n; row++) {
      const key = keyOf(row);
      if (key !== null) push(byKey, key, row);
    }
    for (const [key, rows] of byKey) {
      if (rows.length < 2) continue;
      if (rows.length > maxBlock) {
        skipped.push({ kind, key, size: rows.length });
        continue;
      }
      for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) addReason(rows[i], rows[j], { kind, key });
    }
  }

  const comparisons = matchNames(table, country, threshold, maxBlock, skipped, addReason);
  return { groups: groupPairs(n, pairs.values()), skipped, comparisons };
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
  const names: NameIndex = { tokens: new Array(n), ids: new Array(n), vocabulary: new Map() };
  const postalCodes: string[] = new Array(n);
  const byPostal = new Map<string, number[]>();
  const byCity = new Map<string, number[]>();
  for (let row = 0; row < n; row++) {
    const tokens = nameTokens(personNameCell(table, row));
    names.tokens[row] = tokens;
    names.ids[row] = tokens.map((token) => {
      let id = names.vocabulary.get(token);
      if (id === undefined) names.vocabulary.set(token, (id = names.vocabulary.size));
      return id;
    });
    const postal = hasPostal ? normalisePostalCode(fieldCell(table, row, 'postalCode'), rowCountry(table, row, country)) : '';
    postalCodes[row] = postal;
    if (tokens.length < 2) continue;
    if (postal !== '') push(byPostal, postal, row);
    const city = hasCity ? foldText(fieldCell(table, row, 'city')) : '';
    if (city !== '') push(byCity, city, row);
  }
  let comparisons = 0;
  const seen = new Int32Array(n).fill(-1);
  const compare = (a: number, b: number, place: 'postal-code' | 'city', key: string): void => {
    comparisons++;
    const score = nameSimilarity(names.tokens[a], names.tokens[b]);
    if (score >= threshold) addReason(Math.min(a, b), Math.max(a, b), { kind: 'similar-name', score, place, key });
  };

  for (const [postal, rows] of byPostal) {
    const keys = rows.map((row) => nameKeys(names, row, false));
    const index = blockIndex(rows, keys);
    for (const [key, block] of index) {
      if (key >= 0 && block.length > maxBlock) skipped.push({ kind: 'similar-name', key: `${postal}|${describeKey(key, names)}`, size: block.length });
    }
    rows.forEach((a, i) => {
      for (const key of keys[i]) {
        const block = index.get(key) as number[];
        if (block.length > maxBlock) continue;
        for (const b of block) {
          if (b <= a || seen[b] === a) continue;
          seen[b] = a;
          compare(a, b, 'postal-code', postal);
        }
      }
    });
  }

  // By city, only pairs where one of the two has no postal code: two postal codes are two places.
  for (const [city, rows] of byCity) {
    const loose = rows.filter((row) => postalCodes[row] === '');
    if (loose.length === 0) continue;
    const index = blockIndex(loose, loose.map((row) => nameKeys(names, row, true)));
    for (const a of rows) {
      const aLoose = postalCodes[a] === '';
      for (const key of nameKeys(names, a, true)) {
        const block = index.get(key);
        if (!block || block.length > maxBlock) continue;
        for (const b of block) {
          if (b === a || (aLoose && b < a) || seen[b] === a) continue;
          seen[b] = a;
          compare(a, b, 'city', city);
        }
      }
    }
  }
  return comparisons;
}

interface NameIndex {
  /** Name words of each row (see `nameTokens`). */
  tokens: string[][];
  /** The same words as numbers, for blocking keys. */
  ids: number[][];
  vocabulary: Map<string, number>;
}

/**
 * Blocking keys of a row's name within one place, as numbers: each two of its words (≥ 0), and,
 * for a two-word name, each word (< 0). Names of three words or more that differ by a typo still
 * share two words; a two-word name with a typo shares one. In a postal code, a name may be another
 * less some words: they share two-word keys. In a city (`sameLength`), a wide place, names must
 * have as many words, so the count is part of the two-word keys: a name missing a word is too
 * weak a clue there.
 */
function nameKeys(names: NameIndex, row: number, sameLength: boolean): number[] {
  const ids = names.ids[row];
  const size = names.vocabulary.size + 1;
  const base = sameLength ? ids.length * size * size : 0;
  const keys: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) keys.push(base + Math.min(ids[i], ids[j]) * size + Math.max(ids[i], ids[j]));
  }
  if (ids.length === 2) for (const id of ids) keys.push(-(id + 1));
  return keys;
}

/** Rows by blocking key; `keys[i]` are the keys of `rows[i]`. */
function blockIndex(rows: readonly number[], keys: readonly number[][]): Map<number, number[]> {
  const index = new Map<number, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    for (const key of keys[i]) {
      const block = index.get(key);
      if (!block) index.set(key, [row]);
      else if (block[block.length - 1] !== row) block.push(row);
    }
  }
  return index;
}

/** The two words of a postal-code pair key, for reporting a skipped block. */
function describeKey(key: number, names: NameIndex): string {
  const size = names.vocabulary.size + 1;
  const words = [...names.vocabulary.keys()];
  return `${words[Math.floor(key / size)]}|${words[key % size]}`;
}

function push(map: Map<string, number[]>, key: string, row: number): void {
  const rows = map.get(key);
  if (rows) rows.push(row);
  else map.set(key, [row]);
}

/** Pairs joined transitively into groups (rows of `n`), each group's pairs sorted, groups by first member. */
export function groupPairs(n: number, pairs: Iterable<DuplicatePair>): DuplicateGroup[] {
  const list = [...pairs];
  const sets = new UnionFind(n);
  for (const pair of list) sets.union(pair.a, pair.b);
  const byRoot = new Map<number, DuplicateGroup>();
  for (const pair of list) {
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
