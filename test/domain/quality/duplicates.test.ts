import { describe, expect, it } from 'vitest';
import type { CustomerField } from '../../../src/domain/dataset';
import { duplicateFigures, findDuplicates } from '../../../src/domain/quality/duplicates';
import { dirtyCustomers } from '../../generators/dirty-customers';
import { customerTable } from './table';

const FIELDS: CustomerField[] = ['id', 'fullName', 'email', 'phone', 'postalCode', 'city'];

/** Member lists of the groups found in a two-or-more-row table. */
function groupsOf(rows: string[][]) {
  return findDuplicates(customerTable(FIELDS, rows)).groups.map((g) => g.members);
}

describe('findDuplicates: one matcher at a time', () => {
  it.each([
    ['same id, any case and spaces', ['C1', 'Ana García', '', '', '', ''], [' c1 ', 'Luis Gil', '', '', '', '']],
    ['same email after normalising', ['1', 'Ana García', 'Ana.Garcia@Gmail.com ', '', '', ''], ['2', 'A. G.', 'ana.garcia@gmail.com', '', '', '']],
    ['same phone written two ways', ['1', 'Ana', '', '612 34 56 78', '', ''], ['2', 'Ana G', '', '+34 612-345-678', '', '']],
    ['same phone with 0034', ['1', 'Ana', '', '0034612345678', '', ''], ['2', 'Ana G', '', '612345678', '', '']],
    ['swapped name order, same postal code', ['1', 'García López, Ana', '', '', '28001', 'Madrid'], ['2', 'Ana Garcia Lopez', '', '', '28001', 'Madrid']],
    ['missing accents and case', ['1', 'ÍÑIGO NÚÑEZ SÁEZ', '', '', '08001', ''], ['2', 'iñigo nuñez saez', '', '', '8001', '']],
    ['a typo, same postal code', ['1', 'Ana García López', '', '', '28001', ''], ['2', 'Ana Garcai López', '', '', '28001', '']],
    ['a typo in a two-word name', ['1', 'Patricia Fernández', '', '', '28001', ''], ['2', 'Patricia Fernandz', '', '', '28001', '']],
    ['second surname left out, same postal code', ['1', 'Ana García López', '', '', '28001', ''], ['2', 'Ana García', '', '', '28001', '']],
    ['same city, one without postal code', ['1', 'Ana García López', '', '', '28001', 'Madrid'], ['2', 'ana garcia lopez', '', '', '', 'MADRID ']],
    ['extra spaces', ['1', '  Ana   García  López ', '', '', '28001', ''], ['2', 'Ana García López', '', '', '28001', '']],
  ])('finds %s', (_, a, b) => {
    expect(groupsOf([a, b])).toEqual([[0, 1]]);
  });

  it.each([
    ['same name in two postal codes', ['1', 'Ana García López', '', '', '28001', 'Madrid'], ['2', 'Ana García López', '', '', '28002', 'Madrid']],
    ['same name, no place at all', ['1', 'Ana García López', '', '', '', ''], ['2', 'Ana García López', '', '', '', '']],
    ['relatives at one address', ['1', 'Ana García López', '', '', '28001', ''], ['2', 'Juan García López', '', '', '28001', '']],
    ['a brother and a sister', ['1', 'Mario García López', '', '', '28001', ''], ['2', 'María García López', '', '', '28001', '']],
    ['cousins', ['1', 'Ana García López', '', '', '28001', ''], ['2', 'Ana García Pérez', '', '', '28001', '']],
    ['a missing word in a city only', ['1', 'Ana García López', '', '', '28001', 'Madrid'], ['2', 'Ana García', '', '', '', 'Madrid']],
    ['different invalid phones', ['1', 'Ana', '', '000', '', ''], ['2', 'Luis', '', '000', '', '']],
    ['one-word names', ['1', 'Ana', '', '', '28001', ''], ['2', 'Ana', '', '', '28001', '']],
  ])('does not take for duplicates: %s', (_, a, b) => {
    expect(groupsOf([a, b])).toEqual([]);
  });

  it('joins pairs transitively and lists each pair with its reasons', () => {
    const report = findDuplicates(
      customerTable(FIELDS, [
        ['C1', 'Ana García López', 'ana@x.es', '', '28001', 'Madrid'],
        ['C2', 'Luis Gil', '', '', '41001', 'Sevilla'],
        ['C3', 'García López, Ana', '', '612345678', '28001', 'Madrid'],
        ['C4', 'Ana G.', 'ANA@x.es', '', '', ''],
        ['C5', 'Otra Persona', '', '612 345 678', '', ''],
      ]),
    );
    expect(report.groups).toHaveLength(1);
    const [group] = report.groups;
    expect(group.members).toEqual([0, 2, 3, 4]);
    expect(group.pairs).toEqual([
      { a: 0, b: 2, reasons: [{ kind: 'similar-name', score: 1, place: 'postal-code', key: '28001' }] },
      { a: 0, b: 3, reasons: [{ kind: 'same-email', key: 'ana@x.es' }] },
      { a: 2, b: 4, reasons: [{ kind: 'same-phone', key: '+34612345678' }] },
    ]);
    expect(duplicateFigures(report)).toEqual({ duplicates: 1 });
  });

  it('gathers several reasons for one pair', () => {
    const report = findDuplicates(customerTable(FIELDS, [['C1', 'Ana García', 'a@x.es', '', '', ''], ['c1', 'Ana Garcia', 'A@X.ES', '', '', '']]));
    expect(report.groups[0].pairs[0].reasons.map((r) => r.kind)).toEqual(['same-id', 'same-email']);
  });

  it('skips a key shared by too many records, as a placeholder, and reports it', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [String(i), `Persona ${i}`, 'no@tiene.es', '', '', '']);
    const report = findDuplicates(customerTable(FIELDS, rows), { maxBlockSize: 25 });
    expect(report.groups).toEqual([]);
    expect(report.skipped).toEqual([{ kind: 'same-email', key: 'no@tiene.es', size: 30 }]);
  });

  it('finds nothing in an empty table or one without the columns', () => {
    expect(findDuplicates(customerTable(FIELDS, [])).groups).toEqual([]);
    expect(findDuplicates(customerTable(['sex'], [['M'], ['M']])).groups).toEqual([]);
  });
});

describe('findDuplicates on a generated list with known duplicates', () => {
  it.each([1, 2, 3])('finds duplicate pairs with precision ≥ 0.95 and recall ≥ 0.95, hard cases included (2,000 records, seed %i)', (seed) => {
    const list = dirtyCustomers({ records: 2000, seed });
    const report = findDuplicates(list.table);
    const n = list.table.rows.length;
    const truth = new Set(list.duplicatePairs.map(([a, b]) => a * n + b));
    const found = new Set<number>();
    for (const { members } of report.groups) {
      for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) found.add(members[i] * n + members[j]);
    }
    const right = [...found].filter((pair) => truth.has(pair)).length;
    expect(truth.size).toBeGreaterThan(200);
    expect(right / found.size).toBeGreaterThanOrEqual(0.95);
    expect(right / truth.size).toBeGreaterThanOrEqual(0.95);
    // far fewer comparisons than all pairs
    expect(report.comparisons).toBeLessThan((n * (n - 1)) / 2 / 100);
  });
});
