import { describe, expect, it } from 'vitest';
import type { CustomerField } from '../../../src/domain/dataset';
import { findDuplicates } from '../../../src/domain/quality/duplicates';
import { dirtyCustomers } from '../../generators/dirty-customers';
import { customerTable } from '../quality/table';

const FIELDS: CustomerField[] = ['id', 'fullName', 'email', 'phone', 'postalCode', 'city'];
const groupsOf = (rows: string[][]) => findDuplicates(customerTable(FIELDS, rows)).groups.map((g) => g.members);

describe('duplicates on Spanish names with two surnames', () => {
  it('a different whole surname is a different person, in one postal code', () => {
    expect(groupsOf([['1', 'Javier Ruiz Ruiz', '', '', '28001', 'Madrid'], ['2', 'Javier Ruiz Fernández', '', '', '28001', 'Madrid']])).toEqual([]);
    expect(groupsOf([['1', 'Luis Espinosa Vargas', '', '', '30012', 'Murcia'], ['2', 'Luis Espinosa Espinosa', '', '', '30012', 'Murcia']])).toEqual([]);
  });

  it('unless the email, the phone or the id match', () => {
    expect(groupsOf([['1', 'Javier Ruiz Ruiz', 'jruiz@correo.es', '', '28001', ''], ['2', 'Javier Ruiz Fernández', 'JRuiz@correo.es', '', '28001', '']])).toEqual([[0, 1]]);
    expect(groupsOf([['1', 'Javier Ruiz Ruiz', '', '612345678', '28001', ''], ['2', 'Javier Ruiz Fernández', '', '+34 612 34 56 78', '', '']])).toEqual([[0, 1]]);
  });

  it('a one-letter slip in a surname without a postal code is found through the city, the phone or the email', () => {
    expect(groupsOf([['1', 'Raúl Muñoz Díaz', '', '', '08007', 'Barcelona'], ['2', 'Raúl Muñoz Daz', '', '', '', 'Barcelona']])).toEqual([[0, 1]]);
    expect(groupsOf([['1', 'Raúl Muñoz Díaz', '', '664548906', '08007', ''], ['2', 'Raúl Muñzo Díaz', '', '664 548 906', '', '']])).toEqual([[0, 1]]);
    expect(groupsOf([['1', 'Raúl Muñoz Díaz', 'raul@correo.es', '', '', 'Lugo'], ['2', 'Raúl Muñoz Diaz', 'raul@correo.es', '', '', '']])).toEqual([[0, 1]]);
  });

  it('the generator marks its hard cases: namesakes are other people, slips the same person', () => {
    const list = dirtyCustomers({ records: 3000, seed: 7, namesakeShare: 0.2, slipShare: 0.2 });
    const n = list.table.rows.length;
    const truth = new Set(list.duplicatePairs.map(([a, b]) => a * n + b));
    const found = new Set<number>();
    for (const { members } of findDuplicates(list.table).groups) {
      for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) found.add(members[i] * n + members[j]);
    }
    const right = [...found].filter((pair) => truth.has(pair)).length;
    expect(right / found.size).toBeGreaterThanOrEqual(0.95);
    expect(right / truth.size).toBeGreaterThanOrEqual(0.95);
  });
});
