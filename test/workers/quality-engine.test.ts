import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dirtyCustomers } from '../generators/dirty-customers';
import type { CustomerTable } from '../../src/domain/dataset';
import { diagnose } from '../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../src/domain/metrics/params';
import { opsInForce, type CleaningOp, type CleaningRecord } from '../../src/domain/quality/cleaning-ops';
import { QualityEngine, type DataInUse } from '../../src/workers/quality-engine';
import type { QualityAnswer, QualityAnswerOf, QualityDecision, QualityRequest } from '../../src/workers/quality-protocol';
import { transactionTable } from '../domain/metrics/tables';
import { dirtyTable } from './dirty-list';

const AT = '2025-06-01T10:00:00.000Z';

function setup(customers: CustomerTable = dirtyTable(), transactions = null as DataInUse['transactions']) {
  const engine = new QualityEngine(() => AT);
  const data: DataInUse = { customers, transactions };
  const ask = <T extends QualityRequest>(request: T): Exclude<QualityAnswerOf<T['type']>, { type: 'error' }> => {
    const answer = engine.answer(request, data) as QualityAnswer;
    if (answer.type === 'error') throw new Error(answer.code);
    return answer as Exclude<QualityAnswerOf<T['type']>, { type: 'error' }>;
  };
  const decide = (decision: QualityDecision) => ask({ type: 'decide', decision }).op;
  const overview = () => ask({ type: 'overview' }).overview!;
  const groups = () => ask({ type: 'duplicates', offset: 0, limit: 50 }).groups;
  const cleaned = () => engine.customers(data)!;
  return { engine, data, ask, decide, overview, groups, cleaned };
}

/** The record the page keeps: every operation the worker answered, in order. */
function recordOf(customers: CustomerTable, ops: CleaningOp[]): CleaningRecord {
  return { version: 1, country: 'ES', header: customers.header, ops };
}

const column = (table: CustomerTable, field: 'id' | 'email' | 'city' | 'phone') => table.rows.map((row) => row[table.mapping[field]!]);

describe('QualityEngine before any cleaning', () => {
  it('gives the diagnosis the file as imported, and the funnel and data-quality figures', () => {
    const { engine, data, overview } = setup();
    expect(engine.customers(data)).toBe(data.customers);
    const figures = engine.figures(data);
    // 7 records, two duplicate groups (lines 2–3 and 5–7), nothing normalised yet
    expect(figures).toMatchObject({ records_initial: 7, records_final: 7, rows_normalised: 0, duplicates: 2 });
    // level 1 needs a name, an address and a city or postal code: line 6 has no address
    expect(figures.data_level_1).toBe(6);
    expect(overview().base).toBe('initial');
  });

  it('lists the rows behind a problem of a column', () => {
    const { ask, overview } = setup();
    const email = overview().profile.find((p) => p.field === 'email')!;
    // line 4's «inigo@@correo.es» is invalid; lines 6 and 7 have none
    expect(email).toMatchObject({ filled: 5, valid: 4 });
    const invalid = ask({ type: 'problem-rows', column: email.column, problem: 'invalid', offset: 0, limit: 10 });
    expect(invalid.rows.map((r) => r.line)).toEqual([4]);
    expect(ask({ type: 'problem-rows', column: email.column, problem: 'empty', offset: 0, limit: 10 }).rows.map((r) => r.line)).toEqual([6, 7]);
  });

  it('answers overview with null and everything else with an error when no customers file is in use', () => {
    const engine = new QualityEngine();
    const none = { customers: null, transactions: null };
    expect(engine.answer({ type: 'overview' }, none)).toEqual({ type: 'overview', overview: null });
    expect(engine.answer({ type: 'export', language: 'es' }, none)).toEqual({ type: 'error', code: 'no-customers' });
    expect(engine.figures(none)).toEqual({});
  });
});

describe('QualityEngine, duplicates merged and undone', () => {
  it('proposes each group side by side, and a merge keeps one record with the chosen values', () => {
    const { decide, groups, cleaned, overview, data } = setup();
    const [first] = groups();
    expect(first.members.map((m) => m.line)).toEqual([2, 3]);
    expect(first.pairs[0].reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['same-email', 'similar-name']));
    // line 2 is the more complete: it survives, with its own values
    expect(first.proposal.survivor).toBe(2);
    expect(first.proposal.sources[0]).toBe(2);

    const values = [...first.proposal.values];
    values[5] = 'Madrid (centro)';
    const op = decide({ kind: 'merge', groups: [{ survivor: 2, merged: [3], excluded: [], values }] });
    expect(op.entry).toMatchObject({ action: 'merge', recordsDelta: -1, rows: 2 });
    expect(cleaned().rowNumbers).toEqual([2, 4, 5, 6, 7, 8]);
    expect(cleaned().rows[0][5]).toBe('Madrid (centro)');
    expect(overview()).toMatchObject({ base: 'cleaned', records: 6, recordsInitial: 7, duplicates: { groups: 1 } });
    expect(groups().map((g) => g.key)).toEqual(['5-7']);
    expect(data.customers!.rows).toHaveLength(7);
  });

  it('undoes a merge exactly, and the group is proposed again', () => {
    const { decide, ask, groups, cleaned, data } = setup();
    const [first] = groups();
    const op = decide({ kind: 'merge', groups: [{ survivor: 2, merged: [3], excluded: [], values: first.proposal.values }] });
    const undo = ask({ type: 'undo', op: op.id }).op;
    expect(undo).toMatchObject({ kind: 'undo', undoes: op.id, entry: { action: 'undo', undoes: op.id, recordsDelta: 1 } });
    expect(cleaned().rows).toEqual(data.customers!.rows);
    expect(cleaned().rowNumbers).toEqual(data.customers!.rowNumbers);
    expect(groups().map((g) => g.key)).toEqual(['2-3', '5-7']);
    expect(() => ask({ type: 'undo', op: op.id })).toThrow('not-undoable');
  });

  it('undoes an older operation and keeps the later ones (replaying them without it)', () => {
    const { decide, ask, groups, cleaned } = setup();
    const [a, b] = groups();
    const first = decide({ kind: 'merge', groups: [{ survivor: 2, merged: [3], excluded: [], values: a.proposal.values }] });
    decide({ kind: 'merge', groups: [{ survivor: b.proposal.survivor, merged: [5, 7].filter((l) => l !== b.proposal.survivor), excluded: [], values: b.proposal.values }] });
    decide({ kind: 'variants', column: 5, values: ['Madird', 'madrid '], canonical: 'Madrid' });
    expect(cleaned().rows).toHaveLength(5);
    ask({ type: 'undo', op: first.id });
    expect(cleaned().rowNumbers).toEqual([2, 3, 4, b.proposal.survivor, 6, 8].sort((x, y) => x - y));
    // the variant choice still applies, now to the row that came back too
    expect(column(cleaned(), 'city')).not.toContain('madrid ');
  });

  it('takes a member out of a group: the rest merge, and it is never proposed with the survivor again', () => {
    const customers = dirtyTable();
    // a third record for María José, another person really (her daughter, same e-mail)
    customers.rows.push(['C8', 'María Núñez Peña', 'mj.nunez@correo.es', '', 'C/ Mayor 5', 'Madrid', '28013', 'M', '']);
    customers.rowNumbers.push(9);
    const { decide, groups } = setup(customers);
    expect(groups()[0].members.map((m) => m.line)).toEqual([2, 3, 9]);
    decide({ kind: 'merge', groups: [{ survivor: 2, merged: [3], excluded: [9], values: groups()[0].proposal.values }] });
    expect(groups().map((g) => g.key)).toEqual(['5-7']);
    // even when the groups are found again from scratch
    decide({ kind: 'normalise', rules: ['spaces'] });
    expect(groups().map((g) => g.key)).toEqual(['5-7']);
  });

  it('forgets a group the user said is two people, until that is undone', () => {
    const { decide, ask, groups } = setup();
    const op = decide({ kind: 'distinct', lines: [5, 7] });
    expect(op.entry).toBeUndefined();
    expect(groups().map((g) => g.key)).toEqual(['2-3']);
    ask({ type: 'undo', op: op.id });
    expect(groups().map((g) => g.key)).toEqual(['2-3', '5-7']);
  });

  it('refuses a merge naming a row that is not in the base, changing nothing', () => {
    const { ask, cleaned } = setup();
    const before = cleaned();
    expect(() => ask({ type: 'decide', decision: { kind: 'merge', groups: [{ survivor: 2, merged: [99], excluded: [], values: [] }] } })).toThrow('row-not-found');
    expect(() => ask({ type: 'decide', decision: { kind: 'merge', groups: [{ survivor: 2, merged: [3], excluded: [], values: [] }, { survivor: 3, merged: [5], excluded: [], values: [] }] } })).toThrow('rows-in-two-groups');
    expect(cleaned()).toBe(before);
  });

  it('gives a merged customer the purchases of every record merged into it', () => {
    const transactions = transactionTable([['C1', '2025-01-10', 100], ['C2', '2025-02-10', 50], ['c4', '2025-03-01', 30]]);
    const { decide, groups, engine, data } = setup(dirtyTable(), transactions);
    const params = { ...DEFAULT_PARAMS, analysisDate: null };
    const before = diagnose({ customers: engine.customers(data), transactions: engine.transactions(data) }, params);
    expect(before.figures.customers_total).toBe(7);
    decide({ kind: 'merge', groups: [{ survivor: 2, merged: [3], excluded: [], values: groups()[0].proposal.values }] });
    expect(engine.transactions(data)!.customerIds).toEqual(['C1', 'C1', 'c4']);
    const after = diagnose({ customers: engine.customers(data), transactions: engine.transactions(data) }, params);
    expect(after.figures.customers_total).toBe(6);
    expect(after.customers.find((c) => c.id === 'C1')?.revenue).toBe(150);
  });
});

describe('QualityEngine, normalisation and variants', () => {
  it('previews each rule before and after, applies the rules ticked, and counts the rows in the funnel', () => {
    const { ask, decide, engine, data, cleaned } = setup();
    const preview = ask({ type: 'normalise-preview', examples: 3 }).preview;
    const street = preview.rules.find((r) => r.rule === 'street-type')!;
    expect(street.examples.map((e) => [e.before, e.after])).toEqual([
      ['C/ Mayor 5', 'Calle Mayor 5'], ['Avda. de la Constitución 12', 'Avenida de la Constitución 12'], ['Pza. España 1', 'Plaza España 1'],
    ]);
    expect(preview.rules.find((r) => r.rule === 'phone')!.cells).toBe(5);
    const op = decide({ kind: 'normalise', rules: ['email', 'phone'] });
    expect(op).toMatchObject({ kind: 'normalise', rules: ['email', 'phone'], country: 'ES', entry: { action: 'normalise' } });
    expect(column(cleaned(), 'phone')).toEqual(['+34612345678', '', '+34944123456', '+34654123456', '+34611111111', '+34654123456', '']);
    expect(column(cleaned(), 'email')[1]).toBe('mj.nunez@correo.es');
    // rows with an e-mail or a phone changed: 1 (phone), 2 (email), 3, 4, 5, 6 (phones)
    expect(engine.figures(data).rows_normalised).toBe(6);
    const after = ask({ type: 'normalise-preview', examples: 3 }).preview;
    expect(after.rules.find((r) => r.rule === 'phone')!.cells).toBe(0);
    expect(after.rules.find((r) => r.rule === 'street-type')!.cells).toBe(4);
  });

  it('clusters the spellings of a column and applies the canonical value to the members kept', () => {
    const { ask, decide, cleaned } = setup();
    const city = 5;
    const { clusters } = ask({ type: 'variants', column: city, method: 'edit-distance', limit: 10 });
    expect(clusters[0].values.map((v) => v.value)).toEqual(['Madrid', 'Madird', 'madrid ']);
    expect(clusters[0].suggested).toBe('Madrid');
    // «madrid » taken out of the cluster: left as it is
    decide({ kind: 'variants', column: city, values: ['Madrid', 'Madird'], canonical: 'Madrid' });
    expect(column(cleaned(), 'city')).toEqual(['Madrid', 'madrid ', 'Bilbao', 'Madrid', 'Sevilla', 'Madrid', 'Madrid']);
  });
});

describe('QualityEngine, after a reload or a new version of the file', () => {
  it('replays the stored operations to the same cleaned base, undos included', () => {
    const first = setup();
    const [a] = first.groups();
    const ops = [
      first.decide({ kind: 'normalise', rules: ['spaces', 'name-case', 'email'] }),
      first.decide({ kind: 'merge', groups: [{ survivor: 2, merged: [3], excluded: [], values: a.proposal.values }] }),
      first.decide({ kind: 'variants', column: 5, values: ['Madird'], canonical: 'Madrid' }),
    ];
    ops.push(first.ask({ type: 'undo', op: ops[2].id }).op);
    ops.push(first.decide({ kind: 'edit', line: 6, column: 4, value: 'Calle Feria 10' }));

    const reloaded = setup(dirtyTable());
    expect(reloaded.ask({ type: 'replay', record: recordOf(dirtyTable(), ops) }).skipped).toEqual([]);
    expect(reloaded.cleaned().rows).toEqual(first.cleaned().rows);
    expect(reloaded.cleaned().rowNumbers).toEqual(first.cleaned().rowNumbers);
    expect(reloaded.engine.figures(reloaded.data)).toEqual(first.engine.figures(first.data));
  });

  it('carries the cleaning to a new version of the file: rows found by their cells, columns by their header', () => {
    const first = setup();
    const [a, b] = first.groups();
    const ops = [
      first.decide({ kind: 'merge', groups: [{ survivor: 2, merged: [3], excluded: [], values: a.proposal.values }] }),
      first.decide({ kind: 'merge', groups: [{ survivor: 5, merged: [7], excluded: [], values: b.proposal.values }] }),
      first.decide({ kind: 'variants', column: 5, values: ['Madird'], canonical: 'Madrid' }),
    ];
    // the new file: a new customer first (every line moves down), columns swapped, line 6 given an
    // address (same customer), line 7's name corrected (another row now)
    const old = dirtyTable();
    const swap = (row: readonly string[]) => [row[0], row[1], row[2], row[3], row[4], row[6], row[5], row[7], row[8]];
    const rows = [['C0', 'Ana Gil', '', '', 'C/ Luna 2', 'Cádiz', '11001', '', ''], ...old.rows];
    rows[5] = [...rows[5]];
    rows[5][4] = 'Calle Feria 10';
    rows[6] = [...rows[6]];
    rows[6][1] = 'Rosa Vega Ruíz';
    const next: CustomerTable = {
      header: swap(old.header),
      rows: rows.map(swap),
      rowNumbers: rows.map((_, i) => i + 2),
      mapping: { ...old.mapping, city: 6, postalCode: 5 },
    };
    const carried = setup(next);
    const rebased = carried.ask({ type: 'rebase', record: recordOf(old, ops) });
    // the second merge named line 7 as it was: that customer's name changed, so that merge is left out
    expect(rebased).toMatchObject({ dropped: 1, droppedGroups: 0 });
    expect(rebased.record.ops.map((op) => op.kind)).toEqual(['merge', 'variants']);
    expect(rebased.record.ops[1]).toMatchObject({ column: 6 });
    expect(carried.cleaned().rowNumbers).toEqual([2, 3, 5, 6, 7, 8, 9]);
    expect(carried.cleaned().rows[1][6]).toBe('Madrid');
    expect(column(carried.cleaned(), 'city')).not.toContain('Madird');
    expect(opsInForce(rebased.record.ops).every((op) => op.entry !== undefined)).toBe(true);
  });
});

describe('QualityEngine export', () => {
  it('writes the cleaned base as Spanish Excel reads it: BOM, semicolons, formulas neutralised', () => {
    const { ask, decide, groups } = setup();
    decide({ kind: 'merge', groups: [{ survivor: 2, merged: [3], excluded: [], values: groups()[0].proposal.values }] });
    const { csv, records } = ask({ type: 'export', language: 'es' });
    expect(records).toBe(6);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFid;fullName;email;phone;address;city;postalCode;sex;paymentMethod');
    expect(lines).toHaveLength(8);
    expect(lines[6]).toBe(`C7;"'=HYPERLINK(""http://x"")";otro@correo.es;;C/ Sol 1;Madrid;28001;;`);
    expect(ask({ type: 'export', language: 'en' }).csv.startsWith('id,fullName,')).toBe(true);
  });
});

describe('QualityEngine, any sequence of decisions and undos', () => {
  const generated = dirtyCustomers({ records: 120, seed: 7 }).table;
  type Step = { kind: 'merge' | 'distinct' | 'normalise' | 'variants' | 'edit' | 'undo'; pick: number };
  const step = fc.record({ kind: fc.constantFrom<Step['kind']>('merge', 'merge', 'distinct', 'normalise', 'variants', 'edit', 'undo', 'undo'), pick: fc.nat(1000) });

  it('ends where a replay of its operations from the imported file ends, and undoing everything gives the file back', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 10 }), (steps) => {
        const live = setup(generated);
        const ops: CleaningOp[] = [];
        for (const { kind, pick } of steps) {
          const table = live.cleaned();
          if (kind === 'undo') {
            const open = opsInForce(ops);
            if (open.length > 0) ops.push(live.ask({ type: 'undo', op: open[pick % open.length].id }).op);
            continue;
          }
          if (kind === 'merge' || kind === 'distinct') {
            const found = live.groups();
            if (found.length === 0) continue;
            const group = found[pick % found.length];
            const lines = group.members.map((m) => m.line);
            const decision: QualityDecision = kind === 'distinct'
              ? { kind, lines }
              : { kind, groups: [{ survivor: group.proposal.survivor, merged: lines.filter((l) => l !== group.proposal.survivor).slice(0, 2), excluded: lines.filter((l) => l !== group.proposal.survivor).slice(2), values: group.proposal.values }] };
            ops.push(live.decide(decision));
          } else if (kind === 'normalise') {
            ops.push(live.decide({ kind, rules: pick % 2 === 0 ? ['spaces', 'name-case'] : ['phone', 'email', 'postal-code'] }));
          } else if (kind === 'variants') {
            const city = table.mapping.city!;
            const clusters = live.ask({ type: 'variants', column: city, method: 'fingerprint', limit: 20 }).clusters;
            if (clusters.length === 0) continue;
            const cluster = clusters[pick % clusters.length];
            ops.push(live.decide({ kind, column: city, values: cluster.values.map((v) => v.value), canonical: cluster.suggested }));
          } else {
            const row = pick % table.rows.length;
            ops.push(live.decide({ kind, line: table.rowNumbers[row], column: table.mapping.email!, value: `nuevo${pick}@correo.es` }));
          }
        }
        const replayed = setup(generated);
        replayed.ask({ type: 'replay', record: recordOf(generated, ops) });
        expect(replayed.cleaned().rows).toEqual(live.cleaned().rows);
        expect(replayed.cleaned().rowNumbers).toEqual(live.cleaned().rowNumbers);

        for (const op of opsInForce(ops).reverse()) live.ask({ type: 'undo', op: op.id });
        expect(live.cleaned().rows).toEqual(generated.rows);
        expect(live.cleaned().rowNumbers).toEqual(generated.rowNumbers);
      }),
      { numRuns: 30 },
    );
  });
});
