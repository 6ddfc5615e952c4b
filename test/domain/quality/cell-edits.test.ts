import { describe, expect, it } from 'vitest';
import { applyCellEdits, revertCellEdits, rowsTouched } from '../../../src/domain/quality/cell-edits';
import { customerTable } from './table';

const table = () => customerTable(['id', 'city'], [['C1', 'madrid'], ['C2', 'Madird'], ['C3', 'Sevilla']]);

describe('applyCellEdits / revertCellEdits', () => {
  it('writes the edits into a new table and leaves the old one alone', () => {
    const before = table();
    const edits = [
      { row: 0, column: 1, before: 'madrid', after: 'Madrid' },
      { row: 1, column: 1, before: 'Madird', after: 'Madrid' },
    ];
    const applied = applyCellEdits(before, edits);
    if (!applied.ok) throw new Error(applied.error.code);
    expect(applied.value.rows.map((r) => r[1])).toEqual(['Madrid', 'Madrid', 'Sevilla']);
    expect(before.rows.map((r) => r[1])).toEqual(['madrid', 'Madird', 'Sevilla']);
    expect(applied.value.rows[2]).toBe(before.rows[2]);
    const reverted = revertCellEdits(applied.value, edits);
    expect(reverted).toEqual({ ok: true, value: before });
  });

  it('reverts two edits of one cell in reverse order', () => {
    const edits = [
      { row: 0, column: 1, before: 'madrid', after: 'Madrid' },
      { row: 0, column: 1, before: 'Madrid', after: 'MADRID' },
    ];
    const applied = applyCellEdits(table(), edits);
    if (!applied.ok) throw new Error(applied.error.code);
    expect(applied.value.rows[0][1]).toBe('MADRID');
    const reverted = revertCellEdits(applied.value, edits);
    expect(reverted.ok && reverted.value.rows[0][1]).toBe('madrid');
  });

  it.each([
    [{ row: 0, column: 1, before: 'Madrid', after: 'x' }, { code: 'stale-edit', row: 0, column: 1 }],
    [{ row: 9, column: 1, before: '', after: 'x' }, { code: 'cell-out-of-range', row: 9, column: 1 }],
    [{ row: 0, column: 5, before: '', after: 'x' }, { code: 'cell-out-of-range', row: 0, column: 5 }],
  ])('refuses %j', (edit, error) => {
    expect(applyCellEdits(table(), [edit])).toEqual({ ok: false, error });
  });

  it('counts distinct rows touched', () => {
    expect(rowsTouched([{ row: 1, column: 0, before: '', after: '' }, { row: 1, column: 1, before: '', after: '' }, { row: 4, column: 0, before: '', after: '' }])).toBe(2);
    expect(rowsTouched([])).toBe(0);
  });
});
