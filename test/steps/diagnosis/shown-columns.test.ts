import { describe, expect, it } from 'vitest';
import { MAX_SHOWN_COLUMNS, shownColumns } from '../../../src/steps/diagnosis/shown-columns';

describe('shownColumns', () => {
  it('keeps the first columns and any later one with a meaning, in order', () => {
    expect(shownColumns(3, [])).toEqual([0, 1, 2]);
    const shown = shownColumns(10_000, [9_000, 2, undefined]);
    expect(shown).toHaveLength(MAX_SHOWN_COLUMNS + 1);
    expect(shown.at(-1)).toBe(9_000);
  });
});
