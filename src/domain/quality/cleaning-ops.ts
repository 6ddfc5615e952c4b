import * as v from 'valibot';
import { restoreLogEntry, type CleaningLogEntry } from './cleaning-log';
import { NORMALISE_RULES, type NormaliseRule } from './normalise';

/**
 * A row of the customers file as imported: its line, and the hash of its id, e-mail and name
 * cells as read (`identityHash`). Operations name rows this way, not by position, so that they
 * still point at the same customer after merges removed rows before it, and can find it again
 * in a new version of the file.
 */
export interface RowRef {
  line: number;
  hash: string;
}

/** One duplicate group merged: `survivor` takes `values`, `merged` are removed, `excluded` are another person. */
export interface MergeGroupOp {
  survivor: RowRef;
  merged: RowRef[];
  /** Members the user took out of the group: never proposed as the survivor's duplicates again. */
  excluded: RowRef[];
  /** The surviving record's cells by column of the record's header; null keeps the survivor's own cell. */
  values: (string | null)[];
}

interface OpBase {
  /** Increasing within the record; a log entry has its operation's id. */
  id: number;
  /** When the user did it, ISO 8601. */
  at: string;
  /** What it changed, as the plan's log shows it (worked out when it was made); none for `distinct`. */
  entry?: CleaningLogEntry;
}

/**
 * One thing the user did to the customer base. The cleaned base is the imported file with every
 * operation still in force replayed in order (see `replayCleaning`); an `undo` takes one out.
 */
export type CleaningOp = OpBase &
  (
    /** `country`: the one the phones and postal codes were read with, so that a replay changes the same cells. */
    | { kind: 'normalise'; rules: NormaliseRule[]; country: string }
    | { kind: 'variants'; column: number; values: string[]; canonical: string }
    | { kind: 'merge'; groups: MergeGroupOp[] }
    | { kind: 'edit'; row: RowRef; column: number; value: string }
    /** Records the user said are different people: never grouped as duplicates again. */
    | { kind: 'distinct'; rows: RowRef[] }
    | { kind: 'undo'; undoes: number }
  );

export type CleaningOpKind = CleaningOp['kind'];

/** Every operation made on one customers file, stored beside it (not in the plan: it can be large). */
export interface CleaningRecord {
  version: 1;
  /** ISO alpha-2 country for phones and postal codes of rows without a country column. */
  country: string;
  /** Header of the file the operations were made on; their column numbers refer to it. */
  header: string[];
  ops: CleaningOp[];
}

export const DEFAULT_COUNTRY = 'ES';

export function emptyCleaning(header: readonly string[], country = DEFAULT_COUNTRY): CleaningRecord {
  return { version: 1, country, header: [...header], ops: [] };
}

/** The id the next operation takes. */
export function nextOpId(record: CleaningRecord): number {
  return record.ops.reduce((max, op) => Math.max(max, op.id), 0) + 1;
}

/** Ids of the operations an `undo` took out. */
export function undoneIds(ops: readonly CleaningOp[]): Set<number> {
  return new Set(ops.flatMap((op) => (op.kind === 'undo' ? [op.undoes] : [])));
}

/** The operations in force, in order: neither undone nor an `undo` itself. */
export function opsInForce(ops: readonly CleaningOp[]): CleaningOp[] {
  const undone = undoneIds(ops);
  return ops.filter((op) => op.kind !== 'undo' && !undone.has(op.id));
}

/** Whether the record changes the base at all (a `distinct` decision alone does not). */
export function changesBase(record: CleaningRecord | null): boolean {
  return record !== null && opsInForce(record.ops).some((op) => op.kind !== 'distinct');
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const country = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/));
const rowRef = v.object({ line: count, hash: v.pipe(v.string(), v.nonEmpty()) });
const cells = v.array(v.string());
const base = { id: v.pipe(v.number(), v.integer(), v.minValue(1)), at: v.string(), entry: v.optional(v.unknown()) };
const opSchema = v.variant('kind', [
  v.object({ ...base, kind: v.literal('normalise'), rules: v.array(v.picklist(NORMALISE_RULES)), country: v.fallback(country, DEFAULT_COUNTRY) }),
  v.object({ ...base, kind: v.literal('variants'), column: count, values: cells, canonical: v.string() }),
  v.object({
    ...base,
    kind: v.literal('merge'),
    groups: v.array(
      v.object({ survivor: rowRef, merged: v.array(rowRef), excluded: v.optional(v.array(rowRef), []), values: v.array(v.nullable(v.string())) }),
    ),
  }),
  v.object({ ...base, kind: v.literal('edit'), row: rowRef, column: count, value: v.string() }),
  v.object({ ...base, kind: v.literal('distinct'), rows: v.array(rowRef) }),
  v.object({ ...base, kind: v.literal('undo'), undoes: base.id }),
]);

/**
 * A stored cleaning record, or null when `raw` is not one (absent, or of an unknown version).
 * Operations that are not well formed, whose id does not increase, or that undo an operation
 * not before them (or already undone) are dropped; a bad country becomes the default.
 */
export function restoreCleaningRecord(raw: unknown): CleaningRecord | null {
  if (typeof raw !== 'object' || raw === null || (raw as { version?: unknown }).version !== 1) return null;
  const stored = raw as Record<string, unknown>;
  const planCountry = v.is(country, stored.country) ? stored.country : DEFAULT_COUNTRY;
  const header = Array.isArray(stored.header) ? stored.header.filter((cell): cell is string => typeof cell === 'string') : [];
  const ops: CleaningOp[] = [];
  const kept = new Map<number, CleaningOpKind>();
  const undone = new Set<number>();
  let last = 0;
  for (const candidate of Array.isArray(stored.ops) ? stored.ops : []) {
    const parsed = v.safeParse(opSchema, candidate);
    if (!parsed.success || parsed.output.id <= last) continue;
    const { entry: rawEntry, ...rest } = parsed.output;
    const op = rest as CleaningOp;
    const entry = restoreLogEntry(rawEntry);
    if (entry) op.entry = { ...entry, id: op.id, at: op.at };
    if (op.kind === 'undo') {
      const target = kept.get(op.undoes);
      if (target === undefined || target === 'undo' || undone.has(op.undoes)) continue;
      undone.add(op.undoes);
    }
    if (op.kind === 'merge' && op.groups.length === 0) continue;
    ops.push(op);
    kept.set(op.id, op.kind);
    last = op.id;
  }
  return { version: 1, country: planCountry, header, ops };
}
