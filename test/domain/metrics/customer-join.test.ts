import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CustomerTable, TransactionTable } from '../../../src/domain/dataset';
import { customerFileId, joinCustomers, type CustomerJoin } from '../../../src/domain/metrics/customer-join';
import { customerKey } from '../../../src/domain/metrics/text-normalise';

/** The join as its definition reads: the smallest spelling per key, keys in sorted order, each file key's first row. */
function joinByDefinition(txIds: string[], fileIds: string[]): CustomerJoin {
  const spelling = new Map<string, string>();
  const meet = (raw: string) => {
    const key = customerKey(raw);
    const seen = spelling.get(key);
    if (seen === undefined || raw.trim() < seen) spelling.set(key, raw.trim());
  };
  txIds.forEach(meet);
  fileIds.filter((id) => customerKey(id)).forEach(meet);
  const keys = [...spelling.keys()].sort();
  const fileRow = keys.map((key) => fileIds.findIndex((id) => customerKey(id) !== '' && customerKey(id) === key));
  return {
    size: keys.length,
    ids: keys.map((key) => spelling.get(key)!),
    fromTransactions: Uint32Array.from(txIds, (id) => keys.indexOf(customerKey(id))),
    fileRow: Int32Array.from(fileRow),
    fileRowsWithoutKey: fileIds.filter((id) => !customerKey(id)).length,
  };
}

const transactionsOf = (ids: string[]) => ({ customerIds: ids }) as unknown as TransactionTable;
const customersOf = (ids: string[]) => ({ rows: ids.map((id) => [id]), mapping: { id: 0 } }) as unknown as CustomerTable;

// Ids that often share a key: a few letters in either case, spaces around, some empty.
const id = fc.tuple(fc.constantFrom('', ' ', '  '), fc.stringMatching(/^[aAbBñÑ1]{0,3}$/), fc.constantFrom('', ' ')).map((parts) => parts.join(''));

describe('joinCustomers', () => {
  it('joins as its definition reads, whatever the ids', () => {
    fc.assert(fc.property(fc.uniqueArray(id, { maxLength: 60, size: 'max' }), fc.array(id, { maxLength: 60, size: 'max' }), (txIds, fileIds) => {
      const file = customersOf(fileIds);
      expect(joinCustomers(transactionsOf(txIds), file)).toEqual(joinByDefinition(txIds, fileIds.map((_, row) => customerFileId(file.rows[row], file))));
    }), { numRuns: 400 });
  });

  it('joins one table alone, and none', () => {
    expect(joinCustomers(transactionsOf(['b', 'A ', 'a']), null)).toEqual(joinByDefinition(['b', 'A ', 'a'], []));
    expect(joinCustomers(null, customersOf(['x', '', 'X']))).toEqual(joinByDefinition([], ['x', '', 'X']));
    expect(joinCustomers(null, null).size).toBe(0);
  });

  it('keeps the smallest spelling and the first row of the file for each customer', () => {
    const join = joinCustomers(transactionsOf(['c7', 'C7 ', ' Ana']), customersOf(['ana', 'c7', 'ANA', 'Zoe']));
    expect(join.ids).toEqual(['ANA', 'C7', 'Zoe']);
    expect([...join.fromTransactions]).toEqual([1, 1, 0]);
    expect([...join.fileRow]).toEqual([0, 1, 3]);
  });
});
