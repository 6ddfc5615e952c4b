import { describe, expect, it } from 'vitest';
import { getAt, mergeThreeWay, setAt } from '../../../src/domain/merge/merge-three-way';
import { settleDerived } from '../../../src/domain/merge/settle-derived';

const base = { general: { what: '', where: '', whatFor: '' }, specific: [{ id: 'a', text: 'uno' }, { id: 'b', text: 'dos' }] };

describe('mergeThreeWay', () => {
  it('keeps both texts when two tabs change different fields of one section', () => {
    const mine = { ...base, general: { ...base.general, what: 'Fidelizar' } };
    const theirs = { ...base, general: { ...base.general, where: 'Madrid' } };
    const { merged, clashes } = mergeThreeWay(base, mine, theirs);
    expect(merged).toEqual({ ...base, general: { what: 'Fidelizar', where: 'Madrid', whatFor: '' } });
    expect(clashes).toEqual([]);
  });

  it('keeps mine and reports the other version where both changed the same field', () => {
    const mine = { ...base, general: { ...base.general, what: 'mío' } };
    const theirs = { ...base, general: { ...base.general, what: 'suyo', where: 'Cádiz' } };
    const { merged, clashes } = mergeThreeWay(base, mine, theirs);
    expect(getAt(merged, ['general', 'where'])).toBe('Cádiz');
    expect(getAt(merged, ['general', 'what'])).toBe('mío');
    expect(clashes).toEqual([{ path: ['general', 'what'], mine: 'mío', theirs: 'suyo' }]);
    expect(getAt(setAt(merged, clashes[0].path, clashes[0].theirs), ['general'])).toEqual({ what: 'suyo', where: 'Cádiz', whatFor: '' });
  });

  it('merges lists of items by id: edits, additions and deletions of each side', () => {
    const mine = { ...base, specific: [{ id: 'a', text: 'uno editado' }, { id: 'b', text: 'dos' }, { id: 'c', text: 'tres' }] };
    const theirs = { ...base, specific: [{ id: 'a', text: 'uno' }, { id: 'd', text: 'cuatro' }] };
    const { merged, clashes } = mergeThreeWay(base, mine, theirs);
    expect(getAt(merged, ['specific'])).toEqual([{ id: 'a', text: 'uno editado' }, { id: 'c', text: 'tres' }, { id: 'd', text: 'cuatro' }]);
    expect(getAt(merged, ['specific', { id: 'a' }, 'text'])).toBe('uno editado');
    expect(clashes).toEqual([]);
  });

  it('treats plain texts as one value', () => {
    expect(mergeThreeWay('a', 'a', 'b')).toEqual({ merged: 'b', clashes: [] });
    expect(mergeThreeWay('a', 'c', 'a')).toEqual({ merged: 'c', clashes: [] });
    expect(mergeThreeWay('a', 'c', 'b')).toEqual({ merged: 'c', clashes: [{ path: [], mine: 'c', theirs: 'b' }] });
  });
});

describe('settleDerived', () => {
  it('recomposes the general objective sentence both tabs rewrote, instead of calling it a clash', () => {
    const general = (what: string, where: string, sentence: string) => ({ general: { what, where, whatFor: '', sentence, sentenceEdited: false } });
    const { merged, clashes } = mergeThreeWay(general('', '', ''), general('Fidelizar', '', 'Fidelizar.'), general('', 'Madrid', 'En Madrid.'));
    expect(clashes.map((c) => c.path)).toEqual([['general', 'sentence']]);
    const settled = settleDerived('sections.objectives', merged, clashes, 'es');
    expect(settled.clashes).toEqual([]);
    expect(getAt(settled.merged, ['general', 'sentence'])).toMatch(/^Fidelizar .*Madrid/);
  });

  it('keeps a clash on a sentence written by hand', () => {
    const general = (sentence: string) => ({ general: { what: 'a', where: '', whatFor: '', sentence, sentenceEdited: true } });
    const { merged, clashes } = mergeThreeWay(general(''), general('Mía.'), general('Suya.'));
    expect(settleDerived('sections.objectives', merged, clashes, 'es').clashes).toHaveLength(1);
  });
});
