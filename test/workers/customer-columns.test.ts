import { describe, expect, it } from 'vitest';
import type { CustomerResult } from '../../src/domain/metrics/diagnosis';
import { fromColumns, toColumns } from '../../src/workers/customer-columns';
import { sampleDiagnosis } from '../report/sample-plan';

describe('customers handed over as columns', () => {
  it('come back field for field as the diagnosis computed them, nulls and texts included', () => {
    const { customers } = sampleDiagnosis(900).diagnosis;
    const { columns, transfer } = toColumns(customers);
    expect(transfer).toEqual([columns.numbers.buffer, columns.nulls.buffer]);
    const back = fromColumns(structuredClone(columns));
    expect(back).toEqual(customers);
    // Every kind of value crossed: each field is null for someone and set for someone else, where the sample has both.
    for (const field of ['type', 'strategicValue', 'churnReason', 'segment', 'clv'] as const) {
      expect(back.some((c) => c[field] !== null), field).toBe(true);
    }
  });

  it('keep values a copy keeps: negative zero, fractions, booleans, a text of any length', () => {
    const [first] = sampleDiagnosis(30).diagnosis.customers;
    const odd: CustomerResult = { ...first, revenue: -0, currentRevenue: 0.1 + 0.2, activePrevious: true, nearTypeBorder: false, churnReason: 'Se mudó «lejos»; ñ', clv: null, r: null };
    const [back] = fromColumns(toColumns([odd]).columns);
    expect(back).toEqual(odd);
    expect(Object.is(back.revenue, -0)).toBe(true);
  });
});
