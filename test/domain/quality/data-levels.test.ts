import { describe, expect, it } from 'vitest';
import type { CustomerField } from '../../../src/domain/dataset';
import { DATA_LEVEL_USES, dataLevelFigures, dataLevels } from '../../../src/domain/quality/data-levels';
import { customerTable } from './table';

const FIELDS: CustomerField[] = ['id', 'fullName', 'address', 'city', 'postalCode', 'phone', 'sex', 'origin', 'paymentMethod'];
//                  id    name           address          city      cp       phone        sex  origin  payment
const ROWS = [
  ['C0', '', 'Calle Mayor 1', 'Madrid', '28001', '612345678', 'M', 'Web', 'Tarjeta'], // 0: no name
  ['C1', 'Ana García', 'Calle Mayor 1', '', '', '612345678', 'M', 'Web', 'Tarjeta'], // 0: no city or postal code
  ['C2', 'Luis Gil', 'Calle Real 2', 'Madrid', '', '', 'H', 'Web', 'Tarjeta'], // 1: no phone
  ['C3', 'Eva Sanz', 'Calle Real 3', '', '28001', '61234', 'M', '', ''], // 1: phone invalid
  ['C4', 'Pablo Ruiz', 'Calle Sol 4', 'Sevilla', '41001', '954123456', '', 'Web', 'Tarjeta'], // 2: no demographic
  ['C5', 'Rosa Vega', 'Calle Sol 5', 'Sevilla', '41001', '654123456', 'M', '', 'Bizum'], // 3: no campaign data
  ['C6', 'Juan Soto', 'Calle Luna 6', 'Cádiz', '11001', '656123456', 'H', 'Tienda', 'Bizum'], // 4: no purchases
  ['C7', 'Inés Mora', 'Calle Luna 7', 'Cádiz', '11001', '656123457', 'M', 'Tienda', ''], // 4: no payment method
  ['C8', 'Íñigo Sáez', 'Calle Luna 8', 'Cádiz', '11001', '+34 656 123 458', 'H', 'Web', 'Efectivo'], // 5
];
const PURCHASERS = new Set(['C0', 'C5', 'C7', 'C8']);

describe('dataLevels', () => {
  const report = dataLevels(customerTable(FIELDS, ROWS), PURCHASERS);

  it('gives each customer the highest level whose requirements, and those below, it meets', () => {
    expect([...report.levels]).toEqual([0, 0, 1, 1, 2, 3, 4, 4, 5]);
  });

  it('counts customers at each level and at least at each level', () => {
    expect(report.counts).toEqual([2, 2, 1, 1, 2, 1]);
    expect(report.atLeast).toEqual([9, 7, 5, 4, 3, 1]);
    expect(dataLevelFigures(report)).toEqual({ data_level_1: 7, data_level_2: 5, data_level_3: 4, data_level_4: 3, data_level_5: 1 });
  });

  it('is cumulative: a customer with everything but a name stays at 0', () => {
    expect(report.levels[0]).toBe(0);
  });

  it('says what lifts the customers below each level, most common first', () => {
    const lift = report.lift.find((l) => l.level === 2)!;
    expect(lift.below).toBe(4);
    expect(lift.missing).toEqual([
      { requirement: 'phone', customers: 2, mapped: true },
      { requirement: 'city-or-postal-code', customers: 1, mapped: true },
      { requirement: 'name', customers: 1, mapped: true },
    ]);
    const top = report.lift.find((l) => l.level === 5)!;
    expect(top.below).toBe(8);
    expect(top.missing[0]).toEqual({ requirement: 'purchases', customers: 5, mapped: true });
  });

  it('marks requirements with no column, so the fix is adding one', () => {
    const narrow = dataLevels(customerTable(['fullName', 'address', 'city'], [['Ana', 'Calle Mayor 1', 'Madrid']]), new Set());
    expect([...narrow.levels]).toEqual([1]);
    const missing = narrow.lift.find((l) => l.level === 5)!.missing;
    expect(missing.every((m) => !m.mapped)).toBe(true);
    expect(missing.map((m) => m.requirement).sort()).toEqual(['campaign-response', 'demographic', 'payment-method', 'phone', 'purchases']);
  });

  it('names what each level enables', () => {
    expect(DATA_LEVEL_USES).toEqual({ 1: 'mailing', 2: 'telemarketing', 3: 'segmentation', 4: 'campaign-roi', 5: 'loyalty-measurement' });
  });

  it('finds purchasers as the diagnosis joins the files: id trimmed, any case', () => {
    const customer = ['C8', 'Íñigo Sáez', 'Calle Luna 8', 'Cádiz', '11001', '656123458', 'H', 'Web', 'Efectivo'];
    const levelWith = (ids: string[]) => dataLevels(customerTable(FIELDS, [customer]), new Set(ids)).levels[0];
    expect(levelWith(['c8'])).toBe(5);
    expect(levelWith([' C8 '])).toBe(5);
    expect(levelWith(['C80'])).toBe(4);
  });

  it('returns zero counts for an empty table', () => {
    const empty = dataLevels(customerTable(FIELDS, []), new Set());
    expect(empty.counts).toEqual([0, 0, 0, 0, 0, 0]);
    expect(empty.atLeast).toEqual([0, 0, 0, 0, 0, 0]);
    expect(empty.lift.every((l) => l.below === 0 && l.missing.length === 0)).toBe(true);
  });
});
