import { describe, it, expect } from 'vitest';
import { checklistFor } from '../../src/domain/checklist';

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
