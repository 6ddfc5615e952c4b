import type { CustomerTable } from '../dataset';
import { customerKey } from '../metrics/text-normalise';
import { cellEntry, mergeEntry, normalisationEntry, undoEntry, variantEntry, type CleaningLogEntry } from './cleaning-log';
import { opsInForce, type CleaningOp, type CleaningRecord, type RowRef } from './cleaning-ops';
import { applyMerges, type MergePlan } from './merge';
import { applyNormalisation, proposeNormalisation } from './normalise';
import type { Result } from '../result';
import { identityHash } from './row-hash';
import { applyVariantChoice } from './variants';

/** Where the imported rows are: line → position in the imported table, and each row's identity hash once computed. */
export class ImportedRows {
  readonly #byLine = new Map<number, number>();
  readonly #hashes = new Map<number, string>();

  constructor(readonly table: CustomerTable) {
    table.rowNumbers.forEach((line, index) => this.#byLine.set(line, index));
  }

  /** The reference of the imported row on `line`, or null when there is none. */
  ref(line: number): RowRef | null {
    const index = this.#byLine.get(line);
    if (index === undefined) return null;
    let hash = this.#hashes.get(line);
    if (hash === undefined) this.#hashes.set(line, (hash = identityHash(this.table, index)));
    return { line, hash };
  }

  /** Whether `ref` names a row of this file as it was imported. */
  holds(ref: RowRef): boolean {
    return this.ref(ref.line)?.hash === ref.hash;
  }
}

/** Why an operation could not be replayed: a row it names is gone, or not in this file, or a column is out of range. */
export type ReplayError = { code: 'row-not-found' | 'column-out-of-range'; op: number };

/** A customer id that a merge folded into another: purchases under `from` are the survivor's, `to`. */
export type IdAlias = { from: string; to: string };

export interface AppliedOp {
  table: CustomerTable;
  /** Null for a `distinct` decision, which changes no cell. */
  entry: CleaningLogEntry | null;
  aliases: IdAlias[];
}

/**
 * The table after one operation, its log entry, and, for a merge, the ids it folded into the
 * survivor's. `undo` operations are not applied here: replaying what is in force undoes.
 * Fails, changing nothing, when a row the operation names is not in `table`.
 */
export function applyCleaningOp(imported: ImportedRows, table: CustomerTable, op: CleaningOp): Result<AppliedOp, ReplayError> {
  const fail = (code: ReplayError['code']) => ({ ok: false as const, error: { code, op: op.id } });
  const done = (next: CustomerTable, entry: CleaningLogEntry | null, aliases: IdAlias[] = []) => ({ ok: true as const, value: { table: next, entry, aliases } });
  switch (op.kind) {
    case 'normalise': {
      const changes = proposeNormalisation(table, { country: op.country, rules: op.rules });
      const applied = applyNormalisation(table, changes);
      return applied.ok ? done(applied.value, normalisationEntry(op.id, op.at, changes)) : fail('row-not-found');
    }
    case 'variants': {
      if (op.column >= table.header.length) return fail('column-out-of-range');
      const applied = applyVariantChoice(table, op.column, { values: op.values, canonical: op.canonical });
      if (!applied.ok) return fail('row-not-found');
      return done(applied.value.table, variantEntry(op.id, op.at, table.header[op.column], applied.value.edits, op.canonical));
    }
    case 'merge': {
      const at = positions(table);
      const plans: MergePlan[] = [];
      const aliases: IdAlias[] = [];
      const idColumn = table.mapping.id;
      for (const group of op.groups) {
        const rows = [group.survivor, ...group.merged].map((ref) => (imported.holds(ref) ? at.get(ref.line) : undefined));
        if (rows.some((row) => row === undefined)) return fail('row-not-found');
        const [survivor, ...merged] = rows as number[];
        const own = table.rows[survivor];
        const width = Math.max(own.length, group.values.length);
        const values = Array.from({ length: width }, (_, column) => group.values[column] ?? own[column] ?? '');
        plans.push({ survivor, merged, excluded: [], values });
        if (idColumn !== undefined) {
          const to = values[idColumn].trim();
          for (const row of [survivor, ...merged]) {
            const from = (table.rows[row][idColumn] ?? '').trim();
            if (from !== '' && to !== '' && from !== to) aliases.push({ from, to });
          }
        }
      }
      const applied = applyMerges(table, plans);
      if (!applied.ok) return fail('row-not-found');
      return done(applied.value.table, mergeEntry(op.id, op.at, applied.value.undo), aliases);
    }
    case 'edit': {
      const row = imported.holds(op.row) ? positions(table).get(op.row.line) : undefined;
      if (row === undefined) return fail('row-not-found');
      if (op.column >= Math.max(table.header.length, table.rows[row].length)) return fail('column-out-of-range');
      const before = table.rows[row][op.column] ?? '';
      const rows = table.rows.slice();
      const cells = rows[row].slice();
      while (cells.length <= op.column) cells.push('');
      cells[op.column] = op.value;
      rows[row] = cells;
      return done({ ...table, rows }, cellEntry(op.id, op.at, table.header[op.column] ?? '', op.row.line, before));
    }
    case 'distinct':
    case 'undo':
      return done(table, null);
  }
}

export interface ReplayResult {
  table: CustomerTable;
  /** Log entries of the operations replayed, by operation id. */
  entries: Map<number, CleaningLogEntry>;
  /** Operations in force that could not be replayed (see `ReplayError`), left out. */
  skipped: ReplayError[];
  /** Ids the merges folded into others, in the order they were made. */
  aliases: IdAlias[];
}

/**
 * The cleaned base: the imported table with every operation in force replayed in order, starting
 * from `from` (the imported table by default). Undone operations and undos are left out. Each
 * operation that fails is skipped and reported; the others still apply.
 */
export function replayCleaning(imported: ImportedRows, record: CleaningRecord): ReplayResult {
  let table = imported.table;
  const entries = new Map<number, CleaningLogEntry>();
  const skipped: ReplayError[] = [];
  const aliases: IdAlias[] = [];
  for (const op of opsInForce(record.ops)) {
    const applied = applyCleaningOp(imported, table, op);
    if (!applied.ok) {
      skipped.push(applied.error);
      continue;
    }
    table = applied.value.table;
    if (applied.value.entry) entries.set(op.id, applied.value.entry);
    aliases.push(...applied.value.aliases);
  }
  return { table, entries, skipped, aliases };
}

/**
 * Each folded id (trimmed, lower case, as the diagnosis joins ids) → the id it ends up as,
 * following chains (A into B, then B into C: A → C).
 */
export function aliasMap(aliases: readonly IdAlias[]): Map<string, string> {
  const direct = new Map<string, string>();
  for (const { from, to } of aliases) direct.set(customerKey(from), to);
  const resolved = new Map<string, string>();
  for (const from of direct.keys()) {
    let to = direct.get(from) as string;
    const seen = new Set([from]);
    for (;;) {
      const key = customerKey(to);
      const next = direct.get(key);
      if (next === undefined || seen.has(key)) break;
      seen.add(key);
      to = next;
    }
    if (customerKey(to) !== from) resolved.set(from, to);
  }
  return resolved;
}

/** The plan's log: each operation's entry in order, undo entries included (see `effectiveEntries`). */
export function cleaningLog(record: CleaningRecord): CleaningLogEntry[] {
  const byId = new Map(record.ops.map((op) => [op.id, op]));
  return record.ops.flatMap((op) => {
    if (op.entry) return [op.entry];
    const undone = op.kind === 'undo' ? byId.get(op.undoes)?.entry : undefined;
    return undone ? [undoEntry(op.id, op.at, undone)] : [];
  });
}

function positions(table: CustomerTable): Map<number, number> {
  const at = new Map<number, number>();
  table.rowNumbers.forEach((line, index) => at.set(line, index));
  return at;
}
