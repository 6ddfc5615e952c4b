import type { CustomerTable } from '../domain/dataset';
import type { CleaningOp, RowRef } from '../domain/quality/cleaning-ops';
import { NORMALISE_RULES } from '../domain/quality/normalise';
import type { ImportedRows } from '../domain/quality/replay-cleaning';
import type { QualityDecision, QualityErrorCode } from './quality-protocol';

/** A user's decision as an operation naming rows by line and imported cells; fails on lines not in the table. */
export function buildOp(
  decision: QualityDecision,
  id: number,
  at: string,
  country: string,
  table: CustomerTable,
  imported: ImportedRows,
): { ok: true; op: CleaningOp } | { ok: false; error: QualityErrorCode } {
  const present = new Set(table.rowNumbers);
  const refs = (lines: readonly number[]): RowRef[] | null => {
    const out: RowRef[] = [];
    for (const line of lines) {
      const ref = present.has(line) ? imported.ref(line) : null;
      if (!ref) return null;
      out.push(ref);
    }
    return out;
  };
  switch (decision.kind) {
    case 'normalise':
      return { ok: true, op: { id, at, kind: 'normalise', rules: NORMALISE_RULES.filter((rule) => decision.rules.includes(rule)), country } };
    case 'variants':
      if (decision.column >= table.header.length) return { ok: false, error: 'column-out-of-range' };
      return { ok: true, op: { id, at, kind: 'variants', column: decision.column, values: [...decision.values], canonical: decision.canonical } };
    case 'merge': {
      const seen = new Set<number>();
      const groups = [];
      for (const group of decision.groups) {
        const lines = [group.survivor, ...group.merged, ...group.excluded];
        if (lines.some((line) => seen.has(line))) return { ok: false, error: 'rows-in-two-groups' };
        lines.forEach((line) => seen.add(line));
        const [survivor] = refs([group.survivor]) ?? [];
        const merged = refs(group.merged);
        const excluded = refs(group.excluded);
        if (!survivor || !merged || !excluded) return { ok: false, error: 'row-not-found' };
        groups.push({ survivor, merged, excluded, values: [...group.values] });
      }
      return { ok: true, op: { id, at, kind: 'merge', groups } };
    }
    case 'edit': {
      const [row] = refs([decision.line]) ?? [];
      if (!row) return { ok: false, error: 'row-not-found' };
      return { ok: true, op: { id, at, kind: 'edit', row, column: decision.column, value: decision.value } };
    }
    case 'distinct': {
      const rows = refs(decision.lines);
      return rows && rows.length >= 2 ? { ok: true, op: { id, at, kind: 'distinct', rows } } : { ok: false, error: 'row-not-found' };
    }
  }
}
