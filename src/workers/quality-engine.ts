import { contactBook } from '../domain/campaign/contacts';
import type { CustomerTable, TransactionTable } from '../domain/dataset';
import type { Figures } from '../domain/metric-ids';
import { undoEntry, type CleaningLogEntry } from '../domain/quality/cleaning-log';
import {
  DEFAULT_COUNTRY, emptyCleaning, nextOpId, opsInForce, type CleaningOp, type CleaningRecord,
} from '../domain/quality/cleaning-ops';
import { dataLevelFigures, dataLevels, type DataLevelReport } from '../domain/quality/data-levels';
import { distinctPairs, withoutDistinct } from '../domain/quality/duplicate-review';
import { findDuplicates, type DuplicateGroup, type DuplicateReport } from '../domain/quality/duplicates';
import { exportCsv } from '../domain/quality/export-csv';
import { cleaningFunnel, funnelFigures } from '../domain/quality/funnel';
import { proposeMerges, type MergePlan } from '../domain/quality/merge';
import { applyRule, NORMALISE_RULES, proposeNormalisation } from '../domain/quality/normalise';
import { profileTable, type ColumnProfile } from '../domain/quality/profile';
import { rebaseCleaning } from '../domain/quality/rebase-cleaning';
import {
  aliasMap, applyCleaningOp, cleaningLog, ImportedRows, replayCleaning, type IdAlias, type ReplayError,
} from '../domain/quality/replay-cleaning';
import { COUNTRY_RULES } from '../domain/quality/countries';
import { findVariantClusters } from '../domain/quality/variants';
import { customerKey } from '../domain/metrics/text-normalise';
import { buildOp } from './decision-to-op';
import type {
  DuplicateGroupView, NormalisePreview, QualityAnswer, QualityDecision, QualityErrorCode, QualityOverview, QualityRequest, RowCells,
} from './quality-protocol';

/** The tables the worker holds (its `inUse`). */
export interface DataInUse {
  transactions: TransactionTable | null;
  customers: CustomerTable | null;
}

/** How many of the latest operations keep the table as it was before them, so that undoing them replays little. */
const CHECKPOINTS = 12;

export type OverviewPart = 'profile' | 'levels' | 'duplicates';

/** A part worked out for a table (and key), with the ms it took. */
type Cached<T> = { table: CustomerTable; key: string; value: T; ms: number } | null;

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

/**
 * The cleaning of the customers file in use, inside the worker: the imported table stays as it
 * was read; the cleaned one is the operations in force replayed on it. Answers the data-quality
 * requests and gives the diagnosis its cleaned input and its data-quality figures.
 */
export class QualityEngine {
  #imported: ImportedRows | null = null;
  #record: CleaningRecord | null = null;
  #country = DEFAULT_COUNTRY;
  #table: CustomerTable | null = null;
  #skipped: ReplayError[] = [];
  #aliases: IdAlias[] = [];
  #aliasVersion = 0;
  /** Operation id → the table (aliases count, duplicate groups) before it, for the latest operations in force. */
  #checkpoints = new Map<number, { table: CustomerTable; aliases: number; duplicates: Cached<DuplicateReport> }>();
  #profile: Cached<ColumnProfile[]> = null;
  #levels: Cached<DataLevelReport> = null;
  #levelsSource: TransactionTable | null = null;
  /** Groups as found, before the user's "different people" decisions are taken out. */
  #duplicates: Cached<DuplicateReport> = null;
  #transactions: { source: TransactionTable; version: number; table: TransactionTable } | null = null;

  constructor(private readonly now: () => string = () => new Date().toISOString()) {}

  /** The customers table the diagnosis uses: the cleaned one. */
  customers(data: DataInUse): CustomerTable | null {
    this.#follow(data.customers);
    return this.#table;
  }

  /** The transactions with the ids merges folded into a survivor written as the survivor's (same object until that changes). */
  transactions(data: DataInUse): TransactionTable | null {
    this.#follow(data.customers);
    const source = data.transactions;
    if (!source || this.#aliases.length === 0) return source;
    const cached = this.#transactions;
    if (cached?.source === source && cached.version === this.#aliasVersion) return cached.table;
    const aliases = aliasMap(this.#aliases);
    const table = { ...source, customerIds: source.customerIds.map((id) => aliases.get(customerKey(id)) ?? id) };
    this.#transactions = { source, version: this.#aliasVersion, table };
    return table;
  }

  /** `data_level_1…5`, `duplicates`, `records_initial`, `rows_normalised`, `records_final`; none without a customers file. */
  figures(data: DataInUse): Figures {
    this.#follow(data.customers);
    if (!this.#table || !this.#imported) return {};
    return { ...dataLevelFigures(this.#levelsOf(data)), ...funnelFigures(this.#funnel(), this.#reviewed().groups.length) };
  }

  answer(request: QualityRequest, data: DataInUse): QualityAnswer {
    this.#follow(data.customers);
    if (!this.#imported || !this.#table) return request.type === 'overview' ? { type: 'overview', overview: null } : error('no-customers');
    const table = this.#table;
    switch (request.type) {
      case 'replay':
        this.#record = request.record;
        if (request.record) this.#country = request.record.country;
        this.#replayAll();
        return { type: 'replay', skipped: this.#skipped };
      case 'rebase': {
        const rebased = rebaseCleaning(request.record, this.#imported.table);
        this.#record = rebased.record;
        this.#country = rebased.record.country;
        const entries = this.#replayAll();
        this.#record = { ...rebased.record, ops: rebased.record.ops.map((op) => withEntry(op, entries.get(op.id))) };
        return { type: 'rebase', record: this.#record, dropped: rebased.dropped, droppedGroups: rebased.droppedGroups };
      }
      case 'overview':
        return { type: 'overview', overview: this.#overview(data) };
      case 'problem-rows': {
        const profile = this.#profileOf()[request.column];
        if (!profile) return error('column-out-of-range');
        const rows = request.problem === 'empty' ? profile.emptyRows : profile.invalidRows;
        return { type: 'problem-rows', total: rows.length, rows: rows.slice(request.offset, request.offset + request.limit).map((row) => cellsOf(table, row)) };
      }
      case 'duplicates': {
        const groups = this.#reviewed().groups;
        const page = groups.slice(request.offset, request.offset + request.limit);
        const plans = proposeMerges(table, page.map((group) => group.members), { country: this.#country });
        return { type: 'duplicates', total: groups.length, groups: page.map((group, i) => groupView(table, group, plans[i])) };
      }
      case 'normalise-preview':
        return { type: 'normalise-preview', preview: this.#preview(request.examples) };
      case 'variants': {
        if (request.column >= table.header.length) return error('column-out-of-range');
        const clusters = findVariantClusters(table, request.column, request.method);
        return { type: 'variants', total: clusters.length, clusters: clusters.slice(0, request.limit) };
      }
      case 'decide':
        return this.#decide(request.decision);
      case 'undo':
        return this.#undo(request.op);
      case 'country': {
        if (!COUNTRY_RULES[request.country]) return error('bad-country');
        this.#country = request.country;
        this.#record = { ...(this.#record ?? emptyCleaning(table.header)), country: request.country };
        return { type: 'country', country: request.country };
      }
      case 'export':
        return { type: 'export', csv: exportCsv(table, { language: request.language }), records: table.rows.length };
      case 'contacts':
        return { type: 'contacts', book: contactBook(table, this.#country) };
    }
  }

  /** Works out one part of the overview ahead of it (kept until the base changes), so that a long overview can go in parts. */
  prepareOverview(part: OverviewPart, data: DataInUse): void {
    this.#follow(data.customers);
    if (!this.#table) return;
    if (part === 'profile') this.#profileOf();
    else if (part === 'levels') this.#levelsOf(data);
    else this.#reviewed();
  }

  /** A new customers table in use (a new import, a reload) starts without cleaning until told otherwise. */
  #follow(customers: CustomerTable | null): void {
    if (customers === (this.#imported?.table ?? null)) return;
    this.#imported = customers ? new ImportedRows(customers) : null;
    this.#record = null;
    this.#country = DEFAULT_COUNTRY;
    this.#table = customers;
    this.#skipped = [];
    this.#setAliases([]);
    this.#checkpoints.clear();
  }

  #setAliases(aliases: IdAlias[]): void {
    this.#aliases = aliases;
    this.#aliasVersion++;
  }

  /** Replays every operation in force from the imported table; the log entries of those applied, by id. */
  #replayAll(): Map<number, CleaningLogEntry> {
    const imported = this.#imported as ImportedRows;
    const result = replayCleaning(imported, this.#record ?? emptyCleaning(imported.table.header));
    this.#table = result.table;
    this.#skipped = result.skipped;
    this.#setAliases(result.aliases);
    this.#checkpoints.clear();
    return result.entries;
  }

  #decide(decision: QualityDecision): QualityAnswer {
    const imported = this.#imported as ImportedRows;
    const table = this.#table as CustomerTable;
    const record = this.#record ?? emptyCleaning(imported.table.header, this.#country);
    const made = buildOp(decision, nextOpId(record), this.now(), this.#country, table, imported);
    if (!made.ok) return error(made.error);
    const applied = applyCleaningOp(imported, table, made.op);
    if (!applied.ok) return error(applied.error.code);
    const op = withEntry(made.op, applied.value.entry ?? undefined);
    this.#checkpoints.set(op.id, { table, aliases: this.#aliases.length, duplicates: this.#duplicates });
    this.#trimCheckpoints();
    this.#record = { ...record, ops: [...record.ops, op] };
    this.#table = applied.value.table;
    if (applied.value.aliases.length > 0) this.#setAliases([...this.#aliases, ...applied.value.aliases]);
    this.#carryDuplicates(table, applied.value.table, op);
    return { type: 'decide', op };
  }

  #undo(id: number): QualityAnswer {
    const record = this.#record;
    const target = record ? opsInForce(record.ops).find((op) => op.id === id) : undefined;
    if (!record || !target) return error('not-undoable');
    const at = this.now();
    const undo: CleaningOp = { id: nextOpId(record), at, kind: 'undo', undoes: id };
    if (target.entry) undo.entry = undoEntry(undo.id, at, target.entry);
    this.#record = { ...record, ops: [...record.ops, undo] };
    const checkpoint = this.#checkpoints.get(id);
    if (checkpoint) {
      const imported = this.#imported as ImportedRows;
      let table = checkpoint.table;
      const aliases = this.#aliases.slice(0, checkpoint.aliases);
      const later = opsInForce(this.#record.ops).filter((op) => op.id > id);
      for (const op of later) this.#checkpoints.delete(op.id);
      this.#checkpoints.delete(id);
      for (const op of later) {
        const applied = applyCleaningOp(imported, table, op);
        if (!applied.ok) {
          this.#skipped = [...this.#skipped, applied.error];
          continue;
        }
        this.#checkpoints.set(op.id, { table, aliases: aliases.length, duplicates: null });
        table = applied.value.table;
        aliases.push(...applied.value.aliases);
      }
      this.#table = table;
      this.#setAliases(aliases);
      // Undoing the latest operation: the groups found before it hold again.
      this.#duplicates = later.length === 0 && checkpoint.duplicates?.table === table ? checkpoint.duplicates : null;
      return { type: 'undo', op: undo };
    }
    this.#replayAll();
    this.#duplicates = null;
    return { type: 'undo', op: undo };
  }

  #trimCheckpoints(): void {
    const ids = [...this.#checkpoints.keys()].sort((a, b) => a - b);
    for (const id of ids.slice(0, Math.max(0, ids.length - CHECKPOINTS))) this.#checkpoints.delete(id);
  }

  /**
   * After a merge or a cell edit, the groups found before still hold for the rows not touched:
   * they are kept (renumbered), and the groups of the rows merged are gone. Other operations
   * change many cells: the groups are found again when next asked for.
   */
  #carryDuplicates(before: CustomerTable, after: CustomerTable, op: CleaningOp): void {
    const cached = this.#duplicates;
    if (!cached || cached.table !== before || (op.kind !== 'merge' && op.kind !== 'edit' && op.kind !== 'distinct')) {
      this.#duplicates = null;
      return;
    }
    const touched = new Set<number>(
      op.kind === 'merge' ? op.groups.flatMap((g) => [g.survivor, ...g.merged, ...g.excluded].map((ref) => ref.line)) : op.kind === 'edit' ? [op.row.line] : [],
    );
    const at = new Map<number, number>();
    after.rowNumbers.forEach((line, index) => at.set(line, index));
    const move = (row: number) => at.get(before.rowNumbers[row]) as number;
    const groups = cached.value.groups
      .filter((group) => !group.members.some((row) => touched.has(before.rowNumbers[row])))
      .map((group) => ({ members: group.members.map(move), pairs: group.pairs.map((pair) => ({ ...pair, a: move(pair.a), b: move(pair.b) })) }));
    this.#duplicates = { ...cached, table: after, value: { ...cached.value, groups } };
  }

  #profileOf(): ColumnProfile[] {
    const table = this.#table as CustomerTable;
    if (this.#profile?.table !== table || this.#profile.key !== this.#country) {
      this.#profile = { table, key: this.#country, ...timed(() => profileTable(table, { country: this.#country, topValues: 8 })) };
    }
    return this.#profile.value;
  }

  #levelsOf(data: DataInUse): DataLevelReport {
    const table = this.#table as CustomerTable;
    const transactions = this.transactions(data);
    const key = `${this.#country}|${this.#aliasVersion}|${transactions ? transactions.customerIds.length : -1}`;
    if (this.#levels?.table !== table || this.#levels.key !== key || this.#levelsSource !== transactions) {
      this.#levelsSource = transactions;
      this.#levels = { table, key, ...timed(() => dataLevels(table, new Set(transactions?.customerIds ?? []), { country: this.#country })) };
    }
    return this.#levels.value;
  }

  #found(): DuplicateReport {
    const table = this.#table as CustomerTable;
    if (this.#duplicates?.table !== table || this.#duplicates.key !== this.#country) {
      this.#duplicates = { table, key: this.#country, ...timed(() => findDuplicates(table, { country: this.#country })) };
    }
    return this.#duplicates.value;
  }

  /** The groups still to review: those found, less the pairs the user said are different people. */
  #reviewed(): DuplicateReport {
    return withoutDistinct(this.#found(), this.#table as CustomerTable, distinctPairs(this.#record));
  }

  #funnel() {
    const skipped = new Set(this.#skipped.map((s) => s.op));
    const log = this.#record ? cleaningLog(this.#record).filter((entry) => !skipped.has(entry.undoes ?? entry.id)) : [];
    return cleaningFunnel((this.#imported as ImportedRows).table.rows.length, log);
  }

  #overview(data: DataInUse): QualityOverview {
    const table = this.#table as CustomerTable;
    const profile = this.#profileOf();
    const levels = this.#levelsOf(data);
    const reviewed = this.#reviewed();
    const funnel = this.#funnel();
    return {
      base: this.#table === this.#imported?.table ? 'initial' : 'cleaned',
      recordsInitial: (this.#imported as ImportedRows).table.rows.length,
      records: table.rows.length,
      country: this.#country,
      header: [...table.header],
      mapping: { ...table.mapping },
      profile: profile.map(({ emptyRows: _empty, invalidRows: _invalid, ...summary }) => summary),
      levels: { counts: levels.counts, atLeast: levels.atLeast, lift: levels.lift },
      duplicates: {
        groups: reviewed.groups.length,
        rows: reviewed.groups.reduce((sum, group) => sum + group.members.length, 0),
        skipped: reviewed.skipped,
      },
      funnel,
      figures: { ...dataLevelFigures(levels), ...funnelFigures(funnel, reviewed.groups.length) },
      skipped: this.#skipped,
      timings: { profile: this.#profile?.ms ?? 0, levels: this.#levels?.ms ?? 0, duplicates: this.#duplicates?.ms ?? 0 },
    };
  }

  #preview(examples: number): NormalisePreview {
    const table = this.#table as CustomerTable;
    const changes = proposeNormalisation(table, { country: this.#country });
    const rules = NORMALISE_RULES.map((rule) => {
      const mine = changes.filter((change) => change.rules.includes(rule));
      const shown = mine.slice(0, examples);
      // Each example shows what this rule alone does to the cell, not all the rules together.
      const alone = applyRule(table, rule, shown, { country: this.#country });
      return {
        rule,
        cells: mine.length,
        columns: [...new Set(mine.map((change) => table.header[change.column] ?? ''))],
        examples: shown.map((change, i) => ({
          line: table.rowNumbers[change.row],
          column: table.header[change.column] ?? '',
          before: change.before,
          after: alone[i],
        })),
      };
    });
    return { cells: changes.length, rows: new Set(changes.map((change) => change.row)).size, rules };
  }
}

function error(code: QualityErrorCode | ReplayError['code']): QualityAnswer {
  return { type: 'error', code };
}

function withEntry(op: CleaningOp, entry: CleaningOp['entry']): CleaningOp {
  const { entry: _old, ...plain } = op;
  return entry ? ({ ...plain, entry } as CleaningOp) : (plain as CleaningOp);
}

function cellsOf(table: CustomerTable, row: number): RowCells {
  return { line: table.rowNumbers[row], cells: table.rows[row].slice() };
}

function groupView(table: CustomerTable, group: DuplicateGroup, plan: MergePlan): DuplicateGroupView {
  const line = (row: number) => table.rowNumbers[row];
  const order = [plan.survivor, ...plan.merged];
  return {
    key: group.members.map(line).join('-'),
    members: group.members.map((row) => cellsOf(table, row)),
    pairs: group.pairs.map((pair) => ({ a: line(pair.a), b: line(pair.b), reasons: pair.reasons })),
    proposal: {
      survivor: line(plan.survivor),
      values: plan.values,
      sources: plan.values.map((value, column) => {
        if (value === '') return null;
        const from = order.find((row) => table.rows[row][column] === value);
        return from === undefined ? null : line(from);
      }),
    },
  };
}

