import type { CustomerTable } from '../dataset';
import { opsInForce, type CleaningRecord, type RowRef } from './cleaning-ops';
import { groupPairs, type DuplicateReport } from './duplicates';

/** Key of an unordered pair of lines. */
export function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/**
 * Pairs of lines the user said are different people, from the operations in force: each member
 * taken out of a merged group against its survivor, and every two rows of a `distinct` decision.
 */
export function distinctPairs(record: CleaningRecord | null): Set<string> {
  const pairs = new Set<string>();
  const all = (rows: readonly RowRef[]) => {
    for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) pairs.add(pairKey(rows[i].line, rows[j].line));
  };
  for (const op of record ? opsInForce(record.ops) : []) {
    if (op.kind === 'distinct') all(op.rows);
    if (op.kind === 'merge') for (const group of op.groups) for (const other of group.excluded) pairs.add(pairKey(group.survivor.line, other.line));
  }
  return pairs;
}

/**
 * The duplicate groups of `table` without the pairs the user ruled out (`distinctPairs`),
 * regrouped: a group held together only by a ruled-out pair falls apart.
 */
export function withoutDistinct(report: DuplicateReport, table: CustomerTable, distinct: ReadonlySet<string>): DuplicateReport {
  if (distinct.size === 0) return report;
  const line = table.rowNumbers;
  const pairs = report.groups.flatMap((group) => group.pairs).filter((pair) => !distinct.has(pairKey(line[pair.a], line[pair.b])));
  return { ...report, groups: groupPairs(table.rows.length, pairs) };
}
