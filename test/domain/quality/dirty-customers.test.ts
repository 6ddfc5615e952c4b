import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/domain/sample/mulberry32';
import { dirtyCustomers } from '../../generators/dirty-customers';
import { isValidEmail } from '../../../src/domain/quality/email';
import { isValidPhone } from '../../../src/domain/quality/phone';

describe('dirtyCustomers', () => {
  const list = dirtyCustomers({ records: 1000, seed: 42 });

  it('makes the number of rows asked for, mapped to customer fields', () => {
    expect(list.table.rows).toHaveLength(1000);
    expect(list.person).toHaveLength(1000);
    expect(list.table.rows.every((row) => row.length === list.table.header.length)).toBe(true);
    expect(Object.keys(list.table.mapping).sort()).toEqual(
      ['address', 'birthDate', 'city', 'email', 'fullName', 'id', 'origin', 'paymentMethod', 'phone', 'postalCode', 'registeredAt', 'sex'],
    );
  });

  it('is the same list for the same seed, another for another seed', () => {
    expect(dirtyCustomers({ records: 1000, seed: 42 })).toEqual(list);
    expect(dirtyCustomers({ records: 1000, seed: 43 }).table.rows).not.toEqual(list.table.rows);
  });

  it('gives as ground truth exactly the pairs of rows of one person', () => {
    for (const [a, b] of list.duplicatePairs) {
      expect(a).toBeLessThan(b);
      expect(list.person[a]).toBe(list.person[b]);
    }
    const perPerson = new Map<number, number>();
    for (const p of list.person) perPerson.set(p, (perPerson.get(p) ?? 0) + 1);
    const expected = [...perPerson.values()].reduce((n, k) => n + (k * (k - 1)) / 2, 0);
    expect(list.duplicatePairs).toHaveLength(expected);
    expect(expected).toBeGreaterThan(100);
  });

  it('injects the faults it promises', () => {
    const { rows, mapping } = list.table;
    const column = (field: keyof typeof mapping) => rows.map((row) => row[mapping[field] as number]);
    const names = column('fullName');
    expect(names.some((n) => n.includes(','))).toBe(true); // swapped order
    expect(names.some((n) => n !== n.trim() || n.includes('  '))).toBe(true); // extra spaces
    expect(names.some((n) => n.length > 3 && n === n.toUpperCase())).toBe(true); // capitals
    expect(column('email').some((e) => e !== '' && !isValidEmail(e))).toBe(true);
    expect(column('phone').some((p) => p !== '' && !isValidPhone(p, 'ES'))).toBe(true);
    expect(column('postalCode').some((p) => /^\d{4}$/.test(p))).toBe(true); // lost leading zero
    expect(column('address').some((a) => a.startsWith('C/') || a.startsWith('Avda.'))).toBe(true);
    expect(names.some((n) => /[áéíóúñ]/i.test(n))).toBe(true);
  });
});

describe('mulberry32', () => {
  it('repeats with the seed and stays in [0, 1)', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
  });
});
