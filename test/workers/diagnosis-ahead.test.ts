import { beforeEach, describe, expect, it, vi } from 'vitest';
import { diagnose } from '../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../src/domain/metrics/params';
import { diagnoseAhead, diagnosisOf, forgetAhead } from '../../src/workers/diagnosis-ahead';
import { transactionTable, type Row } from '../domain/metrics/tables';

// The engine itself, counted: a diagnosis taken from the one computed ahead costs no call.
vi.mock('../../src/domain/metrics/diagnose', async (original) => {
  const engine = await original<typeof import('../../src/domain/metrics/diagnose')>();
  return { ...engine, diagnose: vi.fn(engine.diagnose) };
});

const rows: Row[] = [
  ['C1', '2025-01-10', 30],
  ['C1', '2025-06-02', 12],
  ['C2', '2025-03-01', 50],
  ['C3', '2024-11-20', 8],
];
const calls = () => vi.mocked(diagnose).mock.calls.length;

describe('the diagnosis computed while a file is reviewed', () => {
  beforeEach(() => {
    forgetAhead();
    vi.mocked(diagnose).mockClear();
  });

  it('is given, once, to the first request for the same tables and parameters', () => {
    const input = { transactions: transactionTable(rows), customers: null };
    diagnoseAhead(input, DEFAULT_PARAMS);
    expect(calls()).toBe(1);
    const first = diagnosisOf({ ...input }, { ...DEFAULT_PARAMS });
    expect(calls()).toBe(1);
    const second = diagnosisOf(input, DEFAULT_PARAMS);
    expect(calls()).toBe(2);
    expect(first).toEqual(second);
    expect(first.figures.customers_total).toBe(3);
  });

  it('is not given for other parameters or other tables, which get figures of their own', () => {
    const input = { transactions: transactionTable(rows), customers: null };
    diagnoseAhead(input, DEFAULT_PARAMS);
    const otherParams = { ...DEFAULT_PARAMS, periodMonths: 6 };
    expect(diagnosisOf(input, otherParams).params.periodMonths).toBe(6);
    expect(calls()).toBe(2);

    diagnoseAhead(input, DEFAULT_PARAMS);
    const otherTable = { transactions: transactionTable(rows.slice(1)), customers: null };
    expect(diagnosisOf(otherTable, DEFAULT_PARAMS).figures.customers_total).toBe(3);
    expect(calls()).toBe(4);
    // The one computed ahead was let go with that request.
    diagnosisOf(input, DEFAULT_PARAMS);
    expect(calls()).toBe(5);
  });

  it('is let go when forgotten', () => {
    const input = { transactions: transactionTable(rows), customers: null };
    diagnoseAhead(input, DEFAULT_PARAMS);
    forgetAhead();
    diagnosisOf(input, DEFAULT_PARAMS);
    expect(calls()).toBe(2);
  });

  it('keeps nothing when the figures fail, and leaves the failure to the request', () => {
    const input = { transactions: transactionTable(rows), customers: null };
    vi.mocked(diagnose).mockImplementationOnce(() => {
      throw new Error('engine failed');
    });
    expect(() => diagnoseAhead(input, DEFAULT_PARAMS)).not.toThrow();
    vi.mocked(diagnose).mockImplementationOnce(() => {
      throw new Error('engine failed');
    });
    expect(() => diagnosisOf(input, DEFAULT_PARAMS)).toThrow('engine failed');
  });
});
