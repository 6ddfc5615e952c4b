import { describe, it, expect } from 'vitest';
import { successChecklist, SUCCESS_CONDITION_IDS } from '../../../src/domain/dissemination/success-conditions';

describe('successChecklist', () => {
  it('holds the seed\'s six keys, management support, gradual changes and a working transactional base among them', () => {
    expect(SUCCESS_CONDITION_IDS).toHaveLength(6);
    expect(SUCCESS_CONDITION_IDS).toEqual(expect.arrayContaining(['management-support', 'gradual-changes', 'transactional-base']));
  });

  it('starts unticked and keeps what the planner ticked and wrote', () => {
    expect(successChecklist().every((item) => !item.ticked && item.comment === '')).toBe(true);
    const saved = [{ id: 'management-support', ticked: true, comment: 'Aprobado por dirección' }];
    expect(successChecklist(saved).find((i) => i.id === 'management-support')).toEqual(saved[0]);
  });
});
