import { describe, expect, it } from 'vitest';
import type { CleaningRecord } from '../../../src/domain/quality/cleaning-ops';
import { distinctPairs, pairKey, withoutDistinct } from '../../../src/domain/quality/duplicate-review';
import type { DuplicateReport } from '../../../src/domain/quality/duplicates';
import { customerTable } from './table';

const AT = '2025-06-01T10:00:00.000Z';
const ref = (line: number) => ({ line, hash: 'h' });

describe('distinctPairs', () => {
  it('pairs each member taken out of a merge with the survivor, and every two rows said to be different', () => {
    const record: CleaningRecord = {
      version: 1, country: 'ES', header: [],
      ops: [
        { id: 1, at: AT, kind: 'merge', groups: [{ survivor: ref(2), merged: [ref(3)], excluded: [ref(7), ref(9)], values: [] }] },
        { id: 2, at: AT, kind: 'distinct', rows: [ref(4), ref(5), ref(6)] },
        { id: 3, at: AT, kind: 'distinct', rows: [ref(10), ref(11)] },
        { id: 4, at: AT, kind: 'undo', undoes: 3 },
      ],
    };
    expect([...distinctPairs(record)].sort()).toEqual(['2:7', '2:9', '4:5', '4:6', '5:6']);
    expect(pairKey(9, 2)).toBe('2:9');
  });
});

describe('withoutDistinct', () => {
  // rows 0–1–2 joined as a chain: 0~1 (same e-mail), 1~2 (same phone); lines are row + 2
  const table = customerTable(['id'], [['A'], ['B'], ['C'], ['D']]);
  const report: DuplicateReport = {
    groups: [{ members: [0, 1, 2], pairs: [{ a: 0, b: 1, reasons: [{ kind: 'same-email', key: 'x' }] }, { a: 1, b: 2, reasons: [{ kind: 'same-phone', key: 'y' }] }] }],
    skipped: [],
    comparisons: 3,
  };

  it('breaks a group held together by a ruled-out pair', () => {
    const left = withoutDistinct(report, table, new Set([pairKey(3, 4)]));
    expect(left.groups.map((g) => g.members)).toEqual([[0, 1]]);
  });

  it('leaves the groups as found when nothing was ruled out, or an unrelated pair', () => {
    expect(withoutDistinct(report, table, new Set())).toBe(report);
    expect(withoutDistinct(report, table, new Set([pairKey(2, 4)])).groups.map((g) => g.members)).toEqual([[0, 1, 2]]);
  });
});
