import type { CustomerTable } from '../dataset';
import { opsInForce, type CleaningOp, type CleaningRecord, type MergeGroupOp, type RowRef } from './cleaning-ops';
import { identityHash } from './row-hash';

export interface RebaseResult {
  /** The operations that still fit, naming the new file's rows and columns; no history of undos. */
  record: CleaningRecord;
  /** Operations in force that were left out: a row or column they need is not in the new file. */
  dropped: number;
  /** Duplicate groups left out of merges that were otherwise kept. */
  droppedGroups: number;
}

/**
 * The cleaning made on one version of the customers file, carried to a new version. A row is
 * found again on the same line with the same id, e-mail and name (`identityHash`), else on any
 * line with them (each new row taken once); a column by its header (trimmed, any case). Normalisation keeps its rules;
 * a variant choice needs its column; a merge keeps the groups whose survivor and merged rows are
 * all found (its values follow the columns; a new column keeps the survivor's cell); an edit
 * needs its row and column; a "different people" decision keeps the rows found, if two or more.
 * Undone operations and the undos themselves are left behind: their net effect was nothing.
 */
export function rebaseCleaning(record: CleaningRecord, table: CustomerTable): RebaseResult {
  const column = columnMap(record.header, table.header);
  const find = rowFinder(table);
  let dropped = 0;
  let droppedGroups = 0;
  const ops: CleaningOp[] = [];
  for (const op of opsInForce(record.ops)) {
    const { entry: _entry, ...plain } = op;
    const moved = rebaseOp(plain as CleaningOp, column, find, table.header.length);
    if (moved === null) {
      dropped++;
      continue;
    }
    if (op.kind === 'merge' && moved.kind === 'merge') droppedGroups += op.groups.length - moved.groups.length;
    ops.push(moved);
  }
  return { record: { ...record, header: [...table.header], ops }, dropped, droppedGroups };
}

function rebaseOp(op: CleaningOp, column: (old: number) => number, find: (ref: RowRef) => RowRef | null, width: number): CleaningOp | null {
  switch (op.kind) {
    case 'normalise':
      return op;
    case 'variants': {
      const to = column(op.column);
      return to < 0 ? null : { ...op, column: to };
    }
    case 'merge': {
      const groups = op.groups.flatMap((group) => {
        const moved = rebaseGroup(group, column, find, width);
        return moved ? [moved] : [];
      });
      return groups.length === 0 ? null : { ...op, groups };
    }
    case 'edit': {
      const row = find(op.row);
      const to = column(op.column);
      return row === null || to < 0 ? null : { ...op, row, column: to };
    }
    case 'distinct': {
      const rows = op.rows.flatMap((ref) => find(ref) ?? []);
      return rows.length < 2 ? null : { ...op, rows };
    }
    case 'undo':
      return null;
  }
}

function rebaseGroup(group: MergeGroupOp, column: (old: number) => number, find: (ref: RowRef) => RowRef | null, width: number): MergeGroupOp | null {
  const survivor = find(group.survivor);
  const merged = group.merged.map(find);
  if (survivor === null || merged.some((ref) => ref === null)) return null;
  const values: (string | null)[] = new Array(width).fill(null);
  group.values.forEach((value, old) => {
    const to = column(old);
    if (to >= 0) values[to] = value;
  });
  return { survivor, merged: merged as RowRef[], excluded: group.excluded.flatMap((ref) => find(ref) ?? []), values };
}

/** New column of each old one by header (trimmed, any case; each new column taken once), or −1. */
function columnMap(before: readonly string[], after: readonly string[]): (old: number) => number {
  const key = (name: string) => name.trim().toLowerCase();
  const taken = new Set<number>();
  const map = before.map((name) => {
    const to = after.findIndex((candidate, index) => !taken.has(index) && key(candidate) === key(name));
    if (to >= 0) taken.add(to);
    return to;
  });
  return (old) => map[old] ?? -1;
}

/** Finds an old row in the new table: same line and identity, else the first line with the same identity not yet taken. */
function rowFinder(table: CustomerTable): (ref: RowRef) => RowRef | null {
  const hashOfLine = new Map<number, string>();
  const linesOfHash = new Map<string, number[]>();
  table.rows.forEach((_, index) => {
    const line = table.rowNumbers[index];
    const hash = identityHash(table, index);
    hashOfLine.set(line, hash);
    const lines = linesOfHash.get(hash);
    if (lines) lines.push(line);
    else linesOfHash.set(hash, [line]);
  });
  const found = new Map<string, RowRef | null>();
  const taken = new Set<number>();
  const claim = (ref: RowRef): RowRef | null => {
    if (hashOfLine.get(ref.line) === ref.hash && !taken.has(ref.line)) return ref;
    const line = linesOfHash.get(ref.hash)?.find((candidate) => !taken.has(candidate));
    return line === undefined ? null : { line, hash: ref.hash };
  };
  return (ref) => {
    const key = `${ref.line}:${ref.hash}`;
    if (!found.has(key)) {
      const to = claim(ref);
      if (to) taken.add(to.line);
      found.set(key, to);
    }
    return found.get(key) ?? null;
  };
}
