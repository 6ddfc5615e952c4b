import { describe, expect, it } from 'vitest';
import { UnionFind } from '../../../src/domain/quality/union-find';

describe('UnionFind', () => {
  it('joins sets transitively and keeps others apart', () => {
    const sets = new UnionFind(6);
    sets.union(0, 1);
    sets.union(3, 4);
    sets.union(1, 4);
    expect(sets.find(0)).toBe(sets.find(3));
    expect(sets.find(2)).not.toBe(sets.find(0));
    expect(sets.find(5)).toBe(5);
  });
});
