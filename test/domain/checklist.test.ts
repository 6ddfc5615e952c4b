import { describe, it, expect } from 'vitest';
import { checklistFor, restoreChecklistItems } from '../../src/domain/checklist';

describe('checklistFor', () => {
  it('starts every item unticked and without comment, in the order of the ids', () => {
    expect(checklistFor(['b', 'a'])).toEqual([
      { id: 'b', ticked: false, comment: '' },
      { id: 'a', ticked: false, comment: '' },
    ]);
  });

  it('keeps saved ticks and comments, adds new ids and drops retired ones', () => {
    const saved = [
      { id: 'a', ticked: true, comment: 'Hecho en marzo' },
      { id: 'old', ticked: true, comment: 'ya no existe' },
    ];
    expect(checklistFor(['a', 'b'], saved)).toEqual([
      { id: 'a', ticked: true, comment: 'Hecho en marzo' },
      { id: 'b', ticked: false, comment: '' },
    ]);
  });

  it('does not share objects with the saved copy', () => {
    const saved = [{ id: 'a', ticked: false, comment: '' }];
    checklistFor(['a'], saved)[0].ticked = true;
    expect(saved[0].ticked).toBe(false);
  });
});

describe('restoreChecklistItems', () => {
  it.each([undefined, null, 'x', {}, 3])('reads %j as no items', (raw) => {
    expect(restoreChecklistItems(raw)).toEqual([]);
  });

  it('keeps well-formed items, defaults the rest field by field, and drops entries without an id', () => {
    expect(
      restoreChecklistItems([
        { id: 'a', ticked: true, comment: 'hecho' },
        { id: 'b', ticked: 'true', comment: 5, extra: 1 },
        { ticked: true },
        { id: '' },
        null,
        { id: 'a', ticked: false, comment: 'repetido' },
      ]),
    ).toEqual([
      { id: 'a', ticked: true, comment: 'hecho' },
      { id: 'b', ticked: false, comment: '' },
    ]);
  });
});
