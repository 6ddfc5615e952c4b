import { describe, expect, it } from 'vitest';
import type { CustomerField } from '../../../src/domain/dataset';
import { dataLevels } from '../../../src/domain/quality/data-levels';
import { levelBlockers } from '../../../src/domain/quality/level-blockers';
import { customerTable } from './table';

describe('levelBlockers', () => {
  it('names the missing address column for a list with email and phone but no street address (0 % at every level)', () => {
    const fields: CustomerField[] = ['id', 'fullName', 'email', 'phone', 'city'];
    const rows = [
      ['C1', 'Ana García', 'ana@example.com', '612345678', 'Madrid'],
      ['C2', 'Luis Gil', 'luis@example.com', '654123456', 'Sevilla'],
    ];
    const report = dataLevels(customerTable(fields, rows), new Set(['C1', 'C2']));
    expect(report.atLeast).toEqual([2, 0, 0, 0, 0, 0]);
    const blockers = report.lift.map((lift) => levelBlockers(lift, report.atLeast[lift.level]));
    expect(blockers[0]).toEqual({ columnsToAdd: ['address'], columnsToFill: [] });
    expect(blockers[1]).toEqual({ columnsToAdd: ['address'], columnsToFill: [] });
    expect(blockers[2]).toEqual({ columnsToAdd: ['address', 'demographic'], columnsToFill: [] });
    expect(blockers[4]).toEqual({ columnsToAdd: ['address', 'campaign-response', 'demographic', 'payment-method'], columnsToFill: [] });
  });

  it('tells a column that is there but empty from one that is missing', () => {
    const report = dataLevels(customerTable(['id', 'fullName', 'address', 'city'], [['C1', 'Ana García', '', 'Madrid'], ['C2', 'Luis Gil', '', 'Cádiz']]), new Set());
    expect(levelBlockers(report.lift[0], report.atLeast[1])).toEqual({ columnsToAdd: [], columnsToFill: ['address'] });
  });

  it('says nothing when someone reaches the level', () => {
    const report = dataLevels(customerTable(['id', 'fullName', 'address', 'city'], [['C1', 'Ana García', 'Calle Mayor 1', 'Madrid'], ['C2', 'Luis Gil', '', 'Cádiz']]), new Set());
    expect(report.atLeast[1]).toBe(1);
    expect(levelBlockers(report.lift[0], report.atLeast[1])).toBeNull();
  });
});
